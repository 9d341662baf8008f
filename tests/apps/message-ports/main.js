// MessagePorts: a renderer's port in main (event.ports), MessageChannelMain
// ports sent to a page, and two pages joined by one channel that main
// brokers. Ports of a destroyed page close their partners in main.
const { app, BrowserWindow, ipcMain, MessageChannelMain } = require('electron');
const path = require('path');

app.on('window-all-closed', () => {});
app.whenReady().then(async () => {
  const a = new BrowserWindow({ show: false, webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  const b = new BrowserWindow({ show: false, webPreferences: { nodeIntegration: true, contextIsolation: false } });
  ipcMain.on('log', (e, line) => console.log(line));

  // 1. a port from renderer a
  const fromA = new Promise((resolve) => ipcMain.once('port', (event, msg) => {
    const [port] = event.ports;
    console.log(`main got ${event.ports.length} port(s) with ${JSON.stringify(msg)}`);
    port.on('message', (e) => {
      console.log(`main port got ${e.data}`);
      port.postMessage(e.data * 2);
    });
    port.on('close', () => console.log('main port closed'));
    port.start();
    resolve(port);
  }));
  await Promise.all([a.loadFile('a.html'), b.loadFile('b.html')]);
  await fromA;

  // 2. a MessageChannelMain port sent to page b; main keeps the other end
  const { port1, port2 } = new MessageChannelMain();
  port2.postMessage('queued before transfer'); // goes to port1, then to the page
  port1.on('message', () => {});
  const gotFromB = new Promise((resolve) => port2.on('message', (e) => {
    console.log(`main channel got ${e.data}`);
    resolve();
  }));
  port2.start();
  b.webContents.postMessage('main-port', { hello: 1 }, [port1]);
  await gotFromB;

  // 3. a and b joined directly
  const { port1: pa, port2: pb } = new MessageChannelMain();
  const bDone = new Promise((resolve) => ipcMain.once('b-done', resolve));
  b.webContents.postMessage('peer', 'for b', [pb]);
  a.webContents.postMessage('peer', 'for a', [pa]);
  await bDone;

  try {
    b.webContents.postMessage('x', null, [port1]);
  } catch (err) {
    console.log(`moved port: ${err.message}`);
  }
  // 4. destroying a closes the port main holds from it
  await new Promise((r) => setTimeout(r, 100));
  a.destroy();
  await new Promise((r) => setTimeout(r, 200));
  b.destroy();
  app.quit();
});
