// A bundled main (the shape webpack or esbuild leave with @electron/remote
// external): it names the package's files, not its short names. Every
// deep path, a file of the installed copy reached by its path, and
// import() of both are the one built-in main half; the installed copy's
// own files (which throw) never run. A page then uses remote through the
// renderer half's deep paths.
const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');
const remoteMain = require('@electron/remote/main/index.js');

const pkg = path.join(__dirname, '..', 'node_modules', '@electron', 'remote');
const same = (m) => m === remoteMain;
console.log(`dist/src/main/index.js: ${same(require('@electron/remote/dist/src/main/index.js'))}`);
console.log(`dist/src/main: ${same(require('@electron/remote/dist/src/main'))}`);
console.log(`main: ${same(require('@electron/remote/main'))}`);
console.log(`installed file: ${same(require(path.join(pkg, 'main', 'index.js')))}`);
console.log(`installed compiled file: ${same(require(path.join(pkg, 'dist', 'src', 'main', 'index.js')))}`);
try {
  require('@electron/remote/renderer/index.js');
} catch (e) {
  console.log(`renderer half in main: ${e.message}`);
}
remoteMain.initialize();

ipcMain.on('log', (e, line) => console.log(line));

app.whenReady().then(async () => {
  const esm = await import('@electron/remote/dist/src/main/index.js');
  console.log(`import(): ${typeof esm.enable} ${esm.default === remoteMain}`);
  const esmFile = await import(require('url').pathToFileURL(path.join(pkg, 'main', 'index.js')).href);
  console.log(`import() of the installed file: ${typeof esmFile.enable} ${esmFile.default === remoteMain}`);

  const win = new BrowserWindow({ show: false, title: 'deep',
    webPreferences: { nodeIntegration: true, contextIsolation: false } });
  remoteMain.enable(win.webContents);
  const done = new Promise((resolve) => ipcMain.once('done', resolve));
  await win.loadFile(path.join(__dirname, '..', 'index.html'));
  await done;
  app.quit();
});
