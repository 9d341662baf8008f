// sandbox: false with contextIsolation: the preload has full Node (fs, a
// relative require, process) in its isolated world; the page only sees what
// contextBridge exposes. After a reload the preload runs again with a fresh
// Node, and timers of the old document never fire into the new one.
const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: false, preload: path.join(__dirname, 'preload.js') },
  });
  win.webContents.on('console-message', (e, level, message) => console.log(`console: ${message}`));
  let loads = 0;
  ipcMain.on('log', (e, line) => console.log(line));
  ipcMain.on('page-done', () => {
    loads++;
    if (loads === 1) win.webContents.reload();
    else setTimeout(() => app.quit(), 300);
  });
  win.loadFile('index.html');
});
