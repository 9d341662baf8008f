// init.js — the renderer's start-up, run by src/renderer/extension.c at
// window-object-cleared of a page's main frame, before any page script: in
// the preload's isolated world when contextIsolation is on, else in the
// page's world. Wrapped as function (binding, pageId, prefsJson).
//
// It installs the dispatcher the extension calls with frames from the main
// process and builds the page's electron module. Sandboxed (the default), the
// preload gets Electron's limited require (electron, events, timers, url)
// and process subset. With sandbox: false or nodeIntegration the extension
// has installed Node into this world first (binding.nodeBuiltin exists):
// the preload is a CommonJS module with the full require, and a page with
// nodeIntegration and no contextIsolation gets require/module/__filename.
'use strict';

const prefs = JSON.parse(prefsJson);
const cache = Object.create(null);

function loadInternal(id) {
  if (cache[id]) return cache[id].exports;
  const src = binding.source(id);
  if (src === undefined) throw new Error(`module not found: ${id}`);
  const module = { exports: {} };
  cache[id] = module;
  binding.compile(src, id, 'exports, require, module, binding, pageId, prefs')
    .call(module.exports, module.exports, loadInternal, module, binding, pageId, prefs);
  return module.exports;
}

const { ipcRenderer, dispatch, onInternal } = loadInternal('electron/renderer/ipc_renderer');
const { contextBridge } = loadInternal('electron/renderer/context_bridge');
const { webFrame } = loadInternal('electron/renderer/web_frame');

Object.defineProperty(globalThis, '__cathode_ipc_dispatch', {
  value: dispatch, configurable: false, enumerable: false, writable: false,
});

const node = typeof binding.nodeBuiltin === 'function' ?
  binding.nodeBuiltin('electron/renderer/node_init') : null;
const processObject = node !== null ? process : loadInternal('electron/renderer/process');
const electron = { ipcRenderer, contextBridge };

const sandboxedModules = {
  electron: () => electron,
  'electron/renderer': () => electron,
  'electron/common': () => electron,
  events: () => loadInternal('electron/renderer/events'),
  timers: () => ({ setTimeout, clearTimeout, setInterval, clearInterval,
    setImmediate: processObject._setImmediate, clearImmediate: processObject._clearImmediate }),
  url: () => ({ URL, URLSearchParams }),
};

electron.webFrame = webFrame;

// remote: one per page load, made on first use; `electron.remote` exists
// only with webPreferences.enableRemoteModule (Electron 10-13), while
// require('@electron/remote') reaches it through _ctRemote (main decides,
// per webContents, whether to answer)
let remote;
Object.defineProperty(electron, '_ctRemote', {
  enumerable: false,
  value: () => remote ??= loadInternal('electron/renderer/remote').createRemote(ipcRenderer, onInternal, pageId),
});
if (prefs.enableRemoteModule === true) {
  Object.defineProperty(electron, 'remote', { enumerable: true, configurable: true, get: electron._ctRemote });
}

// node: names only for the Node modules of the list (not node:electron)
const nodePrefixed = new Set(['events', 'timers', 'url']);

function preloadRequire(name) {
  const bare = typeof name === 'string' && name.startsWith('node:') && nodePrefixed.has(name.slice(5)) ?
    name.slice(5) : name;
  if (Object.prototype.hasOwnProperty.call(sandboxedModules, bare)) return sandboxedModules[bare]();
  throw new Error(`module not found: ${name}`);
}

if (node !== null) {
  node.setup(electron, prefs, pageId);
  if (prefs.nodeIntegration && prefs.contextIsolation === false) {
    node.exposeToPage(globalThis.location ? globalThis.location.href : '', prefs.appPath);
  }
}

loadInternal('electron/renderer/security_warnings').securityWarnings();

function preloadFailed(err) {
  console.error(`Unable to load preload script: ${prefs.preload}`);
  console.error(err);
  ipcRenderer._preloadError(prefs.preload, err);
}

if (node !== null && typeof prefs.preload === 'string') {
  try {
    const done = node.runPreload(prefs.preload);
    if (done !== undefined) done.catch(preloadFailed);
  } catch (err) {
    preloadFailed(err);
  }
} else if (prefs.preloadSource !== undefined && prefs.preloadSource !== null) {
  const module = { exports: {} };
  try {
    const fn = binding.compile(prefs.preloadSource, prefs.preload,
      'require, process, exports, module, Buffer, global, setImmediate, clearImmediate');
    fn.call(module.exports, preloadRequire, processObject, module.exports, module, undefined,
      globalThis, processObject._setImmediate, processObject._clearImmediate);
  } catch (err) {
    preloadFailed(err);
  }
}
