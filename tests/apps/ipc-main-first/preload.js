// Only listens: the first message of this page comes from main (the
// tutorial's "main to renderer" pattern).
const { ipcRenderer } = require('electron');
ipcRenderer.on('update-counter', (_event, value) => ipcRenderer.send('counter-value', value + 1));
