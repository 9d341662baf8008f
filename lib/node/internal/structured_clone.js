// structured_clone.js — structuredClone(value, { transfer }) done in JS with
// the HTML structured-clone rules and V8's error messages, as Node prints
// them. Used for the global; worker/IPC serialization (src/core/clone.c) is
// separate.
//
// Cloned: primitives, boxed primitives, Date, RegExp, ArrayBuffer (copied,
// or moved when listed in transfer), typed arrays and DataView (over a
// cloned buffer, shared between views as in the source), Map, Set, Error
// objects (name, message, stack, cause), arrays and other objects (own
// enumerable string keys; prototypes are not kept). Cycles and shared
// references are preserved. Functions, symbols, proxies, promises, weak
// collections and iterators throw a DataCloneError.
'use strict';

let DOMExceptionClass;
function dataCloneError(message) {
  DOMExceptionClass ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionClass(message, 'DataCloneError');
}

// Node raises these argument errors from C++: plain TypeErrors with a code.
function typeErrorWithCode(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

const objectToString = Object.prototype.toString;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const sharedByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : null;

// Calls fn on value; true if value carried the brand fn checks for.
function hasBrand(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

const kErrorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError']);
const kErrorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

// Types V8 refuses to serialize, by their built-in tag.
const kUncloneableTags = new Set(['[object Promise]', '[object WeakMap]', '[object WeakSet]', '[object WeakRef]',
  '[object FinalizationRegistry]', '[object Generator]', '[object AsyncGenerator]', '[object Module]']);

let utilBinding;
function isProxy(value) {
  if (utilBinding === undefined) {
    try { utilBinding = internalBinding('util'); } catch { utilBinding = null; }
  }
  return utilBinding !== null && typeof utilBinding.getProxyDetails === 'function' &&
    utilBinding.getProxyDetails(value, false) !== undefined;
}

// How V8 names an object in "... could not be cloned.": #<Constructor>.
function describe(value) {
  let name;
  try {
    name = value.constructor?.name;
  } catch { /* fall through */ }
  if (typeof name !== 'string' || name === '') {
    const tag = objectToString.call(value);
    name = tag.slice(8, -1);
  }
  return `#<${name}>`;
}

function functionSource(fn) {
  try {
    return Function.prototype.toString.call(fn);
  } catch {
    return 'function';
  }
}

class Cloner {
  constructor() {
    this.memo = new Map();
  }

  clone(value) {
    const type = typeof value;
    if (type === 'symbol') throw dataCloneError(`${String(value)} could not be cloned.`);
    if (type !== 'object' && type !== 'function') return value;
    if (value === null) return value;
    const seen = this.memo.get(value);
    if (seen !== undefined) return seen;
    if (type === 'function') throw dataCloneError(`${functionSource(value)} could not be cloned.`);
    if (isProxy(value)) throw dataCloneError('#<Object> could not be cloned.');
    return this.cloneObject(value);
  }

  remember(source, copy) {
    this.memo.set(source, copy);
    return copy;
  }

  cloneObject(value) {
    if (Array.isArray(value)) {
      const copy = this.remember(value, new Array(value.length));
      this.copyProperties(value, copy);
      return copy;
    }
    if (ArrayBuffer.isView(value)) return this.cloneView(value);
    if (hasBrand(arrayBufferByteLength, value)) return this.cloneBuffer(value);
    if (sharedByteLength !== null && hasBrand(sharedByteLength, value)) return this.remember(value, value);
    if (hasBrand(Date.prototype.getTime, value)) return this.remember(value, new Date(Date.prototype.getTime.call(value)));
    if (hasBrand(regexpSource, value)) {
      return this.remember(value, new RegExp(regexpSource.call(value), regexpFlags.call(value)));
    }
    if (hasBrand(Boolean.prototype.valueOf, value)) {
      return this.remember(value, Object(Boolean.prototype.valueOf.call(value)));
    }
    if (hasBrand(Number.prototype.valueOf, value)) return this.remember(value, Object(Number.prototype.valueOf.call(value)));
    if (hasBrand(String.prototype.valueOf, value)) return this.remember(value, Object(String.prototype.valueOf.call(value)));
    if (hasBrand(BigInt.prototype.valueOf, value)) return this.remember(value, Object(BigInt.prototype.valueOf.call(value)));
    if (hasBrand(Symbol.prototype.valueOf, value)) throw dataCloneError(`${describe(value)} could not be cloned.`);
    if (isMap(value)) {
      const copy = this.remember(value, new Map());
      // entries are read first, as the serializer does, then cloned
      const entries = Array.from(Map.prototype.entries.call(value));
      for (const [k, v] of entries) copy.set(this.clone(k), this.clone(v));
      return copy;
    }
    if (isSet(value)) {
      const copy = this.remember(value, new Set());
      const values = Array.from(Set.prototype.values.call(value));
      for (const v of values) copy.add(this.clone(v));
      return copy;
    }
    const tag = objectToString.call(value);
    if (tag === '[object Error]' && !(Symbol.toStringTag in value)) return this.cloneError(value);
    if (kUncloneableTags.has(tag) || / Iterator\]$/.test(tag)) {
      const what = tag.endsWith(' Iterator]') ? `#<${tag.slice(8, -1)}>` : describe(value);
      throw dataCloneError(`${what} could not be cloned.`);
    }
    const copy = this.remember(value, {});
    this.copyProperties(value, copy);
    return copy;
  }

  // Own enumerable string-keyed properties, read through getters.
  copyProperties(source, target) {
    for (const key of Object.keys(source)) {
      const desc = Object.getOwnPropertyDescriptor(source, key);
      // a getter may have deleted it or made it non-enumerable meanwhile
      if (desc === undefined || !desc.enumerable) continue;
      target[key] = this.clone(source[key]);
    }
  }

  cloneBuffer(buffer) {
    if (buffer.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const length = arrayBufferByteLength.call(buffer);
    const copy = buffer.resizable ?
      new ArrayBuffer(length, { maxByteLength: buffer.maxByteLength }) : new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(buffer));
    return this.remember(buffer, copy);
  }

  cloneView(view) {
    const buffer = this.clone(view.buffer);
    const name = typedArrayTag.call(view);
    if (name === undefined) return this.remember(view, new DataView(buffer, view.byteOffset, view.byteLength));
    // a Buffer comes back as a plain Uint8Array, as from V8's serializer
    const Ctor = globalThis[name];
    const tracking = view.buffer.resizable && view.length * Ctor.BYTES_PER_ELEMENT !== view.byteLength;
    return this.remember(view, tracking ? new Ctor(buffer, view.byteOffset) : new Ctor(buffer, view.byteOffset, view.length));
  }

  cloneError(error) {
    let name = 'Error';
    try {
      const n = error.name;
      if (typeof n === 'string' && kErrorNames.has(n)) name = n;
    } catch { /* keep 'Error' */ }
    const copy = Object.create(kErrorCtors[name].prototype);
    this.remember(error, copy);
    const messageDesc = Object.getOwnPropertyDescriptor(error, 'message');
    if (messageDesc !== undefined && 'value' in messageDesc) {
      Object.defineProperty(copy, 'message', { value: `${messageDesc.value}`, writable: true, configurable: true });
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true });
    }
    if (Object.prototype.hasOwnProperty.call(error, 'cause')) {
      Object.defineProperty(copy, 'cause', { value: this.clone(error.cause), writable: true, configurable: true });
    }
    return copy;
  }
}

function isMap(value) {
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function isSet(value) {
  try {
    Set.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function readTransferList(options) {
  const list = [];
  if (options === undefined || options === null) return list;
  const transfer = options.transfer;
  if (transfer === undefined || transfer === null) return list;
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw typeErrorWithCode('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  for (const item of transfer) {
    if (!hasBrand(arrayBufferByteLength, item)) {
      throw typeErrorWithCode('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (list.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (item.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    list.push(item);
  }
  return list;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw typeErrorWithCode('ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw typeErrorWithCode('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = readTransferList(options);
  // a transferred ArrayBuffer is copied like any other, then detached:
  // JS cannot hand the same memory to the clone, but the result and the
  // source look as after a real transfer
  const result = new Cloner().clone(value);
  for (const buffer of transfer) buffer.transfer();
  return result;
}

module.exports = { structuredClone };
