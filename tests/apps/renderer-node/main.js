// nodeIntegration: true, contextIsolation: false: the page itself uses Node
// (fs, child_process, npm packages, timers, nextTick) in its own process.
const { app, BrowserWindow, ipcMain } = require('electron');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  ipcMain.on('log', (e, line) => console.log(line));
  win.webContents.on('console-message', (e, level, message) => console.log(`console: ${message}`));
  ipcMain.on('done', (e, rendererPid) => {
    console.log(`renderer pid differs: ${rendererPid !== process.pid}`);
    console.log(`renderer pid matches webContents: ${rendererPid === win.webContents.getOSProcessId()}`);
    app.quit();
  });
  win.loadFile('index.html');
});
