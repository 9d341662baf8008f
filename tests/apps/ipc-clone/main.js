const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: false },
  });
  ipcMain.handle('echo', (event, v) => {
    const ok = v.big === 2n ** 70n && v.map instanceof Map && v.cyc.self === v.cyc &&
      v.u8 instanceof Uint8Array && v.date instanceof Date && v.err instanceof RangeError;
    console.log(`main received: ${ok ? 'ok' : 'FAILED'}`);
    return v;
  });
  ipcMain.on('report', (event, line) => console.log(line));
  win.webContents.ipc.on('want-main', (event) => {
    console.log('webContents.ipc heard want-main');
    event.reply('from-main', Buffer.from([1, 2, 3]), new Map());
  });
  ipcMain.on('done', () => app.quit());
  try { win.webContents.send('x', () => 1); } catch (err) { console.log(`main send function: ${err.message}`); }
  win.loadFile('index.html');
});
