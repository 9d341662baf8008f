// Process model: one web process per BrowserWindow, getOSProcessId() is its
// pid (a child of the main process), destroying the window ends it, and a
// renderer killed with -9 is reported while the main process lives on.
const { app, BrowserWindow } = require('electron');
const fs = require('fs');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const ppid = (pid) => Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
const comm = (pid) => fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();

async function waitGone(pid, ms) {
  for (let t = 0; t < ms; t += 100) { if (!alive(pid)) return true; await wait(100); }
  return false;
}

app.whenReady().then(async () => {
  const a = new BrowserWindow({ width: 300, height: 200 });
  const b = new BrowserWindow({ width: 300, height: 200 });
  await Promise.all([a.loadURL('data:text/html,a'), b.loadURL('data:text/html,b')]);
  const pa = a.webContents.getOSProcessId(), pb = b.webContents.getOSProcessId();
  log('pids', pa > 0, pb > 0, pa !== pb);
  log('children of main', ppid(pa) === process.pid, ppid(pb) === process.pid);
  log('is web process', comm(pa).startsWith('WebKitWebProces'));
  log('page pid', await a.webContents.executeJavaScript('1') === 1);

  a.destroy();
  log('destroyed window process gone', await waitGone(pa, 8000));
  log('other still alive', alive(pb));

  const gone = new Promise((r) => b.webContents.once('render-process-gone', (e, d) => r(d)));
  const appGone = new Promise((r) => app.once('render-process-gone', (e, wc, d) => r(wc === b.webContents)));
  process.kill(pb, 'SIGKILL');
  const details = await gone;
  log('render-process-gone', typeof details.reason, typeof details.exitCode, await appGone);
  log('main alive, crashed', b.webContents.isCrashed(), b.isDestroyed());
  b.webContents.reload();
  await new Promise((r) => b.webContents.once('did-finish-load', r));
  const pb2 = b.webContents.getOSProcessId();
  log('reloaded in a new process', pb2 > 0 && pb2 !== pb, alive(pb2));
  b.close();
  app.on('will-quit', () => log('quitting'));
});
