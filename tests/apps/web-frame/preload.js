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
  // zoom and style sheets, kept by the main process
  webFrame.setZoomFactor(1.5);
  log(`zoom factor ${webFrame.getZoomFactor()} level ${webFrame.getZoomLevel().toFixed(2)}`);
  webFrame.setZoomLevel(0);
  log(`zoom reset ${webFrame.getZoomFactor()}`);
  try { webFrame.setZoomFactor(0); } catch (err) { log(`bad zoom: ${err.message}`); }
  const key = webFrame.insertCSS('body { margin-left: 77px; }');
  await new Promise((r) => setTimeout(r, 50));
  const margin = () => webFrame.executeJavaScript('getComputedStyle(document.body).marginLeft');
  log(`insertCSS key ${typeof key} margin ${await margin()}`);
  webFrame.removeInsertedCSS(key);
  await new Promise((r) => setTimeout(r, 50));
  log(`after removeInsertedCSS margin ${await margin()}`);
  await webFrame.executeJavaScript('document.body.contentEditable = "true"; document.body.focus()');
  webFrame.insertText('typed!');
  log(`insertText ${await webFrame.executeJavaScript('document.body.textContent.includes("typed!")')}`);
  ipcRenderer.send('done');
});
