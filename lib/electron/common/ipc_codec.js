// ipc_codec.js — the serialization of IPC arguments in both processes, with
// Electron's structured-clone rules: primitives incl. undefined, -0, NaN and
// BigInt, plain objects and arrays (prototypes dropped, getters evaluated),
// Date, RegExp, Map, Set, ArrayBuffer and typed arrays (a Buffer arrives as
// Uint8Array), Error (name, message, stack), shared references and cycles.
// Functions, symbols, promises, WeakMap/WeakSet throw "An object could not
// be cloned.". The result is a JSON text of tagged arrays, so both ends only
// need JSON.parse; bytes travel as a string of one char per byte.
// First version: a C codec (src/core/clone.c) is meant to replace it.
'use strict';

const kCloneError = 'An object could not be cloned.';

const typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

// Bytes as one char each: JSON would escape control characters, quotes and
// backslashes (six chars for a zero byte), so those travel as b + 0x100 and
// the decoder keeps the low eight bits. About 1-2 UTF-8 bytes per byte.
function bytesToString(u8) {
  const parts = [];
  const chunk = new Uint16Array(8192);
  for (let i = 0; i < u8.length; i += 8192) {
    const n = Math.min(8192, u8.length - i);
    for (let j = 0; j < n; j++) {
      const b = u8[i + j];
      chunk[j] = b < 0x20 || b === 0x22 || b === 0x5c ? b + 0x100 : b;
    }
    parts.push(String.fromCharCode.apply(null, n === 8192 ? chunk : chunk.subarray(0, n)));
  }
  return parts.join('');
}

function stringToBytes(s) {
  const u8 = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i) & 0xff;
  return u8;
}

function cloneError() {
  return new Error(kCloneError);
}

function encodeValue(v, seen) {
  switch (typeof v) {
    case 'undefined': return ['u'];
    case 'boolean': case 'string': return v;
    case 'number':
      if (Number.isFinite(v) && !Object.is(v, -0)) return v;
      return ['n', String(Object.is(v, -0) ? '-0' : v)];
    case 'bigint': return ['b', v.toString()];
    case 'symbol': case 'function': throw cloneError();
  }
  if (v === null) return null;
  if (seen.has(v)) return ['R', seen.get(v)];
  const ref = seen.size;
  seen.set(v, ref);
  const tag = Object.prototype.toString.call(v);
  if (Array.isArray(v)) {
    const out = ['a'];
    for (let i = 0; i < v.length; i++) out.push(encodeValue(v[i], seen));
    return out;
  }
  if (ArrayBuffer.isView(v)) {
    const name = v.constructor && typedNames.includes(v.constructor.name) ? v.constructor.name
      : (v instanceof DataView ? 'DataView' : 'Uint8Array');
    return ['t', name, bytesToString(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))];
  }
  switch (tag) {
    case '[object ArrayBuffer]': return ['B', bytesToString(new Uint8Array(v))];
    case '[object Date]': return ['d', v.getTime()];
    case '[object RegExp]': return ['r', v.source, v.flags];
    case '[object Map]': {
      const out = ['m'];
      for (const [k, val] of v) out.push(encodeValue(k, seen), encodeValue(val, seen));
      return out;
    }
    case '[object Set]': {
      const out = ['s'];
      for (const val of v) out.push(encodeValue(val, seen));
      return out;
    }
    case '[object Error]':
      return ['e', String(v.name), String(v.message), v.stack === undefined ? null : String(v.stack)];
    case '[object Promise]': case '[object WeakMap]': case '[object WeakSet]':
    case '[object WeakRef]': throw cloneError();
    case '[object Boolean]': case '[object Number]': case '[object String]':
      return ['P', encodeValue(v.valueOf(), seen)];
  }
  const o = {};
  for (const k of Object.keys(v)) o[k] = encodeValue(v[k], seen);
  return ['o', o];
}

function decodeValue(x, refs) {
  if (!Array.isArray(x)) return x;
  switch (x[0]) {
    case 'u': return undefined;
    case 'n': return x[1] === '-0' ? -0 : Number(x[1]);
    case 'b': return BigInt(x[1]);
    case 'R': return refs[x[1]];
    case 'a': {
      const out = [];
      refs.push(out);
      for (let i = 1; i < x.length; i++) out.push(decodeValue(x[i], refs));
      return out;
    }
    case 't': {
      const u8 = stringToBytes(x[2]);
      const C = x[1] === 'DataView' ? DataView : globalThis[x[1]];
      const out = typedNames.includes(x[1]) || x[1] === 'DataView'
        ? new C(u8.buffer, 0, x[1] === 'DataView' ? u8.length : u8.length / (C.BYTES_PER_ELEMENT || 1))
        : u8;
      refs.push(out);
      return out;
    }
    case 'B': { const out = stringToBytes(x[1]).buffer; refs.push(out); return out; }
    case 'd': { const out = new Date(x[1]); refs.push(out); return out; }
    case 'r': { const out = new RegExp(x[1], x[2]); refs.push(out); return out; }
    case 'm': {
      const out = new Map();
      refs.push(out);
      for (let i = 1; i < x.length; i += 2) out.set(decodeValue(x[i], refs), decodeValue(x[i + 1], refs));
      return out;
    }
    case 's': {
      const out = new Set();
      refs.push(out);
      for (let i = 1; i < x.length; i++) out.add(decodeValue(x[i], refs));
      return out;
    }
    case 'e': {
      const C = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[x[1]] || Error;
      const out = new C(x[2]);
      if (x[1] !== out.name) out.name = x[1];
      if (x[3] !== null) out.stack = x[3];
      refs.push(out);
      return out;
    }
    case 'P': { const out = Object(decodeValue(x[1], [])); refs.push(out); return out; }
    case 'o': {
      const out = {};
      refs.push(out);
      for (const k of Object.keys(x[1])) out[k] = decodeValue(x[1][k], refs);
      return out;
    }
  }
  throw new Error('malformed ipc payload');
}

// The text for a list of arguments; throws "An object could not be cloned.".
function serialize(args) {
  return JSON.stringify(encodeValue(args, new Map()));
}

// The values back; throws on a malformed text (callers drop the message).
function deserialize(text) {
  return decodeValue(JSON.parse(text), []);
}

module.exports = { serialize, deserialize, kCloneError };
