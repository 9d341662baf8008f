// runs in every frame with nodeIntegrationInSubFrames, else in the main frame only
const { ipcRenderer } = require('electron');
const where = process.isMainFrame ? 'main' : 'sub';
ipcRenderer.on('pong', () => ipcRenderer.send('log', `${where} frame got its reply`));
ipcRenderer.on('direct', (e, v) => ipcRenderer.send('log', `${where} frame got sendToFrame: ${v}`));
ipcRenderer.send('hello', process.isMainFrame, location.pathname.split('/').pop());
ipcRenderer.invoke('which').then((id) => ipcRenderer.send('log', `${where} frame invoke answered for frame ${id}`));
