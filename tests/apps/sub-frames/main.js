// nodeIntegrationInSubFrames: preloads and Node in iframes, IPC attributed
// to the frame that sent it (event.senderFrame, frameId), replies and
// sendToFrame reaching that frame only, WebFrameMain for sub-frames.
const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');

const log = (s) => console.log(s);
ipcMain.on('log', (e, s) => log(s));
ipcMain.handle('which', (e) => e.frameId);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

app.whenReady().then(async () => {
  // 1. a preload in every frame
  const win = new BrowserWindow({ show: false,
    webPreferences: { preload: path.join(__dirname, 'preload.js'), nodeIntegrationInSubFrames: true } });
  const hellos = [];
  const got = new Promise((resolve) => {
    ipcMain.on('hello', (e, isMain, file) => {
      hellos.push(e.senderFrame);
      log(`hello from ${file}: isMainFrame ${isMain} frameId>1 ${e.frameId > 1} ` +
        `senderFrame is mainFrame ${e.senderFrame === win.webContents.mainFrame}`);
      e.reply('pong');
      if (hellos.length === 2) resolve();
    });
  });
  win.loadFile('index.html');
  await got;
  await wait(200);
  const main = win.webContents.mainFrame;
  const sub = main.frames[0];
  log(`frames: ${main.frames.length} sub url ${path.basename(sub.url)} parent is main ${sub.parent === main} top ${sub.top === main}`);
  log(`fromId finds the sub-frame: ${require('electron').webFrameMain.fromId(sub.processId, sub.routingId) === sub}`);
  log(`sub-frame title via executeJavaScript: ${await sub.executeJavaScript('document.title')}`);
  win.webContents.sendToFrame(sub.routingId, 'direct', 'to the sub-frame');
  await wait(200);
  await main.executeJavaScript('document.querySelector("iframe").remove()');
  await wait(300);
  log(`after removal: frames ${main.frames.length} sub destroyed ${sub.isDestroyed()}`);

  // 2. Node in a sub-frame
  const nodeWin = new BrowserWindow({ show: false,
    webPreferences: { nodeIntegration: true, contextIsolation: false, nodeIntegrationInSubFrames: true } });
  const nodeDone = new Promise((resolve) => ipcMain.once('log', resolve));
  nodeWin.loadFile('node-top.html');
  await nodeDone;

  // 3. without the option: the preload runs in the main frame only
  let count = 0;
  ipcMain.removeAllListeners('hello');
  ipcMain.on('hello', () => count++);
  const plain = new BrowserWindow({ show: false, webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  await plain.loadFile('index.html');
  await wait(300);
  log(`without nodeIntegrationInSubFrames: preload ran ${count} time(s), frames known ${plain.webContents.mainFrame.frames.length}`);
  log(`its sub-frame still runs executeJavaScript: ${await plain.webContents.mainFrame.frames[0].executeJavaScript('document.title')}`);
  app.quit();
});
