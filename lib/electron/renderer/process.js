// process.js — the `process` a sandboxed preload sees: Electron's subset
// (type, sandboxed, contextIsolated, platform, arch, versions, env, argv,
// pid, uptime, nextTick-free), an EventEmitter.
'use strict';

const EventEmitter = require('electron/renderer/events');

const start = Date.now();
const processObject = new EventEmitter();
const versions = prefs.versions || {};
Object.assign(processObject, {
  type: 'renderer',
  sandboxed: prefs.sandbox !== false,
  contextIsolated: prefs.contextIsolation !== false,
  isMainFrame: prefs.isMainFrame !== false,
  platform: 'linux',
  arch: prefs.arch || 'x64',
  pid: prefs.pid || 0,
  argv: [prefs.execPath || '', ...(Array.isArray(prefs.additionalArguments) ? prefs.additionalArguments : [])],
  execPath: prefs.execPath || '',
  env: {},
  version: versions.node ? `v${versions.node}` : '',
  versions: Object.freeze({ ...versions }),
  mas: undefined,
  windowsStore: undefined,
  contextId: `${pageId}-1`,
  uptime() { return (Date.now() - start) / 1000; },
  getCreationTime() { return start; },
  crash() { throw new Error('process.crash() is not supported'); },
  hang() { for (;;); },
  _setImmediate(fn, ...args) { return setTimeout(fn, 0, ...args); },
  _clearImmediate(t) { clearTimeout(t); },
});

module.exports = processObject;
