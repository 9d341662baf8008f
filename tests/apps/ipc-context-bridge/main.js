const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({ show: false, webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  ipcMain.on('report', (e, line) => {
    console.log(line);
    if (line === 'done') app.quit();
  });
  // quitting from the page's script can abort the load itself
  win.loadFile('index.html').catch(() => {});
});
