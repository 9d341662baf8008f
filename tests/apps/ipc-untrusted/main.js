const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');
const { execFile } = require('node:child_process');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  ipcMain.on('x', () => console.log('FAILED: a hostile frame reached ipcMain'));
  ipcMain.once('loaded', () => {
    // async: the main process must keep serving its socket meanwhile
    execFile('python3', [path.join(__dirname, 'hostile.py')], (err, stdout, stderr) => {
      process.stdout.write(stdout + (err ? stderr : ''));
      win.webContents.send('ping', 41);
    });
  });
  ipcMain.on('pong', (event, n) => {
    console.log(`still talking: ${n}`);
    app.quit();
  });
  win.loadURL('data:text/html,<p>untrusted</p>');
});
