// internal/v8/flags.js — the one V8 flag that means something under JSC:
// --expose-gc, given at start (process.execArgv, Electron's js-flags) or
// later through v8.setFlagsFromString. node:vm gives the contexts it makes
// from then on a gc(), as V8 does.
'use strict';

let exposeGc = null; // null: as at start

module.exports = {
  setExposeGc(on) { exposeGc = on; },
  gcExposed() { return exposeGc !== null ? exposeGc : typeof globalThis.gc === 'function'; },
};
