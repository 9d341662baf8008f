// window.open: setWindowOpenHandler deny/allow with overrides, the new
// BrowserWindow (did-create-window, browser-window-created), and the child
// closing itself with window.close().
const { app, BrowserWindow } = require('electron');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

app.whenReady().then(async () => {
  const w = new BrowserWindow({ width: 400, height: 300 });
  await w.loadFile('index.html');
  let allow = false;
  w.webContents.setWindowOpenHandler((details) => {
    log('handler', details.url.endsWith('child.html'), details.frameName, details.disposition);
    return allow ? { action: 'allow', overrideBrowserWindowOptions: { width: 333, height: 222 } } : { action: 'deny' };
  });
  const r1 = await w.webContents.executeJavaScript('window.open("child.html", "kid") === null');
  log('denied returns null', r1, BrowserWindow.getAllWindows().length);

  allow = true;
  app.once('browser-window-created', (e, child) => log('browser-window-created', child.id));
  const created = new Promise((r) => w.webContents.once('did-create-window', (child, details) => r([child, details])));
  await w.webContents.executeJavaScript('window.kid = window.open("child.html", "kid"); 1');
  const [child, details] = await created;
  log('did-create-window', child instanceof BrowserWindow, details.frameName, details.url.endsWith('child.html'));
  await new Promise((r) => child.webContents.once('did-finish-load', r));
  await wait(300);
  log('child', child.webContents.getTitle(), JSON.stringify(child.getSize()), BrowserWindow.getAllWindows().length);
  log('same process as opener', child.webContents.getOSProcessId() === w.webContents.getOSProcessId());
  log('visible', child.isVisible());
  const closed = new Promise((r) => child.once('closed', r));
  await child.webContents.executeJavaScript('window.close(); 1');
  await closed;
  log('child closed', BrowserWindow.getAllWindows().length);
  app.quit();
});
