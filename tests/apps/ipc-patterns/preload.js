// The shape of Electron's IPC tutorial preloads: one narrow wrapper per
// operation, exposed with contextBridge.
const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('electronAPI', {
  setTitle: (title) => ipcRenderer.send('set-title', title),
  openFile: () => ipcRenderer.invoke('dialog:openFile'),
  add: (a, b) => ipcRenderer.invoke('add', a, b),
  fails: () => ipcRenderer.invoke('fails'),
  missing: () => ipcRenderer.invoke('no-such-handler'),
  syncPing: (v) => ipcRenderer.sendSync('sync-ping', v),
  onUpdateCounter: (callback) => ipcRenderer.on('update-counter', (_event, value) => callback(value)),
  counterValue: (value) => ipcRenderer.send('counter-value', value),
  report: (line) => ipcRenderer.send('report', line),
  versions: { type: process.type, sandboxed: process.sandboxed, isolated: process.contextIsolated },
});

try { contextBridge.exposeInMainWorld('electronAPI', {}); } catch (err) {
  ipcRenderer.send('report', `expose twice: ${err.message}`);
}

let notFound = '';
try { require('fs'); } catch (err) { notFound = err.message; }
ipcRenderer.send('report', `preload require fs: ${notFound}`);
ipcRenderer.send('report', `preload sees page script: ${typeof window.pageScriptRan}`);
