// constants.js — node:constants, the deprecated flat view: os.constants'
// dlopen, errno, priority and signal numbers plus fs.constants, frozen.
'use strict';

const { os } = internalBinding('constants');

let fsConstants = {};
try {
  fsConstants = require('fs').constants || {};
} catch {
  // fs not available in this build: the os part is still useful
}

Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals, fsConstants);
Object.freeze(exports);
