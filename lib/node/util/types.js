// types.js — node:util/types: brand checks for built-in objects.
//
// Node asks V8 for an object's internal class; JavaScriptCore's C API cannot,
// so internalBinding('util').typeByte(v) returns the JSType byte of the cell
// and this file learns, at load time, which byte each class has by measuring
// objects it creates itself. A class whose byte is shared with plain objects
// (or with another class) falls back to a JS brand check: calling a built-in
// method that throws on anything but the real thing, which is what these
// checks must not be fooled by (Symbol.toStringTag and setPrototypeOf are).
'use strict';

// Built-ins captured at load time: user code may replace them later and must
// not change our behaviour.
const {
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectKeys,
} = require('internal/util/primordials');

const binding = internalBinding('util');
const { typeByte } = binding;

// ---- calibration: promise/proxy slots (C) and class bytes (here) ----
const sentinel = {};
const rejected = Promise.reject(sentinel);
rejected.then(undefined, () => {}); // handled: no unhandled-rejection report
const proxyHandler = {};
binding.calibrate({
  pending: new Promise(() => {}),
  fulfilled: Promise.resolve(sentinel),
  rejected,
  result: sentinel,
  proxy: new Proxy({}, proxyHandler),
  handler: proxyHandler,
});

const samples = {
  Map: new Map(),
  Set: new Set(),
  WeakMap: new WeakMap(),
  WeakSet: new WeakSet(),
  Date: new Date(0),
  RegExp: /x/,
  Error: new Error(),
  NumberObject: new Number(0),
  StringObject: new String(''),
  BooleanObject: new Boolean(false),
  BigIntObject: Object(0n),
  SymbolObject: Object(Symbol('')),
  ArrayBuffer: new ArrayBuffer(0),
  DataView: new DataView(new ArrayBuffer(0)),
  MapIterator: new Map().entries(),
  SetIterator: new Set().values(),
  GeneratorObject: (function* gen() {})(),
  AsyncGeneratorObject: (async function* agen() {})(),
  ArgumentsObject: (function args() { return arguments; })(),
  Promise: Promise.resolve(),
  Proxy: new Proxy({}, {}),
};
if (typeof SharedArrayBuffer === 'function') {
  samples.SharedArrayBuffer = new SharedArrayBuffer(0); // eslint-disable-line no-undef
}
const bytes = { __proto__: null };
{
  const taken = new Map([[typeByte({}), null], [typeByte(Object.create(null)), null],
    [typeByte(function f() {}), null], [typeByte([]), null]]);
  for (const name of ObjectKeys(samples)) {
    const b = typeByte(samples[name]);
    if (taken.has(b)) {
      const other = taken.get(b);
      if (other !== null) bytes[other] = undefined;
      continue;
    }
    taken.set(b, name);
    bytes[name] = b;
  }
}

