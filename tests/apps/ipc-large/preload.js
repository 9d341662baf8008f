// Large payloads both ways at once: main writes to the renderer while the
// renderer writes to main; neither side may wedge.
const { ipcRenderer } = require('electron');
const N = 16 << 20;
const sum = (u8) => { let s = 0; for (let i = 0; i < u8.length; i += 4093) s = (s + u8[i] * i) % 1000003; return s; };
ipcRenderer.on('big', (event, u8) => ipcRenderer.send('got-big', u8.length, sum(u8)));
ipcRenderer.send('start');
const mine = new Uint8Array(N);
for (let i = 0; i < N; i += 4093) mine[i] = i & 255;
const t = Date.now();
ipcRenderer.invoke('echo-len', mine).then((r) => ipcRenderer.send('echoed', r, sum(mine), Date.now() - t));
