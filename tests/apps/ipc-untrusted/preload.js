const { ipcRenderer } = require('electron');
ipcRenderer.on('ping', (event, n) => ipcRenderer.send('pong', n + 1));
ipcRenderer.send('loaded');
