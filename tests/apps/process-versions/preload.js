// sandboxed (the default): Electron's process subset
require('electron').ipcRenderer.send('sandboxed preload', process.versions);
