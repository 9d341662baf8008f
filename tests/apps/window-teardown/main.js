// Lifetimes: windows destroyed from inside their own event listeners, with
// a load, executeJavaScript and capturePage in flight, and window churn; the
// main process must survive all of it and settle every promise.
const { app, BrowserWindow } = require('electron');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const settle = (p) => p.then(() => 'resolved', (e) => 'rejected ' + (e.code || e.message));

app.on('window-all-closed', () => {}); // keep running between cases

app.whenReady().then(async () => {
  for (const ev of ['show', 'resize', 'focus']) {
    const w = new BrowserWindow({ width: 200, height: 100, show: false });
    w.once(ev, () => w.destroy());
    w.show();
    if (ev === 'resize') w.setSize(300, 150);
    await wait(400);
    log('destroyed in', ev, w.isDestroyed());
  }
  for (const ev of ['did-start-loading', 'did-navigate', 'dom-ready', 'did-finish-load']) {
    const w = new BrowserWindow({ width: 200, height: 100 });
    w.webContents.once(ev, () => w.destroy());
    const r = await settle(w.loadURL('data:text/html,x'));
    // the page goes on the next turn (as in Electron): the load may finish
    // first or be aborted, never hang or fail otherwise
    log('destroyed in', ev, w.isDestroyed(), r === 'resolved' || r === 'rejected ERR_ABORTED' ? 'settled' : r);
  }
  {
    const w = new BrowserWindow({ width: 200, height: 100 });
    await w.loadURL('data:text/html,x');
    const js = settle(w.webContents.executeJavaScript('new Promise((r) => setTimeout(r, 2000))'));
    const cap = settle(w.capturePage());
    w.destroy();
    log('pending js', await js);
    log('pending capture', (await cap).split(' ')[0]);
    try { w.webContents.getURL(); log('getURL ok', w.webContents.getURL() === ''); } catch (e) { log('getURL threw'); }
    try { w.setSize(10, 10); } catch (e) { log('setSize:', e.message); }
  }
  for (let i = 0; i < 8; i++) {
    const w = new BrowserWindow({ width: 150, height: 100, show: i % 2 === 0 });
    w.loadURL('data:text/html,churn' + i).catch(() => {});
    if (i % 3 === 0) w.close(); else setTimeout(() => w.destroy(), i * 20);
  }
  await wait(1500);
  log('churn done', BrowserWindow.getAllWindows().length);
  app.quit();
});
