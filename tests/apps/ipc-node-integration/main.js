const { app, BrowserWindow, ipcMain } = require('electron');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  ipcMain.handle('ping', (e, v) => v + 1);
  ipcMain.on('log', (e, line) => {
    console.log(line);
    if (line.startsWith('invoke')) e.reply('pong', 3);
    if (line.startsWith('pong')) app.quit();
  });
  win.loadFile('index.html');
});
