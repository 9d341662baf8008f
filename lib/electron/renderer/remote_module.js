// remote_module.js — require('@electron/remote') in a renderer with Node:
// this page's remote object (electron/renderer/remote, made by init).
// Loaded by Node's builtin loader.
'use strict';

module.exports = require('electron/renderer/node_init').electron()._ctRemote();
