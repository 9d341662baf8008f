// vm.js — node:vm: contexts (createContext, isContext), Script and the
// runIn*Context helpers, compileFunction. The C half (src/core/vm.c) makes a
// context as a second JavaScriptCore global in the runtime's context group;
// this file checks arguments and ties each sandbox to its global.
//
// The tie (vm.c says why JSC rules out a forwarding global): each run starts
// by giving the global, for every own property of the sandbox, an accessor
// that reads and writes the sandbox's property (live, also for functions the
// context keeps); it ends by copying to the sandbox every property the
// script created on the global (var and function declarations, new
// assignments), and by deleting from the sandbox what the script deleted.
// A name the sandbox gains between runs reaches the global at the next run.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject, validateString,
  validateStringArray, validateUint32, validateArray, validateOneOf,
} = require('internal/validators');

const binding = internalBinding('vm');

// sandbox -> { global, builtins, forwarded }. Weak: a dropped sandbox drops
// its context (vm.c keeps no reference to either).
const contexts = new WeakMap();
const { getOwnPropertyDescriptor, defineProperty } = Object;

function forward(global, sandbox, key) {
  const own = getOwnPropertyDescriptor(sandbox, key);
  // The sandbox's own accessors, and data it can never change, are shown
  // as they are (their descriptors are what the context sees in Node).
  if (own !== undefined &&
      (own.get !== undefined || own.set !== undefined || (!own.writable && !own.configurable))) {
    defineProperty(global, key, { __proto__: null, ...own });
    return;
  }
  defineProperty(global, key, {
    __proto__: null,
    get() { return sandbox[key]; },
    set(v) { sandbox[key] = v; },
    enumerable: own?.enumerable ?? false,
    // `delete x` in the context fails where it would on the sandbox
    configurable: own?.configurable ?? true,
  });
}

// The sandbox's own and inherited names, without those of the root of its
// prototype chain (Object.prototype of whichever realm): the context has its
// own of those.
function sandboxKeys(sandbox) {
  const keys = new Set();
  for (let o = sandbox; o !== null; o = Object.getPrototypeOf(o)) {
    if (o !== sandbox && Object.getPrototypeOf(o) === null) break;
    for (const key of Reflect.ownKeys(o)) keys.add(key);
  }
  return keys;
}

function copyIn(sandbox, ctx) {
  const { global, forwarded } = ctx;
  const present = sandboxKeys(sandbox);
  const keys = present;
  for (const key of forwarded) {
    if (!present.has(key)) {
      forwarded.delete(key);
      try { delete global[key]; } catch { /* made non-configurable by script */ }
    }
  }
  for (const key of keys) {
    if (forwarded.has(key)) continue;
    const d = getOwnPropertyDescriptor(global, key);
    if (d !== undefined && !d.configurable) {
      // a read-only built-in (undefined, NaN) or a script's var: set it
      try { global[key] = sandbox[key]; } catch { /* keeps its value */ }
      continue;
    }
    forward(global, sandbox, key);
    forwarded.add(key);
  }
}

function copyOut(sandbox, ctx) {
  const { global, builtins, forwarded } = ctx;
  for (const key of Reflect.ownKeys(global)) {
    if (forwarded.has(key) || builtins.has(key)) continue;
    const d = getOwnPropertyDescriptor(global, key);
    try {
      if (d.get !== undefined || d.set !== undefined) {
        const sd = getOwnPropertyDescriptor(sandbox, key);
        if (sd === undefined || sd.get !== d.get || sd.set !== d.set) {
          defineProperty(sandbox, key, { __proto__: null, get: d.get, set: d.set,
                                         enumerable: d.enumerable, configurable: true });
        }
      } else if (sandbox[key] !== d.value) {
        sandbox[key] = d.value;
      }
    } catch { /* a read-only sandbox property keeps its value */ }
  }
  for (const key of forwarded) {
    if (!Object.prototype.hasOwnProperty.call(global, key)) {
      forwarded.delete(key);
      try { delete sandbox[key]; } catch { /* non-configurable on the sandbox */ }
    }
  }
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return contexts.get(contextifiedObject);
}

