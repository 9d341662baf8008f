// An app written for Electron 7: its window asks only for nodeIntegration
// (contextIsolation was off and remote on by default then), and its page
// (no preload) uses require('fs') and require('electron').remote. With
// today's defaults the page has no require, as in today's Electron. A window
// with no webPreferences had no Node in Electron 7 either (off since 5), and
// what the app sets itself always wins. Main asks each page what happened
// and prints the answers in a fixed order.
const { app, BrowserWindow, ipcMain } = require('electron');

if (process.env.TEST_APPEND_SWITCH === '1') app.commandLine.appendSwitch('no-legacy-defaults');

global.fromMain = 'shared by main';
const lines = {};
ipcMain.on('report', (event, title, line) => { lines[`ipc ${title}`] = `ipc ${title}: ${line}`; });

function load(key, webPreferences, question) {
  const win = new BrowserWindow({ show: false, title: key, webPreferences });
  return new Promise((resolve) => {
    win.webContents.on('did-finish-load', async () => {
      lines[key] = `${key}: ${await win.webContents.executeJavaScript(question)}`;
      resolve();
    });
    win.loadFile('index.html');
  });
}

const keys = ['ipc legacy', 'ipc no webPreferences', 'legacy', 'no webPreferences', 'explicit contextIsolation'];
app.whenReady().then(async () => {
  await Promise.all([
    load('legacy', { nodeIntegration: true }, 'window.result'),
    load('no webPreferences', undefined, 'typeof require'),
    load('explicit contextIsolation', { nodeIntegration: true, contextIsolation: true }, 'typeof require'),
  ]);
  for (const key of keys) if (lines[key]) console.log(lines[key]);
  app.quit();
});
