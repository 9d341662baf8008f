// start.js — runs the entry point: -e/-p code, the script (run-as-node), or
// the Electron app (main process), after the -r preloads.
'use strict';

const path = require('path');

function runPreloads() {
  const { execArgv } = process;
  for (let i = 0; i < execArgv.length; i++) {
    if ((execArgv[i] === '-r' || execArgv[i] === '--require') && i + 1 < execArgv.length) {
      const Module = require('internal/modules/cjs/loader');
      Module._preloadModules([execArgv[++i]]);
    }
  }
}

// As in Node's -e and REPL: every builtin module is a global of its own name
// (`fs`, `vm`, `child_process`), loaded on first use and replaceable.
function addBuiltinLibsToGlobal(Module) {
  for (const name of Module.builtinModules) {
    if (name.startsWith('_') || name.includes('/') || name in globalThis) continue;
    const set = (value) => {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true,
        enumerable: false });
    };
    Object.defineProperty(globalThis, name, {
      get() { const lib = require(name); set(lib); return lib; },
      set,
      configurable: true,
      enumerable: false,
    });
  }
}

function evalScript(source, print) {
  if (process.execArgv.includes('--input-type=module')) {
    require('internal/modules/esm/loader').evalModule(source);
    return;
  }
  const Module = require('internal/modules/cjs/loader');
  const name = '[eval]';
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const require_ = Module.createRequire(path.join(process.cwd(), name));
  addBuiltinLibsToGlobal(Module);
  // -e code runs as a script in the global scope, with module-like names in scope
  globalThis.module = module;
  globalThis.require = require_;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  // JavaScriptCore's own import() rejects in scripts: use the ES module loader's
  const esm = /\bimport\s*\(/.test(source) ? require('internal/modules/esm/loader') : null;
  const rewritten = esm !== null ? esm.rewriteDynamicImport(source) : null;
  if (rewritten !== null) {
    Object.defineProperty(globalThis, '__ctI_', {
      value: esm.makeDynamicImport(path.join(process.cwd(), name)), configurable: true,
    });
    source = rewritten;
  }
  const result = require('internal/bootstrap/hooks').binding('builtins').evaluate(source, name);
  if (print) {
    const { log } = require('internal/console/global');
    log(result);
  }
}

function start(mode) {
  runPreloads();
  if (mode === 'node') {
    if (process._eval != null) {
      evalScript(process._eval, process._printEval);
      return;
    }
    const script = process.argv[1];
    if (script === undefined) {
      // `node` with no script: read the program from stdin
      const fs = require('fs');
      let source = '';
      try { source = fs.readFileSync(0, 'utf8'); } catch { /* no stdin */ }
      evalScript(source, false);
      return;
    }
    const Module = require('internal/modules/cjs/loader');
    Module.runMain(script);
    return;
  }
  if (mode === 'main') {
    require('electron/main/init').start();
    return;
  }
}

module.exports = { start };
