// Runs again for every document of the window: reload, navigation, and
// before the page's own scripts each time.
const { ipcRenderer, contextBridge } = require('electron');
contextBridge.exposeInMainWorld('bridge', { ready: (what) => ipcRenderer.send('page', what) });
ipcRenderer.send('preload', location.pathname.split('/').pop(), typeof window.pageScript);
