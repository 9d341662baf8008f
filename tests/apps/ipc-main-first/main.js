const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({ show: false, webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  win.webContents.on('did-finish-load', () => win.webContents.send('update-counter', 1));
  ipcMain.on('counter-value', (e, v) => {
    console.log(`counter-value ${v}`);
    app.quit();
  });
  win.loadURL('data:text/html,<p>main first</p>');
});
