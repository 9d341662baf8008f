const { ipcRenderer } = require('electron');
let n = 0;
ipcRenderer.on('ping', (e, v) => {
  ipcRenderer.send('log', `ping ${v}`);
  if (++n === 3) ipcRenderer.send('done');
});
window.addEventListener('DOMContentLoaded', async () => {
  ipcRenderer.send('hello');
  ipcRenderer.send('log', `invoke: ${await ipcRenderer.invoke('who')}`);
});
