const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  let pages = 0;
  ipcMain.on('preload', (event, file, pageScript) => console.log(`preload ${file} page script ${pageScript}`));
  ipcMain.on('page', (event, what) => {
    pages++;
    console.log(`page ${what} #${pages}`);
    if (pages === 1) win.webContents.reload();
    else if (pages === 2) win.loadFile('b.html');
    else app.quit();
  });
  win.loadFile('a.html');
});
