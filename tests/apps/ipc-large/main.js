const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');
const sum = (u8) => { let s = 0; for (let i = 0; i < u8.length; i += 4093) s = (s + u8[i] * i) % 1000003; return s; };

app.whenReady().then(() => {
  const win = new BrowserWindow({ show: false, webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  const N = 16 << 20;
  const big = new Uint8Array(N);
  for (let i = 0; i < N; i += 4093) big[i] = (i * 3) & 255;
  const lines = {};
  // both directions run at once: print in a fixed order when both are in
  const finish = (k, line) => {
    lines[k] = line;
    if (lines.a && lines.b) {
      console.log(lines.a);
      console.log(lines.b);
      app.quit();
    }
  };
  ipcMain.once('start', () => win.webContents.send('big', big));
  ipcMain.handle('echo-len', (e, u8) => [u8.length, sum(u8)]);
  ipcMain.on('got-big', (e, len, s) => finish('a', `renderer got ${len} bytes, intact: ${s === sum(big)}`));
  ipcMain.on('echoed', (e, [len, s], mine, ms) => finish('b', `main got ${len} bytes, intact: ${s === mine}`));
  win.loadURL('data:text/html,<p>large</p>');
});
