// The seed-era Electron app, unmodified Electron code: the main process
// makes a window whose page uses Node directly (fs), opens a second window
// through `remote`, talks to main over ipc in both directions, and shares
// data with the second page through a main-process global.
//
//   cathode examples/seed
// SEED_AUTO_QUIT=1 quits once both pages have done their part (tests).
const { app, BrowserWindow, ipcMain } = require('electron');

// Electron's FAQ: share data between pages through a global of main
global.sharedObject = { someProperty: 'default value' };

const webPreferences = { nodeIntegration: true, contextIsolation: false, enableRemoteModule: true };
global.seedWebPreferences = webPreferences;

// messages both ways: the page asks, main answers
ipcMain.on('asynchronous-message', (event, arg) => {
  console.log(`main got: ${arg}`);
  event.reply('asynchronous-reply', 'pong');
});
ipcMain.on('synchronous-message', (event, arg) => {
  console.log(`main got: ${arg}`);
  event.returnValue = 'pong';
});
ipcMain.on('report', (event, line) => console.log(line));

ipcMain.on('second-page-done', () => {
  console.log(`main sees sharedObject.someProperty = ${global.sharedObject.someProperty}`);
  if (process.env.SEED_AUTO_QUIT === '1') setTimeout(() => app.quit(), 100);
});

function createWindow() {
  const win = new BrowserWindow({ width: 800, height: 600, title: 'cathode seed', webPreferences });
  win.loadFile('index.html');
  // and main speaks first too
  win.webContents.on('did-finish-load', () => win.webContents.send('main-says', 'hello from main'));
}

app.whenReady().then(() => {
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
