// vm.js — node:vm: contexts (createContext, isContext), Script and the
// runIn*Context helpers, compileFunction. The C half (src/core/vm.c) makes a
// context as a second JavaScriptCore global in the runtime's context group
// whose global object forwards to the sandbox; this file checks arguments
// and keeps each sandbox tied to its global.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_SCRIPT_EXECUTION_TIMEOUT },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject, validateString,
  validateStringArray, validateUint32, validateArray, validateOneOf,
} = require('internal/validators');

const binding = internalBinding('vm');

// Both directions are weak: a sandbox keeps its global alive and the global
// its sandbox, and when neither is reachable both go (vm.c protects neither).
const globalOfSandbox = new WeakMap();
const sandboxOfGlobal = new WeakMap();

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return globalOfSandbox.has(object);
}

function validateContext(contextifiedObject) {
  if (contextifiedObject === null || typeof contextifiedObject !== 'object' ||
      !globalOfSandbox.has(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return globalOfSandbox.get(contextifiedObject);
}

let contextCount = 0;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== null && typeof contextObject === 'object' &&
      globalOfSandbox.has(contextObject)) {
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
  const global = binding.makeContext(contextObject, name);
  globalOfSandbox.set(contextObject, global);
  sandboxOfGlobal.set(global, contextObject);
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
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return { displayErrors, timeout: timeout === undefined ? 0 : timeout };
}

// vm.c returns this object when a run's timeout ended it.
const kTimedOut = Object.freeze({ __proto__: null });
function run(global, source, filename, lineOffset, timeout) {
  const r = binding.run(global, source, filename, lineOffset, timeout, kTimedOut);
  if (r === kTimedOut) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
  return r;
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
    const { timeout } = readRunOptions(normalizeRunOptions(options));
    return run(null, this[kSource], this[kFilename], this[kLineOffset], timeout);
  }

  runInContext(contextifiedObject, options) {
    const global = validateContext(contextifiedObject);
    const { timeout } = readRunOptions(normalizeRunOptions(options));
    return run(global, this[kSource], this[kFilename], this[kLineOffset], timeout);
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
  let global = null;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' ||
        !globalOfSandbox.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    global = globalOfSandbox.get(parsingContext);
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
  let fn = run(global, source, filename, lineOffset, 0);
  if (exts > 0) fn = fn(...contextExtensions);
  // A body such as "}); evil(); (function () {" would close the wrapper
  // early and yield a function starting inside the body: only the whole
  // wrapper's text has this length.
  if (typeof fn !== 'function' ||
      Function.prototype.toString.call(fn).length !== head.length - 1 + code.length + tail.length) {
    const realm = global === null ? globalThis : global;
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
