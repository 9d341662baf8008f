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
  ipcMain.on('done', async () => {
    // executeJavaScript results are structured clones too
    const r = await win.webContents.executeJavaScript(
      '({ d: new Date(5), m: new Map([[1, "a"]]), u: undefined, big: 10n, s: new Set([1]), e: new RangeError("r") })');
    console.log(`executeJavaScript clone: ${r.d instanceof Date && r.d.getTime() === 5} ${r.m.get(1)} ` +
      `${'u' in r && r.u === undefined} ${r.big === 10n} ${r.s.has(1)} ${r.e instanceof RangeError}`);
    console.log(`awaited: ${await win.webContents.executeJavaScript('new Promise((r) => setTimeout(() => r([1, 2]), 10))')}`);
    try { await win.webContents.executeJavaScript('throw new TypeError("from page")'); } catch (err) {
      console.log(`thrown: ${err instanceof TypeError} ${err.message}`);
    }
    try { await win.webContents.executeJavaScript('(() => 1)'); } catch (err) { console.log(`function result: ${err.message}`); }
    await win.webContents.executeJavaScriptInIsolatedWorld(1234, [{ code: 'var isolatedOnly = 7' }]);
    const seen = await win.webContents.executeJavaScriptInIsolatedWorld(1234, [{ code: 'isolatedOnly * 6' }]);
    console.log(`isolated world: ${seen} main world sees it: ${await win.webContents.executeJavaScript('typeof isolatedOnly')}`);
    console.log(`frame exec: ${await win.webContents.mainFrame.executeJavaScript('document.readyState')}`);
    app.quit();
  });
  try { win.webContents.send('x', () => 1); } catch (err) { console.log(`main send function: ${err.message}`); }
  win.loadFile('index.html');
});
