// init.js — starts the Electron main process: finds the app (a directory
// with package.json, or a .js file), takes its name and version from
// package.json (and the electron version it declares, for legacy_defaults),
// runs its main script, then emits app 'ready' once the
// script's first tick is over. Start-up errors name the file at fault and
// exit with code 1, as Electron's "Error launching app" does.
'use strict';

function fail(message) {
  require('internal/bootstrap/hooks').binding('fs').writeString(2, `cathode: ${message}\n`);
  process.reallyExit(1);
}

// fetch, Headers, Request and Response: Node's globals, loaded on first use
function defineFetchGlobals() {
  for (const name of ['fetch', 'Headers', 'Request', 'Response']) {
    if (Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = require('electron/main/fetch')[name];
        Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
      },
    });
  }
}

function start() {
  defineFetchGlobals();
  const path = require('path');
  const fs = require('internal/bootstrap/hooks').binding('fs');
  const appArg = path.resolve(process.argv[1]);
  const kind = fs.internalModuleStat(appArg); // 0 file, 1 directory, <0 missing
  let mainScript = appArg;
  let appPath = path.dirname(appArg);
  let pj = {};
  if (kind < 0) fail(`Unable to find Electron app at ${appArg}`);
  if (kind === 1) {
    appPath = appArg;
    const pjPath = path.join(appArg, 'package.json');
    let text;
    try {
      text = fs.readFileUtf8(pjPath);
    } catch (e) {
      if (e.code !== 'ENOENT') fail(`Unable to read ${pjPath}: ${e.message}`);
    }
    if (text !== undefined) {
      try {
        pj = JSON.parse(text);
      } catch (e) {
        fail(`Unable to parse ${pjPath}: ${e.message}`);
      }
      if (pj === null || typeof pj !== 'object') fail(`Unable to parse ${pjPath}: not a JSON object`);
    }
    mainScript = path.resolve(appArg, typeof pj.main === 'string' && pj.main !== '' ? pj.main : 'index.js');
    let found = fs.internalModuleStat(mainScript) === 0;
    if (!found && fs.internalModuleStat(mainScript + '.js') === 0) {
      mainScript += '.js';
      found = true;
    }
    if (!found && fs.internalModuleStat(path.join(mainScript, 'index.js')) === 0) {
      mainScript = path.join(mainScript, 'index.js');
      found = true;
    }
    if (!found) {
      fail(`Unable to find Electron app at ${appArg}\n\nCannot find module '${mainScript}'` +
        (typeof pj.main === 'string' ? ` (package.json "main" in ${pjPath})` : ''));
    }
  }
  process.type = 'browser';
  process.defaultApp = true;
  require('electron/common/process_extras').install(process);
  const { app } = require('electron/main/app');
  app._setAppInfo({
    name: typeof pj.productName === 'string' ? pj.productName : pj.name,
    version: typeof pj.version === 'string' ? pj.version : undefined,
    appPath,
    desktopName: typeof pj.desktopName === 'string' ? pj.desktopName : undefined,
  });
  const legacy = require('electron/main/legacy_defaults');
  legacy.setPackage(pj);
  // 'ready' comes after the main script's first tick, and after the
  // top-level await of an ES module main, as in Electron
  require('internal/modules/cjs/loader'); // fills package_shared
  const evaluated = require('internal/modules/package_shared').runMainEntry(mainScript);
  const ready = () => setImmediate(() => {
    legacy.settle();
    app._emitReady();
  });
  if (evaluated === undefined) {
    ready();
    return;
  }
  // or, as Electron pumps libuv only while it has work, when the loop has
  // nothing left to wait for (a main that awaits app.whenReady() itself)
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    clearInterval(idle);
    ready();
  };
  const pb = internalBinding('process');
  const { hasRefedTimers } = require('internal/timers');
  const idle = setInterval(() => {
    if (!hasRefedTimers() && !pb.loopAlive()) go();
  }, 10);
  idle.unref();
  evaluated.then(go);
}

module.exports = { start };
