// node_init.js — the Node half of a renderer whose page may use Node
// (webPreferences nodeIntegration, or sandbox: false for the preload). The
// extension (src/renderer/extension.c) installs the Node runtime into the
// preload's world; electron/renderer/init then calls setup() with the page's
// electron module, runs the preload through runPreload(), and, for a page
// with nodeIntegration and no contextIsolation, gives the page its Node
// globals through exposeToPage(). Loaded by Node's builtin loader.
'use strict';

const path = require('path');

let electronModule;

function electron() {
  if (electronModule === undefined) throw new Error('electron/renderer/node_init: setup() has not run');
  return electronModule;
}

// Electron's additions to a renderer's process object.
function setup(electronExports, prefs, pageId) {
  electronModule = electronExports;
  const start = Date.now();
  Object.assign(process, {
    sandboxed: false,
    contextIsolated: prefs.contextIsolation !== false,
    isMainFrame: prefs.isMainFrame !== false,
    contextId: `${pageId}-1`,
    getCreationTime() { return start; },
    crash() { process.reallyExit(133); },
    hang() { for (;;); },
  });
  require('electron/common/process_extras').install(process, { creationTime: start });
  if (typeof prefs.execPath === 'string') process.execPath = prefs.execPath;
  // the app's executable and webPreferences.additionalArguments, as Electron's
  // renderer argv ends with them (not the WebKit web process's own argv)
  process.argv = [process.execPath, ...(Array.isArray(prefs.additionalArguments) ? prefs.additionalArguments : [])];
  // app.commandLine.appendSwitch('js-flags', '--expose-gc'), as in Electron
  if (prefs.exposeGc === true) globalThis.gc = internalBinding('process').gc;
  if (typeof prefs.appPath === 'string') process.resourcesPath = path.dirname(prefs.execPath || '');
}

// Runs webPreferences.preload as Electron does with Node: a CommonJS module
// with the full require (an .mjs preload is imported). Throws what the
// preload throws; the caller reports it.
function runPreload(file) {
  const Module = require('internal/modules/cjs/loader');
  if (file.endsWith('.mjs')) {
    const esm = require('internal/modules/esm/loader');
    const { pathToFileURL } = require('url');
    return esm.makeDynamicImport(file)(pathToFileURL(file).href);
  }
  Module._load(file, null, false);
  return undefined;
}

// nodeIntegration without contextIsolation: the page's own scripts get
// require, module, __filename and __dirname (the page's file for file:
// URLs, else the app's directory), and window.onerror feeds process
// 'uncaughtException' listeners, as in Electron.
function exposeToPage(href, appPath) {
  const Module = require('internal/modules/cjs/loader');
  let filename;
  if (typeof href === 'string' && href.startsWith('file:')) {
    filename = path.normalize(decodeURIComponent(new URL(href).pathname));
  } else {
    filename = path.join(typeof appPath === 'string' ? appPath : process.cwd(), 'index.html');
  }
  const dirname = path.dirname(filename);
  const mod = new Module(filename, null);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(dirname);
  mod.loaded = true;
  const define = (name, value) => Object.defineProperty(globalThis, name, {
    value, configurable: true, enumerable: false, writable: true,
  });
  define('module', mod);
  define('exports', mod.exports);
  define('require', Module.createRequire(filename));
  define('__filename', filename);
  define('__dirname', dirname);
  globalThis.onerror = function onerror(message, source, line, column, error) {
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', error);
      return true;
    }
    return false;
  };
}

module.exports = { electron, setup, runPreload, exposeToPage };
