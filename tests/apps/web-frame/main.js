// webFrame in a sandboxed preload: executeJavaScript in the page's world
// (values, promises, errors, despite the page's CSP), isolated worlds with
// executeJavaScriptInIsolatedWorld, and contextBridge.exposeInIsolatedWorld.
const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  ipcMain.on('log', (e, line) => console.log(line));
  ipcMain.on('done', () => app.quit());
  win.loadFile('index.html');
});
