// First document: blocks in sendSync, which main never answers; main kills
// this renderer meanwhile. After the reload a fresh process talks again.
const { ipcRenderer } = require('electron');
if (location.hash !== '#again') {
  ipcRenderer.send('blocking');
  ipcRenderer.sendSync('never-answered');
  ipcRenderer.send('FAILED returned');
} else {
  ipcRenderer.invoke('hello', 'again').then((r) => ipcRenderer.send('result', r));
}
