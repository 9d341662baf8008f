const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  ipcMain.on('never-answered', () => {});
  ipcMain.on('blocking', () => {
    console.log('renderer is blocked in sendSync');
    setTimeout(() => win.webContents.forcefullyCrashRenderer(), 200);
  });
  win.webContents.on('render-process-gone', (e, details) => {
    console.log(`render-process-gone ${details.reason}`);
    win.loadURL('data:text/html,<p>again</p>#again');
  });
  ipcMain.handle('hello', (e, v) => `hello ${v}`);
  ipcMain.on('result', (e, r) => {
    console.log(`after the crash: ${r}`);
    const other = new BrowserWindow({
      show: false,
      webPreferences: { preload: path.join(__dirname, 'broken-preload.js') },
    });
    other.webContents.on('preload-error', (ev, p, err) => {
      console.log(`preload-error ${path.basename(p)}: ${err.message}`);
      app.quit();
    });
    other.loadURL('data:text/html,<p>broken</p>').catch(() => {});
  });
  // the first load never finishes: it is aborted by the second
  win.loadURL('data:text/html,<p>first</p>').catch((err) => console.log(`first load: ${err.code}`));
});
