const { contextBridge, ipcRenderer, webFrame } = require('electron');
const log = (s) => ipcRenderer.send('log', s);

window.addEventListener('DOMContentLoaded', async () => {
  log(`routingId ${webFrame.routingId} top ${webFrame.top === webFrame}`);
  log(`page value ${await webFrame.executeJavaScript('window.pageValue * 2')}`);
  log(`page promise ${await webFrame.executeJavaScript('Promise.resolve([1, 2]).then((a) => a.length)')}`);
  try {
    await webFrame.executeJavaScript('throw new RangeError("from page")');
  } catch (err) {
    log(`page error ${err.message}`);
  }
  await new Promise((resolve) => webFrame.executeJavaScript('6 * 7', (result, error) => {
    log(`callback ${result} ${error}`);
    resolve();
  }));
  contextBridge.exposeInIsolatedWorld(1004, 'bridged', { hello: (n) => `hello ${n}` });
  const r = await webFrame.executeJavaScriptInIsolatedWorld(1004, [
    { code: 'var inWorld = typeof window.pageValue + " " + typeof window.bridged;' },
    { code: 'inWorld + " " + window.bridged.hello(3) + " " + document.title' },
  ]);
  log(`isolated ${r}`);
  const again = await webFrame.executeJavaScriptInIsolatedWorld(1004, [{ code: 'typeof inWorld' }]);
  log(`world keeps globals ${again}`);
  const fresh = await webFrame.executeJavaScriptInIsolatedWorld(1005, [{ code: 'typeof inWorld' }]);
  log(`other world ${fresh}`);
  try {
    contextBridge.exposeInIsolatedWorld('x', 'k', {});
  } catch (err) {
    log(`bad world id: ${err.message}`);
  }
  ipcRenderer.send('done');
});
