// Electron's security warnings in the renderer console: a page without a
// CSP gets "Insecure Content-Security-Policy"; webSecurity: false and
// experimentalFeatures get theirs; a page whose CSP forbids eval gets none
// for CSP. ELECTRON_DISABLE_SECURITY_WARNINGS silences all (run.sh).
const { app, BrowserWindow } = require('electron');
const path = require('path');

const pages = [
  ['no-csp.html', { webSecurity: false, experimentalFeatures: true }],
  ['csp.html', {}],
];
app.on('window-all-closed', () => {});
app.whenReady().then(async () => {
  for (const [file, prefs] of pages) {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { preload: path.join(__dirname, 'preload.js'), ...prefs },
    });
    win.webContents.on('console-message', (e, level, message) => {
      const m = /Electron Security Warning \(([^)]*)\)/.exec(message);
      if (m) console.log(`${file}: ${m[1]}`);
    });
    await win.loadFile(file);
    await new Promise((r) => setTimeout(r, 300));
    console.log(`${file}: loaded`);
    win.destroy();
  }
  app.quit();
});