let contextCount = 0;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== null && typeof contextObject === 'object' &&
      contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', { allowArray: true });
  validateObject(options, 'options');
  const {
    name = `VM Context ${++contextCount}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  }
  if (importModuleDynamically !== undefined) {
    validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  }
  const global = binding.makeContext(name);
  // under --expose-gc (given at start or later through v8.setFlagsFromString)
  // every new context has gc(), as V8's do
  if (require('internal/v8/flags').gcExposed()) {
    Object.defineProperty(global, 'gc', {
      value: internalBinding('process').gc, writable: true, configurable: true, enumerable: false,
    });
  }
  contexts.set(contextObject, {
    global, builtins: new Set(Reflect.ownKeys(global)), forwarded: new Set(),
  });
  return contextObject;
}

// runIn*Context(code, options) accept a filename string in place of options.
function normalizeRunOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

function readRunOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return { displayErrors, timeout: timeout === undefined ? 0 : timeout };
}

// `timeout` is checked but not enforced: see vm.c (JavaScriptCore's
// watchdog leaves the whole VM terminated, not just the timed script).
function run(sandbox, source, filename, lineOffset) {
  if (sandbox === null) return binding.run(null, source, filename, lineOffset);
  const ctx = contexts.get(sandbox);
  copyIn(sandbox, ctx);
  try {
    return binding.run(ctx.global, source, filename, lineOffset);
  } finally {
    copyOut(sandbox, ctx);
  }
}

const kSource = Symbol('kSource');
const kFilename = Symbol('kFilename');
const kLineOffset = Symbol('kLineOffset');

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData',
        ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (importModuleDynamically !== undefined) {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }
    binding.checkSyntax(code, filename, lineOffset);
    this[kSource] = code;
    this[kFilename] = filename;
    this[kLineOffset] = lineOffset;
    // JavaScriptCore has no code cache the C API can export: a cache handed
    // in is never used, none is produced.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
  }

  runInThisContext(options) {
    readRunOptions(options);
    return run(null, this[kSource], this[kFilename], this[kLineOffset]);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    readRunOptions(options);
    return run(contextifiedObject, this[kSource], this[kFilename], this[kLineOffset]);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    // see the constructor: an empty cache, which no engine would accept
    return Buffer.alloc(0);
  }
}

function getContextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const out = {};
  if (options.contextName !== undefined) out.name = options.contextName;
  if (options.contextOrigin !== undefined) out.origin = options.contextOrigin;
  if (options.contextCodeGeneration !== undefined) out.codeGeneration = options.contextCodeGeneration;
  if (options.microtaskMode !== undefined) out.microtaskMode = options.microtaskMode;
  return out;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  options = normalizeRunOptions(options);
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = normalizeRunOptions(options);
  const context = createContext(contextObject, getContextOptions(options));
  return new Script(code, options).runInContext(context, options);
}

function runInThisContext(code, options) {
  options = normalizeRunOptions(options);
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  validateStringArray(params, 'params');
  validateObject(options, 'options');
  const {
    filename = '',
    lineOffset = 0,
    columnOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData',
      ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  let sandbox = null;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' ||
        !contexts.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    sandbox = parsingContext;
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`));
  if (importModuleDynamically !== undefined) {
    validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  }

  // The function is the completion value of a parenthesized function
  // expression opening on the source's first line (so line numbers are the
  // code's own). Each context extension is a `with` scope around it, held by
  // an outer sloppy function: the body may still say 'use strict'.
  const head = `(function (${params.join(', ')}) {`;
  const tail = '\n})';
  let source = head + code + tail;
  const exts = contextExtensions.length;
  if (exts > 0) {
    const names = contextExtensions.map((_, i) => `__cathodeExt${i}`);
    source = `(function (${names.join(', ')}) { ${names.map((n) => `with (${n}) `).join('')}` +
      `return ${source}; })`;
  }
  let fn = run(sandbox, source, filename, lineOffset);
  if (exts > 0) fn = fn(...contextExtensions);
  // A body such as "}); evil(); (function () {" would close the wrapper
  // early and yield a function starting inside the body: only the whole
  // wrapper's text has this length.
  if (typeof fn !== 'function' ||
      Function.prototype.toString.call(fn).length !== head.length + code.length + tail.length - 2) {
    const realm = sandbox === null ? globalThis : contexts.get(sandbox).global;
    throw new realm.SyntaxError("Unexpected token '}'");
  }
  if (produceCachedData) fn.cachedDataProduced = false;
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  return fn;
}

function measureMemory() {
  return Promise.resolve({ total: { jsMemoryEstimate: 0, jsMemoryRange: [0, 0] } });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants: {
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('USE_MAIN_CONTEXT_DEFAULT_LOADER'),
  },
};
