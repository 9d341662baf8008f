// a sandboxed preload's require knows electron, electron/common and
// electron/renderer, not electron/main or electron/utility
const electron = require('electron');
const seen = [];
for (const name of ['electron', 'electron/common', 'electron/renderer', 'electron/main', 'electron/utility', 'node:electron']) {
  try {
    seen.push(require(name) === electron);
  } catch (e) {
    seen.push(e.message);
  }
}
electron.ipcRenderer.send('log', `sandboxed: ${seen.join(' | ')}`);
electron.ipcRenderer.send('done sandboxed');
