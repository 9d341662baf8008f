const { ipcRenderer } = require('electron');
const events = require('events');
const timers = require('node:timers');
const { URL } = require('url');
const log = (s) => ipcRenderer.send('log', s);
log(`modules: ${typeof events} ${typeof timers.setTimeout} ${new URL('http://x/y?z=1').searchParams.get('z')}`);
(async () => {
  // order of send / invoke / sendSync from one renderer is kept
  ipcRenderer.send('order', 1);
  const p = ipcRenderer.invoke('order-invoke', 2);
  ipcRenderer.sendSync('order-sync', 3);
  ipcRenderer.send('order', 4);
  await p;
  log(`once: ${await ipcRenderer.invoke('once')}`);
  try { await ipcRenderer.invoke('once'); } catch (err) { log(`once again: ${err.message}`); }
  try { await ipcRenderer.invoke('removed'); } catch (err) { log(`removed: ${err.message}`); }
  try { await ipcRenderer.invoke('rejects'); } catch (err) { log(`rejects: ${err.message}`); }
  log(`no listener sync: ${ipcRenderer.sendSync('nobody')}`);
  let n = 0;
  const f = () => n++;
  ipcRenderer.on('tick', f);
  ipcRenderer.once('tick', () => { n += 10; });
  ipcRenderer.on('last', () => {
    log(`ticks: ${n}`);
    ipcRenderer.removeAllListeners('tick');
    ipcRenderer.send('done');
  });
  ipcRenderer.send('want-ticks');
})();
