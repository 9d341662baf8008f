// serialization.js — the 'advanced' IPC serialization of child_process:
// a value graph (cycles, Map, Set, Date, RegExp, BigInt, undefined, -0,
// NaN, typed arrays, Buffer, ArrayBuffer, Errors) encoded as one line of
// tagged JSON. Node uses V8's serializer here; both ends of a cathode
// channel are cathode, so only the set of values has to match, not the
// bytes (see docs/compatibility.md).
'use strict';

const { Buffer } = require('buffer');

const typedArrays = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function bytesToBase64(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

// Encodes to a JSON-safe tree. Objects get an id so cycles and shared
// references come back as they were.
function encode(value) {
  const ids = new Map();
  function enc(v) {
    switch (typeof v) {
      case 'undefined': return { $: 'u' };
      case 'bigint': return { $: 'n', v: v.toString() };
      case 'number':
        if (Object.is(v, -0)) return { $: 'f', v: '-0' }; // String(-0) is '0'
        if (Number.isNaN(v) || !Number.isFinite(v)) return { $: 'f', v: String(v) };
        return v;
      case 'string':
      case 'boolean':
        return v;
      case 'function':
      case 'symbol': {
        const { DOMException } = require('internal/dom_exception');
        throw new DOMException(`${String(v)} could not be cloned.`, 'DataCloneError');
      }
    }
    if (v === null) return null;
    if (ids.has(v)) return { $: 'r', i: ids.get(v) };
    const i = ids.size;
    ids.set(v, i);
    if (Array.isArray(v)) return { $: 'a', i, v: Array.from(v, enc) };
    if (v instanceof Date) return { $: 'd', i, v: v.getTime() };
    if (v instanceof RegExp) return { $: 'x', i, s: v.source, f: v.flags };
    if (v instanceof Map) return { $: 'm', i, v: [...v].map(([k, x]) => [enc(k), enc(x)]) };
    if (v instanceof Set) return { $: 's', i, v: [...v].map(enc) };
    if (v instanceof ArrayBuffer) return { $: 'ab', i, v: bytesToBase64(new Uint8Array(v)) };
    if (ArrayBuffer.isView(v)) {
      const type = Buffer.isBuffer(v) ? 'Buffer' : v instanceof DataView ? 'DataView' : v.constructor.name;
      return { $: 't', i, t: type, v: bytesToBase64(v) };
    }
    if (v instanceof Error) {
      const out = { $: 'e', i, n: v.name, m: v.message, s: v.stack };
      if ('cause' in v) out.c = enc(v.cause);
      return out;
    }
    const props = {};
    for (const k of Object.keys(v)) props[k] = enc(v[k]);
    return { $: 'o', i, v: props };
  }
  return JSON.stringify(enc(value));
}

const errorTypes = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function decode(text) {
  const refs = [];
  function dec(v) {
    if (v === null || typeof v !== 'object') return v;
    switch (v.$) {
      case 'u': return undefined;
      case 'n': return BigInt(v.v);
      case 'f': return v.v === '-0' ? -0 : Number(v.v);
      case 'r': return refs[v.i];
      case 'a': {
        const a = refs[v.i] = [];
        for (const x of v.v) a.push(dec(x));
        return a;
      }
      case 'd': return (refs[v.i] = new Date(v.v));
      case 'x': return (refs[v.i] = new RegExp(v.s, v.f));
      case 'm': {
        const m = refs[v.i] = new Map();
        for (const [k, x] of v.v) m.set(dec(k), dec(x));
        return m;
      }
      case 's': {
        const s = refs[v.i] = new Set();
        for (const x of v.v) s.add(dec(x));
        return s;
      }
      case 'ab': {
        const b = Buffer.from(v.v, 'base64');
        return (refs[v.i] = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      }
      case 't': {
        const b = Buffer.from(v.v, 'base64');
        if (v.t === 'Buffer') return (refs[v.i] = b);
        const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        if (v.t === 'DataView') return (refs[v.i] = new DataView(ab));
        const Ctor = typedArrays[v.t] ?? Uint8Array;
        return (refs[v.i] = new Ctor(ab));
      }
      case 'e': {
        const Ctor = errorTypes[v.n] ?? Error;
        const e = refs[v.i] = new Ctor(v.m);
        Object.defineProperty(e, 'stack', { value: v.s, writable: true, configurable: true });
        if ('c' in v) Object.defineProperty(e, 'cause', { value: dec(v.c), writable: true, configurable: true });
        return e;
      }
      case 'o': {
        const o = refs[v.i] = {};
        for (const k of Object.keys(v.v)) o[k] = dec(v.v[k]);
        return o;
      }
      default: return v;
    }
  }
  return dec(JSON.parse(text));
}

module.exports = { encode, decode };