// Calls fn with `this` = value; true when it does not throw.
function brand(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

function checker(name, fallback) {
  const b = bytes[name];
  if (b !== undefined) {
    return function check(value) { return typeByte(value) === b; };
  }
  return function check(value) {
    return typeof value === 'object' && value !== null && fallback(value);
  };
}

const getSize = (C) => ObjectGetOwnPropertyDescriptor(C.prototype, 'size').get;
const mapSize = getSize(Map);
const setSize = getSize(Set);
const abByteLength = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const dvByteLength = ObjectGetOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const regexpSource = ObjectGetOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const TypedArray = ObjectGetPrototypeOf(Uint8Array);
const typedArrayTag = ObjectGetOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;

const isMap = checker('Map', (v) => brand(mapSize, v));
const isSet = checker('Set', (v) => brand(setSize, v));
const isWeakMap = checker('WeakMap', (v) => {
  try { WeakMap.prototype.has.call(v, {}); return true; } catch { return false; }
});
const isWeakSet = checker('WeakSet', (v) => {
  try { WeakSet.prototype.has.call(v, {}); return true; } catch { return false; }
});
const isDate = checker('Date', (v) => brand(Date.prototype.getTime, v));
const isRegExp = checker('RegExp', (v) => v !== RegExp.prototype && brand(regexpSource, v));
const isNativeError = checker('Error', (v) => Object.prototype.toString.call(v) === '[object Error]');
const isNumberObject = checker('NumberObject', (v) => brand(Number.prototype.valueOf, v));
const isStringObject = checker('StringObject', (v) => brand(String.prototype.valueOf, v));
const isBooleanObject = checker('BooleanObject', (v) => brand(Boolean.prototype.valueOf, v));
const isBigIntObject = checker('BigIntObject', (v) => brand(BigInt.prototype.valueOf, v));
const isSymbolObject = checker('SymbolObject', (v) => brand(Symbol.prototype.valueOf, v));
const isArrayBuffer = checker('ArrayBuffer', (v) => brand(abByteLength, v));
const isDataView = checker('DataView', (v) => brand(dvByteLength, v));
const isSharedArrayBuffer = samples.SharedArrayBuffer === undefined ? () => false :
  checker('SharedArrayBuffer', () => false);
const isMapIterator = checker('MapIterator',
  (v) => Object.prototype.toString.call(v) === '[object Map Iterator]');
const isSetIterator = checker('SetIterator',
  (v) => Object.prototype.toString.call(v) === '[object Set Iterator]');
const isGeneratorObjectSync = checker('GeneratorObject',
  (v) => Object.prototype.toString.call(v) === '[object Generator]');
const isAsyncGeneratorObject = checker('AsyncGeneratorObject',
  (v) => Object.prototype.toString.call(v) === '[object AsyncGenerator]');
// Sloppy and strict functions make different kinds of arguments objects.
const argumentsBytes = [typeByte(samples.ArgumentsObject),
  typeByte(new Function('return arguments')())]; // eslint-disable-line no-new-func
const isArgumentsObject = argumentsBytes.includes(typeByte({})) ?
  (v) => Object.prototype.toString.call(v) === '[object Arguments]' :
  (v) => argumentsBytes.includes(typeByte(v));

function isGeneratorObject(value) {
  return isGeneratorObjectSync(value) || isAsyncGeneratorObject(value);
}

function isPromise(value) {
  return binding.getPromiseDetails(value) !== undefined;
}

function isProxy(value) {
  return binding.getProxyDetails(value, false) !== undefined;
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// The TypedArray toStringTag getter returns undefined for anything that is
// not a typed array, without looking at the object's own properties.
function typedArrayName(value) {
  return typedArrayTag.call(value);
}
function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

// The function's kind. Node asks V8; here the engine's own Symbol.toStringTag
// on the function's prototype answers, and the source text decides when the
// prototype chain was replaced.
function functionTag(value) {
  if (typeof value !== 'function') return '';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== 'Function') return tag;
  const src = Function.prototype.toString.call(value);
  if (/^async\s*(?:function\s*)?\*/.test(src)) return 'AsyncGeneratorFunction';
  if (/^async\s+function\b|^async\s*(?:\([^)]*\)|[\w$]+)\s*=>/.test(src)) return 'AsyncFunction';
  if (/^function\s*\*/.test(src)) return 'GeneratorFunction';
  return tag;
}
function isAsyncFunction(value) {
  const t = functionTag(value);
  return t === 'AsyncFunction' || t === 'AsyncGeneratorFunction';
}
function isGeneratorFunction(value) {
  const t = functionTag(value);
  return t === 'GeneratorFunction' || t === 'AsyncGeneratorFunction';
}

const typedArrayChecks = {};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  typedArrayChecks[`is${name}`] = (value) => typedArrayName(value) === name;
}

module.exports = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject: () => false,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  ...typedArrayChecks,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
// not enumerable: util.types has exactly Node's keys
ObjectDefineProperty(module.exports, 'typedArrayName', { __proto__: null, value: typedArrayName });
