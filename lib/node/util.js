// util.js — node:util: formatting (inspect, format), promisify/callbackify,
// deprecate, debuglog, deep equality, type checks and the legacy is*()
// helpers. The heavy parts live in internal/util/inspect, util/types and
// internal/util/comparisons; this file is the public surface.
'use strict';

// Built-ins captured at load time: user code may replace them later and must
// not change our behaviour.
const {
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ObjectValues,
  ObjectDefineProperties,
  ArrayIsArray,
  ReflectApply,
  ReflectConstruct,
} = require('internal/util/primordials');

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
  errnoException,
  exceptionWithHostPort,
  uvErrName,
} = require('internal/errors');
const {
  format, formatWithOptions, inspect, stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('util/types');
const {
  validateFunction, validateNumber, validateString, validateAbortSignal, validateObject,
  validateBoolean,
} = require('internal/validators');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on callback APIs that call back with several values (dns.lookup,
// child_process.exec): promisify resolves with an object of these names.
const kCustomPromisifyArgsSymbol = require('internal/util').customPromisifyArgs;

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, { __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = kCustomPromisifyArgsSymbol === undefined ?
    undefined : original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, { __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  for (const d of ObjectValues(descriptors)) ObjectSetPrototypeOf(d, null);
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason cannot be told apart from success by the
  // callback: wrap it.
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
        (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of ObjectValues(descriptors)) ObjectSetPrototypeOf(d, null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

// One warning per code for the whole process, one per wrapper without.
const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- debuglog: NODE_DEBUG=a,b*,c ----
let debugImpls;
let testEnabled;
function initializeDebugEnv(debugEnv) {
  debugImpls = { __proto__: null };
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll(',', '$|^');
    const re = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (str) => re.test(str);
  } else {
    testEnabled = () => false;
  }
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function debuglogImpl(enabled, set) {
  if (debugImpls === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' ` +
          'can expose sensitive data (such as passwords, tokens and authentication headers) in ' +
          'the resulting log.');
      }
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = () => {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  ObjectDefineProperty(logger, 'enabled', { __proto__: null,
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad(n) {
  return String(n).padStart(2, '0');
}
function timestamp() {
  const d = new Date();
  const t = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return uvErrName(err)[0];
}

function getSystemErrorMap() {
  const map = internalBinding('constants').uvErrmap();
  const out = new Map();
  for (const key of ObjectKeys(map)) out.set(Number(key), map[key]);
  return out;
}

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd');
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  const formats = ArrayIsArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = inspect.colors[key];
    if (code === undefined) {
      throw new ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${ObjectKeys(inspect.colors).map((k) => `'${k}'`).join(', ')}`);
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  // Like Node 22: no escapes when the target stream cannot show them.
  if (validateStream && !shouldColorize(stream)) return text;
  return `${left}${text}${right}`;
}

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { nullable: false, allowFunction: true, allowArray: true });
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function isBuffer(value) {
  return require('buffer').Buffer.isBuffer(value);
}

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer,
  isDeepStrictEqual,
  isNull(arg) { return arg === null; },
  isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber(arg) { return typeof arg === 'number'; },
  isString(arg) { return typeof arg === 'string'; },
  isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError(e) { return types.isNativeError(e) || e instanceof Error; },
  isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal(signal) { return signal; },
  transferableAbortController() { return new AbortController(); },
  aborted,
  types,
};

function defineLazy(name, load) {
  ObjectDefineProperty(module.exports, name, { __proto__: null,
    get() {
      const value = load();
      ObjectDefineProperty(module.exports, name, { __proto__: null,
        value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      ObjectDefineProperty(module.exports, name, { __proto__: null,
        value, writable: true, configurable: true, enumerable: true,
      });
    },
    configurable: true,
    enumerable: true,
  });
}
defineLazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
