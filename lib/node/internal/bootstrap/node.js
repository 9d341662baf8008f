// node.js — the bootstrap: runs first in every runtime (main process,
// run-as-node, renderer). Builds the builtin-module loader, `process`, the
// globals, and hands C the callbacks it drives the loop with. It evaluates to
// a function of (internalBinding, natives) that runtime.c calls once.
(function bootstrap(internalBinding, natives) {
  'use strict';

  // Explicit resource management symbols, which Node provides and this
  // JavaScriptCore lacks (embedded readable-stream and `using`-style APIs
  // rely on one shared symbol each).
  for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false,
        enumerable: false, configurable: false });
    }
  }

  const bindingCache = Object.create(null);
  function binding(name) {
    let b = bindingCache[name];
    if (b === undefined) b = bindingCache[name] = internalBinding(name);
    return b;
  }
  const builtins = binding('builtins');
  const builtinIds = new Set(builtins.ids());

  // ---- the builtin loader: lib/ modules require each other by id ----
  const builtinCache = new Map();
  const PARAMS = 'exports, require, module, process, internalBinding';
  const DEP_PARAMS = 'exports, require, module, __filename, __dirname';

  function builtinDirname(id) {
    const i = id.lastIndexOf('/');
    return i < 0 ? id.slice(0, id.indexOf(':') + 1) : id.slice(0, i);
  }
  function normalizeId(p) {
    const colon = p.indexOf(':');
    const scheme = p.slice(0, colon + 1);
    const out = [];
    for (const seg of p.slice(colon + 1).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') out.pop(); else out.push(seg);
    }
    return scheme + out.join('/');
  }
  function tryBuiltin(id) {
    if (builtinIds.has(id)) return id;
    if (builtinIds.has(id + '.json')) return id + '.json';
    if (builtinIds.has(id + '/index')) return id + '/index';
    // embedded packages may spell the extension ('../../lib/stream.js')
    if (id.endsWith('.js') && builtinIds.has(id.slice(0, -3))) return id.slice(0, -3);
    return undefined;
  }
  // Maps a request from builtin `parent` to an id, or undefined.
  function resolveBuiltin(request, parent) {
    if (request.startsWith('./') || request.startsWith('../')) {
      return tryBuiltin(normalizeId(builtinDirname(parent) + '/' + request));
    }
    if (request.startsWith('node:')) return tryBuiltin(request);
    if (request.startsWith('electron/')) return tryBuiltin(request);
    const depAlias = depAliases[request];
    if (depAlias !== undefined) return depAlias;
    return tryBuiltin('node:' + request);
  }
  // Requests made by embedded npm packages that name Node's own modules.
  const depAliases = {
    __proto__: null,
    'process/': 'node:process',
    'buffer/': 'node:buffer',
    'events/': 'node:events',
    'string_decoder/': 'node:string_decoder',
  };

  function requireBuiltin(id) {
    const cached = builtinCache.get(id);
    if (cached !== undefined) return cached.exports;
    const module = { id, exports: {}, loaded: false };
    builtinCache.set(id, module);
    moduleLoadList.push(`NativeModule ${id.startsWith('node:') ? id.slice(5) : id}`);
    if (id.endsWith('.json')) {
      module.exports = JSON.parse(builtins.getSource(id));
      module.loaded = true;
      return module.exports;
    }
    // embedded npm packages are ordinary CommonJS: they may declare `process`
    const isDep = id.startsWith('node:internal/deps/');
    const fn = builtins.compileBuiltin(id, isDep ? DEP_PARAMS : PARAMS);
    if (fn === undefined) {
      builtinCache.delete(id);
      throw new Error(`No such built-in module: ${id}`);
    }
    const req = function require(request) {
      const rid = resolveBuiltin(request, id);
      if (rid === undefined) {
        if (publicRequire !== undefined) return publicRequire(request);
        throw new Error(`Cannot find module '${request}' from built-in ${id}`);
      }
      return requireBuiltin(rid);
    };
    try {
      if (isDep) fn.call(module.exports, module.exports, req, module, id, builtinDirname(id));
      else fn.call(module.exports, module.exports, req, module, process, binding);
    } catch (e) {
      builtinCache.delete(id);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }
  const moduleLoadList = [];
  let publicRequire; // set once the CJS loader exists (for optional deps)

  // ---- process: an EventEmitter with Node's surface ----
  const process = {};
  globalThis.process = process;
  const loaderHooks = {
    requireBuiltin,
    resolveBuiltin,
    builtinIds,
    binding,
    setPublicRequire(fn) { publicRequire = fn; },
    natives,
  };
  // lib/ modules reach the loader through this internal module; nothing
  // reachable from user code holds it (internalBinding stays private).
  const hooksId = 'node:internal/bootstrap/hooks';
  builtinIds.add(hooksId);
  builtinCache.set(hooksId, { id: hooksId, exports: loaderHooks, loaded: true });

  const { setupProcessObject } = requireBuiltin('node:internal/process/setup');
  setupProcessObject(process, natives);
  process.moduleLoadList = moduleLoadList;

  const { setupGlobals } = requireBuiltin('node:internal/bootstrap/globals');
  setupGlobals(natives.mode);

  const taskQueues = requireBuiltin('node:internal/process/task_queues');
  const execution = requireBuiltin('node:internal/process/execution');
  const timers = requireBuiltin('node:internal/timers');

  natives.setCallbacks({
    process,
    runTicks: taskQueues.processTicksAndRejections,
    trampoline: taskQueues.callbackTrampoline,
    threw: taskQueues.kThrew,
    onUnhandledRejection: taskQueues.onUnhandledRejection,
    fatalException: execution.fatalException,
    emitBeforeExit: execution.emitBeforeExit,
    emitExit: execution.emitExit,
    start: () => requireBuiltin('node:internal/main/start').start(natives.mode),
    bufferPrototype: requireBuiltin('node:buffer').Buffer.prototype,
    requireBuiltin,
    runNextTimer: timers.runNextTimer,
    runImmediates: timers.runImmediates,
  });
})
