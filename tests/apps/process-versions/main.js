// process.versions is the same object in every process kind: the main
// process, a sandboxed preload (Electron's process subset), a page with
// nodeIntegration, and run-as-node (ELECTRON_RUN_AS_NODE=1 children of
// process.execPath), each with Electron's electron and chrome keys.
const { app, BrowserWindow, ipcMain } = require('electron');
const { execFileSync } = require('child_process');
const path = require('path');

const ICU = ['cldr', 'icu', 'tz', 'unicode'];
const mine = JSON.stringify(process.versions);
const keys = Object.keys(process.versions);
console.log(`main keys: ${keys.filter((k) => !ICU.includes(k)).join(',')}`);
console.log(`icu keys all or none: ${new Set(ICU.map((k) => keys.includes(k))).size === 1}`);
console.log(`electron ${process.versions.electron} chrome ${process.versions.chrome}`);
console.log(`webkitgtk is a version: ${/^\d+\.\d+\.\d+$/.test(process.versions.webkitgtk)}`);
console.log(`no v8, modules, napi: ${!('v8' in process.versions || 'modules' in process.versions || 'napi' in process.versions)}`);

const asNode = execFileSync(process.execPath, ['-p', 'JSON.stringify(process.versions)'],
  { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8' }).trim();
console.log(`run-as-node same: ${asNode === mine}`);

function report(name, webPreferences, file) {
  return new Promise((resolve) => {
    ipcMain.once(name, (event, versions) => {
      console.log(`${name} same: ${JSON.stringify(versions) === mine}`);
      resolve();
    });
    new BrowserWindow({ show: false, webPreferences }).loadFile(file);
  });
}

app.whenReady().then(async () => {
  await report('sandboxed preload', { preload: path.join(__dirname, 'preload.js') }, 'blank.html');
  await report('node page', { nodeIntegration: true, contextIsolation: false }, 'node.html');
  app.quit();
});
