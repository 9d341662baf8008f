const { contextBridge, ipcRenderer } = require('electron');
const fs = require('fs');
const helper = require('./lib/helper');

const log = (s) => ipcRenderer.send('log', s);
log(`preload: ${process.type} sandboxed ${process.sandboxed} contextIsolated ${process.contextIsolated}`);
log(`preload: ${helper.where()} eol ${helper.eol} file ${require('path').basename(__filename)}`);
// a leftover timer of this document: must never fire after the reload
if (globalThis.sessionStorage && sessionStorage.getItem('reloaded') === null) {
  sessionStorage.setItem('reloaded', '1');
  require('timers').setTimeout(() => log('STALE TIMER FIRED'), 400);
  fs.readFile(__filename, () => {});
  log('preload: stale timer armed');
}
contextBridge.exposeInMainWorld('api', {
  readOwnSource: () => fs.readFileSync(__filename, 'utf8').length > 0,
  versions: { node: process.versions.node, electron: process.versions.electron },
  done: () => ipcRenderer.send('page-done'),
  log,
});
