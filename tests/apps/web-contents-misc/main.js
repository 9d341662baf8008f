// webContents odds and ends: devtools (WebKit's inspector), audio mute,
// zoom-changed, getType, focused webContents, did-frame-finish-load, a load
// superseded by another (ERR_ABORTED), stop(), setProgressBar/flashFrame
// accepted.
const { app, BrowserWindow, webContents } = require('electron');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

app.whenReady().then(async () => {
  const w = new BrowserWindow({ width: 300, height: 200 });
  const wc = w.webContents;
  let frameFinish = 0;
  wc.on('did-frame-finish-load', (e, isMainFrame) => { if (isMainFrame) frameFinish++; });
  await w.loadURL('data:text/html,misc');
  log('did-frame-finish-load', frameFinish);
  log('type', wc.getType(), 'owner', wc.getOwnerBrowserWindow() === w);
  await wait(300);
  log('focused wc', webContents.getFocusedWebContents() === wc);
  const opened = new Promise((r) => wc.once('devtools-opened', r));
  wc.openDevTools();
  await opened;
  log('devtools', wc.isDevToolsOpened());
  const closed = new Promise((r) => wc.once('devtools-closed', r));
  wc.closeDevTools();
  await closed;
  log('devtools', wc.isDevToolsOpened());
  wc.setAudioMuted(true);
  log('muted', wc.isAudioMuted(), wc.audioMuted);
  wc.on('zoom-changed', (e, dir) => log('zoom-changed', dir));
  wc.zoomFactor = 2;
  log('zoomFactor', wc.zoomFactor);
  try { wc.setZoomFactor(0); } catch (e) { log('bad zoom:', e.message); }

  const first = wc.loadURL('data:text/html,first');
  const second = wc.loadURL('data:text/html,second');
  try { await first; log('first resolved'); } catch (e) { log('first', e.code, e.errno); }
  await second;
  log('second loaded', wc.getURL());

  w.setProgressBar(0.5);
  w.setProgressBar(-1);
  w.flashFrame(true);
  w.flashFrame(false);
  log('progress and flash accepted');
  w.destroy();
  app.quit();
});
