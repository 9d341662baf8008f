// index.js — require('electron') in a renderer with Node (nodeIntegration or
// sandbox: false): the same object the preload environment built in
// electron/renderer/init (one ipcRenderer per page, whichever require asks).
// Loaded by Node's builtin loader, never by init's own.
'use strict';

module.exports = require('electron/renderer/node_init').electron();
