// window a: isolated preload, its own MessageChannel, port2 to main
const { ipcRenderer } = require('electron');
const log = (s) => ipcRenderer.send('log', s);
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => log(`a got back ${e.data}`);
ipcRenderer.postMessage('port', { from: 'a' }, [port2]);
port1.postMessage(21);
try {
  ipcRenderer.postMessage('bad', null, [{}]);
} catch (err) {
  log(`bad transfer: ${err.name} ${err.message}`);
}
ipcRenderer.on('peer', (event, msg) => {
  const [peer] = event.ports;
  peer.onmessage = (e) => log(`a got from b: ${e.data}`);
  peer.postMessage(`hi b (${msg})`);
});
