// setWindowOpenHandler's createWindow: the app makes the BrowserWindow for
// the page WebKit opens (options.webContents), the opener reaches its
// document; a window made around another page is Electron's error.
const { app, BrowserWindow } = require('electron');
const log = (...a) => console.log(...a);

app.whenReady().then(async () => {
  const w = new BrowserWindow({ show: false });
  await w.loadURL('data:text/html,<title>opener</title>');
  let child;
  w.webContents.setWindowOpenHandler((details) => ({
    action: 'allow',
    overrideBrowserWindowOptions: { width: 320 },
    createWindow: (options) => {
      log('details', details.frameName, details.features, details.disposition);
      log('options', options.width, options.height, typeof options.webContents.id);
      child = new BrowserWindow({ ...options, title: 'made by the app' });
      log('child title', child.title);
      return child.webContents;
    },
  }));
  const title = await w.webContents.executeJavaScript(
    "const c = window.open('about:blank', 'named', 'height=200'); c.document.title = 'from opener'; c.document.title");
  log('child document', title, JSON.stringify(child.getSize()));
  log('child opener', await child.webContents.executeJavaScript('window.opener.document.title'));

  w.webContents.setWindowOpenHandler(() => ({
    action: 'allow', createWindow: () => new BrowserWindow({ show: false }).webContents,
  }));
  process.once('uncaughtException', (e) => {
    log('uncaught:', e.message);
    app.quit();
  });
  w.webContents.executeJavaScript("window.open('about:blank') && true").catch(() => {});
});
