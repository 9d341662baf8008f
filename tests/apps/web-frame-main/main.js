// WebFrameMain: webContents.mainFrame, webFrameMain.fromId, frame.ipc
// (ahead of webContents.ipc and ipcMain), senderFrame, sendToFrame.
const { app, BrowserWindow, ipcMain, webFrameMain } = require('electron');
const path = require('path');

app.whenReady().then(async () => {
  const win = new BrowserWindow({ show: false, webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  const wc = win.webContents;
  const frame = wc.mainFrame;
  frame.ipc.handle('who', () => 'frame handler');
  ipcMain.handle('who', () => 'ipcMain handler');
  const order = [];
  frame.ipc.on('hello', () => order.push('frame'));
  wc.ipc.on('hello', () => order.push('webContents'));
  ipcMain.on('hello', (event) => {
    order.push('ipcMain');
    console.log(`order ${order.join(' ')}`);
    console.log(`senderFrame is mainFrame ${event.senderFrame === frame} ${event.senderFrame.routingId}`);
  });
  let invoked;
  const invokedOnce = new Promise((resolve) => { invoked = resolve; });
  ipcMain.on('log', (e, line) => {
    console.log(line);
    if (line.startsWith('invoke:')) invoked();
  });
  const done = new Promise((resolve) => ipcMain.once('done', resolve));
  await win.loadFile('index.html');
  await invokedOnce; // the page's own lines first: they race with ours otherwise
  console.log(`url ${path.basename(frame.url)} origin ${frame.origin} top ${frame.top === frame} parent ${frame.parent}`);
  console.log(`process ${frame.processId === wc.getOSProcessId()} routing ${frame.routingId} frames ${frame.frames.length} subtree ${frame.framesInSubtree.length}`);
  console.log(`fromId ${webFrameMain.fromId(wc.getOSProcessId(), 1) === frame} other ${webFrameMain.fromId(wc.getOSProcessId(), 2)}`);
  console.log(`executeJavaScript ${await frame.executeJavaScript('document.title')}`);
  wc.sendToFrame(1, 'ping', 'a');
  wc.sendToFrame([wc.getOSProcessId(), 1], 'ping', 'b');
  frame.send('ping', 'c');
  await done;
  app.quit();
});
