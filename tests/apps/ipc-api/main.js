const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js') },
  });
  const order = [];
  ipcMain.on('log', (e, s) => console.log(s));
  ipcMain.on('order', (e, n) => order.push(n));
  ipcMain.handle('order-invoke', (e, n) => { order.push(n); });
  ipcMain.on('order-sync', (e, n) => {
    order.push(n);
    console.log(`sync event: ${e.processId === win.webContents.getOSProcessId()} ${e.frameId} ${e.type}`);
    e.returnValue = null;
  });
  ipcMain.handleOnce('once', () => 'first');
  ipcMain.handle('removed', () => 'x');
  ipcMain.removeHandler('removed');
  ipcMain.handle('rejects', () => Promise.reject(new TypeError('bad thing')));
  try { ipcMain.handle('rejects', () => {}); } catch (err) { console.log(err.message); }
  try { ipcMain.handle('y', 5); } catch (err) { console.log(`${err.name}: ${err.message}`); }
  let msgs = 0;
  win.webContents.on('ipc-message', (e, channel) => { if (channel === 'want-ticks') msgs++; });
  ipcMain.once('want-ticks', (e) => {
    e.reply('tick');
    e.reply('tick');
    win.webContents.send('last');
  });
  ipcMain.on('done', () => {
    console.log(`order: ${order.join(',')} ipc-message: ${msgs}`);
    app.quit();
  });
  win.loadURL('data:text/html,<p>api</p>');
});
