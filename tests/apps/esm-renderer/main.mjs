// ES modules in renderers: an .mjs preload (sandbox: false) that imports
// ESM-only npm packages and 'electron', and a nodeIntegration page that
// loads an ESM-only package with require(esm) and import().
import { app, BrowserWindow, ipcMain } from 'electron';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
ipcMain.on('log', (e, line) => console.log(line));
let done = 0;
ipcMain.on('done', () => {
  if (++done === 1) openNodePage();
  else app.quit();
});

app.whenReady().then(() => {
  const a = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: false, preload: path.join(here, 'preload.mjs') },
  });
  a.webContents.on('console-message', (e, level, message) => console.log(`console a: ${message}`));
  a.loadFile(path.join(here, 'isolated.html'));
});

function openNodePage() {
  const b = new BrowserWindow({
    show: false,
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  b.webContents.on('console-message', (e, level, message) => console.log(`console b: ${message}`));
  b.loadFile(path.join(here, 'node.html'));
}
