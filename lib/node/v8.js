// v8.js — node:v8 on JavaScriptCore: serialize/deserialize and the
// Serializer/Deserializer classes over internalBinding('serdes')
// (src/core/serdes.c, codec in src/core/clone.c), which writes V8's wire
// format version 15 byte for byte as Node 20 does; plus the engine facts
// that can be measured here.
//
// Differences from Node, because the engine is JSC (see docs/compatibility.md):
// - Serializer.writeValue encodes each value on its own, so a back-reference
//   cannot point at an object written by an earlier writeValue call, and
//   _writeHostObject/_readHostObject overrides are not consulted: typed
//   arrays, DataView and Buffer always use Node's DefaultSerializer host
//   encoding (also for the plain Serializer, where V8 would write 'V').
//   transferArrayBuffer is not offered.
// - getHeapStatistics() reports what process.memoryUsage() measures; fields
//   with no JSC counterpart are 0 (see the function).
// - setFlagsFromString() accepts V8 flags and honours --expose-gc (new vm
//   contexts get gc()); JSC has none of the others.
'use strict';

const binding = internalBinding('serdes');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const kHeaderTag = 0xff;
const kReadError = 'Unable to deserialize cloned data.';
const kVersionError = 'Unable to deserialize cloned data due to invalid or unsupported version.';

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function isView(v) {
  return ArrayBuffer.isView(v);
}

function viewBytes(v) {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function serialize(value) {
  return toBuffer(binding.serialize(value, binding.MODE_NODE));
}

function deserialize(buffer) {
  if (!isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return binding.deserialize(buffer, binding.MODE_NODE);
}

class Serializer {
  constructor() {
    this._chunks = [];
    this._length = 0;
  }

  _push(bytes) {
    this._chunks.push(bytes);
    this._length += bytes.length;
  }

  writeHeader() {
    this._push(Uint8Array.of(kHeaderTag, binding.VERSION));
  }

  writeValue(value) {
    this._push(binding.writeValue(value, binding.MODE_NODE));
    return true;
  }

  releaseBuffer() {
    const out = Buffer.concat(this._chunks, this._length);
    this._chunks = [];
    this._length = 0;
    return out;
  }

  writeUint32(value) {
    this._writeVarint(BigInt(value >>> 0));
  }

  writeUint64(hi, lo) {
    this._writeVarint((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  _writeVarint(v) {
    const bytes = [];
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v) b |= 0x80;
      bytes.push(b);
    } while (v);
    this._push(Uint8Array.from(bytes));
  }

  writeDouble(value) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, +value, true);
    this._push(b);
  }

  writeRawBytes(source) {
    if (!isView(source)) {
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    this._push(Uint8Array.from(viewBytes(source)));
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  _setTreatArrayBufferViewsAsHostObjects() {}
}

class Deserializer {
  constructor(buffer) {
    if (!isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.buffer = buffer;
    this._bytes = viewBytes(buffer);
    this._pos = 0;
    this._version = 0;
  }

  readHeader() {
    const b = this._bytes;
    if (b[this._pos] !== kHeaderTag) throw new Error(kVersionError);
    this._pos++;
    const version = this._readVarint();
    if (version === undefined || version > binding.VERSION) throw new Error(kVersionError);
    this._version = Number(version);
    return true;
  }

  getWireFormatVersion() {
    return this._version;
  }

  readValue() {
    const [value, pos] = binding.readValue(this._bytes, this._pos, binding.MODE_NODE);
    this._pos = pos;
    return value;
  }

  _readVarint() {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      if (this._pos >= this._bytes.length || shift > 63n) return undefined;
      const b = this._bytes[this._pos++];
      v |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
      shift += 7n;
    }
  }

  readUint32() {
    const v = this._readVarint();
    if (v === undefined || v > 0xffffffffn) throw new Error(kReadError);
    return Number(v);
  }

  readUint64() {
    const v = this._readVarint();
    if (v === undefined) throw new Error(kReadError);
    return [Number(v >> 32n), Number(v & 0xffffffffn)];
  }

  readDouble() {
    if (this._pos + 8 > this._bytes.length) throw new Error(kReadError);
    const v = new DataView(this._bytes.buffer, this._bytes.byteOffset + this._pos, 8).getFloat64(0, true);
    this._pos += 8;
    return v;
  }

  _readRawBytes(length) {
    if (!(length >= 0) || this._pos + length > this._bytes.length) throw new Error(kReadError);
    const offset = this._bytes.byteOffset + this._pos;
    this._pos += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this._bytes.buffer, offset, length);
  }
}

class DefaultSerializer extends Serializer {}
class DefaultDeserializer extends Deserializer {}

// A stable tag for "data cached by this engine build": the JSC build's
// wire version and WebKit version, hashed (FNV-1a, 32 bits).
function cachedDataVersionTag() {
  const s = `cathode-jsc-${process.versions.webkitgtk || ''}-${binding.VERSION}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// The kernel's view of this process's private data memory, in bytes, from
// /proc/self/status (Linux), or {} where it cannot be read.
function procStatus() {
  const out = {};
  try {
    const text = require('fs').readFileSync('/proc/self/status', 'latin1');
    for (const m of text.matchAll(/^(\w+):\s+(\d+) kB$/gm)) out[m[1]] = Number(m[2]) * 1024;
  } catch {
    // not Linux: the fields below fall back to process.memoryUsage()
  }
  return out;
}

// Node's field names, filled with what can really be measured. JSC's C API
// does not report its heap, so the sizes are the process's: total_heap_size
// = VmData (every private data mapping, JSC's heap and malloc's among them),
// used_heap_size and total_physical_size = RssAnon (the part of it in RAM),
// peak_malloced_memory = VmHWM (peak resident set). heap_size_limit is the
// machine's memory (JSC has no fixed heap limit; it grows until allocation
// fails) and total_available_size what is left of it. external_memory and
// malloced_memory are process.memoryUsage().external. Fields with no JSC
// counterpart are 0; number_of_native_contexts counts the one context.
function getHeapStatistics() {
  const m = process.memoryUsage();
  const st = procStatus();
  const limit = require('os').totalmem();
  const total = st.VmData ?? m.rss;
  const used = st.RssAnon ?? m.rss;
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: used,
    total_available_size: Math.max(0, limit - used),
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: m.external,
    peak_malloced_memory: st.VmHWM ?? m.rss,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

// V8 flags mean nothing to JSC: validated like Node, then ignored.
// V8's flags mean nothing to JSC, but for one: --expose-gc (internal/v8/flags)
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  const { setExposeGc } = require('internal/v8/flags');
  if (/(^|\s)--expose[-_]gc(\s|$)/.test(flags)) setExposeGc(true);
  else if (/(^|\s)--no-expose[-_]gc(\s|$)/.test(flags)) setExposeGc(false);
}

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  serialize,
};
