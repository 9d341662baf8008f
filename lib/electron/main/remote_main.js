// remote_main.js — require('@electron/remote/main') in the main process:
// initialize() and enable(webContents), served by electron/main/remote_server.
'use strict';

module.exports = require('electron/main/remote_server').remoteMain;
