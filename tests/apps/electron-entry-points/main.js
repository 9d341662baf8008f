// Electron's five names for its module — electron, electron/main,
// electron/common, electron/renderer, electron/utility — are one module,
// the process's own: in main (require and import), in a nodeIntegration
// page, in a sandboxed preload (only electron, electron/common and
// electron/renderer there), in an .mjs preload and through import() from a
// CommonJS preload. Unknown subpaths are not found.
const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');

const names = ['electron', 'electron/main', 'electron/common', 'electron/renderer', 'electron/utility'];
const electron = require('electron');
console.log(`main require: ${names.map((n) => require(n) === electron).join(' ')}`);
console.log(`main resolve: ${names.map((n) => require.resolve(n)).join(' ')}`);
console.log(`main modules: ${names.map((n) => typeof require(n).BrowserWindow).join(' ')}`);
try {
  require('electron/lol');
} catch (e) {
  console.log(`main electron/lol: ${e.code} ${e.message.split('\n')[0]}`);
}

ipcMain.on('log', (e, line) => console.log(line));

function page(name, webPreferences, file = 'blank.html') {
  const win = new BrowserWindow({ show: false, webPreferences });
  const logged = new Promise((resolve) => ipcMain.once(`done ${name}`, resolve));
  return win.loadFile(path.join(__dirname, file)).then(() => logged);
}

app.whenReady().then(async () => {
  const esm = await import('./entry.mjs');
  await esm.check(electron);
  await page('node page', { nodeIntegration: true, contextIsolation: false }, 'node.html');
  await page('sandboxed', { preload: path.join(__dirname, 'sandboxed.js') });
  await page('mjs', { sandbox: false, preload: path.join(__dirname, 'preload.mjs') });
  await page('cjs import', { sandbox: false, preload: path.join(__dirname, 'preload-import.js') });
  app.quit();
});
