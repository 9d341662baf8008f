// a CommonJS preload (sandbox: false, contextIsolation on): import() goes to
// Node's loader
const electron = require('electron');
Promise.all(['electron/renderer', 'electron/common', 'electron/main'].map((n) => import(n))).then((all) => {
  electron.ipcRenderer.send('log', `cjs preload import(): ${all.map((ns) => ns.default === electron && ns.ipcRenderer === electron.ipcRenderer).join(' ')}`);
  electron.ipcRenderer.send('done cjs import');
}, (e) => {
  electron.ipcRenderer.send('log', `cjs preload import(): ${e.message}`);
  electron.ipcRenderer.send('done cjs import');
});
