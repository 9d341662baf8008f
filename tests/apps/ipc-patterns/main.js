const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  ipcMain.on('set-title', (event, title) => {
    console.log(`set-title ${title} sender ok: ${event.sender === win.webContents}`);
    console.log(`senderFrame: ${event.senderFrame.url.endsWith('/index.html')} ${event.senderFrame.origin}`);
    BrowserWindow.fromWebContents(event.sender).setTitle(title);
  });
  ipcMain.handle('dialog:openFile', () => '/tmp/chosen.txt');
  ipcMain.handle('add', async (event, a, b) => a + b);
  ipcMain.handle('fails', () => { throw new Error('disk full'); });
  ipcMain.on('sync-ping', (event, v) => { event.returnValue = { pong: v.n + 1 }; });
  ipcMain.on('report', (event, line) => {
    console.log(line);
    if (line === 'listening') win.webContents.send('update-counter', 1);
  });
  ipcMain.on('counter-value', (event, value) => {
    console.log(`counter-value ${value} title ${win.getTitle()}`);
    app.quit();
  });
  win.loadFile('index.html');
});
