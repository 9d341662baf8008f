// The built-in remote module (webPreferences.enableRemoteModule): a page
// with nodeIntegration drives main-process objects through
// require('electron').remote.
const { app, BrowserWindow, ipcMain } = require('electron');
const EventEmitter = require('events');

app.commandLine.appendSwitch('js-flags', '--expose-gc');
global.sharedObject = { someProperty: 'default value' };
global.ticker = new EventEmitter();

app.on('remote-require', (event, wc, name) => {
  if (name === 'child_process') event.preventDefault();
});
app.on('remote-get-global', (event, wc, name) => {
  if (name === 'secret') event.returnValue = 'substituted';
});

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { nodeIntegration: true, contextIsolation: false, enableRemoteModule: true },
  });
  const plain = new BrowserWindow({ show: false, webPreferences: { nodeIntegration: true, contextIsolation: false } });
  plain.loadURL('data:text/html,<script>require("electron").ipcRenderer.send("log", "plain window remote: " + typeof require("electron").remote)</script>');
  ipcMain.on('log', (e, line) => console.log(line));
  win.webContents.on('console-message', (e, level, message) => console.log(`console: ${message}`));
  ipcMain.on('start-ticking', () => {
    for (let i = 1; i <= 3; i++) global.ticker.emit('tick', i, { at: i });
  });
  ipcMain.handle('registry', () => require('@electron/remote/main')._objectCount());
  ipcMain.on('shared', () => console.log(`main sees sharedObject.someProperty = ${global.sharedObject.someProperty}`));
  ipcMain.on('done', () => {
    console.log(`windows left: ${BrowserWindow.getAllWindows().length}`);
    app.quit();
  });
  win.loadFile('index.html');
});
