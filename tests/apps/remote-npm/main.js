// Apps written for the npm package @electron/remote run unmodified: the
// names are built in. initialize() once, enable(webContents) per window;
// data shared between two pages through a main-process global (Electron's
// FAQ); a preload (sandbox: false) exposing remote through contextBridge;
// a disabled window gets Electron's error; navigation and a dying renderer
// release what their pages held.
const { app, BrowserWindow, ipcMain } = require('electron');
const remoteMain = require('@electron/remote/main');
const path = require('path');

remoteMain.initialize();
try { remoteMain.initialize(); } catch (e) { console.log(`second initialize: ${e.message}`); }
try { require('@electron/remote'); } catch (e) { console.log(`in main: ${e.message}`); }

global.sharedObject = { someProperty: 'default value' };
const held = () => remoteMain._objectCount();

function page(name, prefs = {}) {
  const win = new BrowserWindow({ show: false, title: name,
    webPreferences: { nodeIntegration: true, contextIsolation: false, ...prefs } });
  return win;
}

ipcMain.on('log', (e, line) => console.log(line));

app.whenReady().then(async () => {
  const writer = page('writer');
  remoteMain.enable(writer.webContents);
  await new Promise((resolve) => {
    ipcMain.once('written', resolve);
    writer.loadFile('writer.html');
  });
  console.log(`main: ${global.sharedObject.someProperty}`);

  const reader = page('reader');
  remoteMain.enable(reader.webContents);
  await new Promise((resolve) => {
    ipcMain.once('read', resolve);
    reader.loadFile('reader.html');
  });

  const bridged = new BrowserWindow({ show: false, title: 'bridged',
    webPreferences: { sandbox: false, preload: path.join(__dirname, 'preload.js') } });
  remoteMain.enable(bridged.webContents);
  await new Promise((resolve) => {
    ipcMain.once('bridged', resolve);
    bridged.loadFile('bridged.html');
  });

  const off = page('off');
  await new Promise((resolve) => {
    ipcMain.once('off', resolve);
    off.loadFile('off.html');
  });

  // the reader navigates to a page without remote: what it held is released
  const beforeNav = held();
  console.log(`held before navigation: ${beforeNav > 0}`);
  await new Promise((resolve) => {
    ipcMain.once('read', resolve);
    reader.loadFile('plain.html');
  });
  await new Promise((r) => setTimeout(r, 200));
  console.log(`navigation released the old page's objects: ${held() < beforeNav}`);

  // and back: it holds objects again
  await new Promise((resolve) => {
    ipcMain.once('read', resolve);
    reader.loadFile('reader.html');
  });

  // a renderer that dies releases everything its page held
  const beforeCrash = held();
  reader.webContents.on('render-process-gone', () => {
    setTimeout(() => {
      console.log(`crash released objects: ${held() < beforeCrash}`);
      app.quit();
    }, 100);
  });
  reader.webContents.forcefullyCrashRenderer();
});
