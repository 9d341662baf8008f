const { contextBridge, ipcRenderer } = require('electron');
const remote = require('@electron/remote');
contextBridge.exposeInMainWorld('api', {
  title: () => remote.getCurrentWindow().getTitle(),
  appName: () => remote.app.getName(),
  log: (line) => ipcRenderer.send('log', line),
  done: () => ipcRenderer.send('bridged'),
});
