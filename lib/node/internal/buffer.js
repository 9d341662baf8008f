// buffer.js — node:internal/buffer: FastBuffer (the Uint8Array subclass every
// Buffer is) and the Buffer.prototype methods that read and write numbers and
// encoded strings, with Node's range checks and error messages. node:buffer
// builds the public Buffer on top of this.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE, ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE, ERR_STRING_TOO_LONG,
  },
} = require('internal/errors');
const { lazyDOMException } = require('internal/util');

// V8's string limit, which Node reports as buffer.constants.MAX_STRING_LENGTH.
// JavaScriptCore allows 2^31-1, but decoding refuses what Node refuses, and
// so never builds multi-gigabyte strings.
const kStringMaxLength = 0x1fffffe8;
const { validateNumber } = require('internal/validators');
const isAnyArrayBuffer = binding.isAnyArrayBuffer;

class FastBuffer extends Uint8Array {
  // Buffer(size) and Buffer(arrayBuffer, byteOffset, length) only; the
  // public Buffer function does the argument policy.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// The binding works on TypedArrays; a DataView is seen through a Uint8Array.
function asBytes(view) {
  if (view instanceof Uint8Array) return view;
  if (ArrayBuffer.isView(view)) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(view);
}

// ---- range errors, with Node's messages ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `last` is the index of the last byte relative to offset (size - 1).
function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const bits = (last + 1) * 8;
    let range;
    if (last > 3) {
      // Node words the wide ranges as powers of two (and, for the signed
      // BigInt case, leaves the "n" off the upper bound's base).
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2 ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// ---- integer reads ----

function readUIntLEn(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  let val = 0;
  let mul = 1;
  for (let i = 0; i < size; i++, mul *= 0x100) val += buf[offset + i] * mul;
  return val;
}

function readUIntBEn(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  let val = 0;
  for (let i = 0; i < size; i++) val = val * 0x100 + buf[offset + i];
  return val;
}

function toSigned(val, size) {
  const limit = 2 ** (size * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function byteLengthError(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

function isSize(byteLength) {
  return byteLength === 1 || byteLength === 2 || byteLength === 3 ||
    byteLength === 4 || byteLength === 5 || byteLength === 6;
}

function readUIntLE(offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return readUIntLEn(this, offset, byteLength);
}
function readUIntBE(offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return readUIntBEn(this, offset, byteLength);
}
function readIntLE(offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return toSigned(readUIntLEn(this, offset, byteLength), byteLength);
}
function readIntBE(offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return toSigned(readUIntBEn(this, offset, byteLength), byteLength);
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}
function readInt8(offset = 0) { return toSigned(readUInt8.call(this, offset), 1); }
function readUInt16LE(offset = 0) { return readUIntLEn(this, offset, 2); }
function readUInt16BE(offset = 0) { return readUIntBEn(this, offset, 2); }
function readUInt32LE(offset = 0) { return readUIntLEn(this, offset, 4); }
function readUInt32BE(offset = 0) { return readUIntBEn(this, offset, 4); }
function readInt16LE(offset = 0) { return toSigned(readUIntLEn(this, offset, 2), 2); }
function readInt16BE(offset = 0) { return toSigned(readUIntBEn(this, offset, 2), 2); }
function readInt32LE(offset = 0) { return readUIntLEn(this, offset, 4) | 0; }
function readInt32BE(offset = 0) { return readUIntBEn(this, offset, 4) | 0; }

function readBig64(buf, offset, le, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) {
    boundsError(offset, buf.length - 8);
  }
  const lo = le ? readUIntLEn(buf, offset, 4) : readUIntBEn(buf, offset + 4, 4);
  let hi = le ? readUIntLEn(buf, offset + 4, 4) : readUIntBEn(buf, offset, 4);
  if (signed) hi |= 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigUInt64LE(offset = 0) { return readBig64(this, offset, true, false); }
function readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, false); }
function readBigInt64LE(offset = 0) { return readBig64(this, offset, true, true); }
function readBigInt64BE(offset = 0) { return readBig64(this, offset, false, true); }

// ---- floats, through a scratch array in host byte order ----

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const f32Bytes = new Uint8Array(float32.buffer);
const f64Bytes = new Uint8Array(float64.buffer);
const hostLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloatAny(buf, offset, size, le) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  const bytes = size === 4 ? f32Bytes : f64Bytes;
  const same = le === hostLE;
  for (let i = 0; i < size; i++) bytes[same ? i : size - 1 - i] = buf[offset + i];
  return size === 4 ? float32[0] : float64[0];
}

function writeFloatAny(buf, val, offset, size, le) {
  val = +val;
  checkBounds(buf, offset, size - 1);
  let bytes;
  if (size === 4) { float32[0] = val; bytes = f32Bytes; } else { float64[0] = val; bytes = f64Bytes; }
  const same = le === hostLE;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[same ? i : size - 1 - i];
  return offset + size;
}

function readFloatLE(offset = 0) { return readFloatAny(this, offset, 4, true); }
function readFloatBE(offset = 0) { return readFloatAny(this, offset, 4, false); }
function readDoubleLE(offset = 0) { return readFloatAny(this, offset, 8, true); }
function readDoubleBE(offset = 0) { return readFloatAny(this, offset, 8, false); }
function writeFloatLE(val, offset = 0) { return writeFloatAny(this, val, offset, 4, true); }
function writeFloatBE(val, offset = 0) { return writeFloatAny(this, val, offset, 4, false); }
function writeDoubleLE(val, offset = 0) { return writeFloatAny(this, val, offset, 8, true); }
function writeDoubleBE(val, offset = 0) { return writeFloatAny(this, val, offset, 8, false); }

// ---- integer writes ----

// Byte i (little-endian order) of value; typed-array stores truncate to a
// byte, and the two halves keep 48-bit and negative values exact.
function byteOf(value, i) {
  if (i < 4) return value >>> (i * 8);
  return Math.floor(value * 2 ** -32) >>> ((i - 4) * 8);
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeU_IntLE(buf, value, offset, size, min, max) {
  if (size === 1) return writeU_Int8(buf, value, offset, min, max);
  value = +value;
  checkInt(value, min, max, buf, offset, size - 1);
  for (let i = 0; i < size; i++) buf[offset + i] = byteOf(value, i);
  return offset + size;
}

function writeU_IntBE(buf, value, offset, size, min, max) {
  if (size === 1) return writeU_Int8(buf, value, offset, min, max);
  value = +value;
  checkInt(value, min, max, buf, offset, size - 1);
  for (let i = 0; i < size; i++) buf[offset + size - 1 - i] = byteOf(value, i);
  return offset + size;
}

const uintMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const intMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUIntLE(value, offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return writeU_IntLE(this, value, offset, byteLength, 0, uintMax[byteLength]);
}
function writeUIntBE(value, offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return writeU_IntBE(this, value, offset, byteLength, 0, uintMax[byteLength]);
}
function writeIntLE(value, offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return writeU_IntLE(this, value, offset, byteLength, -intMax[byteLength] - 1, intMax[byteLength]);
}
function writeIntBE(value, offset, byteLength) {
  if (!isSize(byteLength)) byteLengthError(byteLength);
  return writeU_IntBE(this, value, offset, byteLength, -intMax[byteLength] - 1, intMax[byteLength]);
}

function writeUInt8(value, offset = 0) { return writeU_Int8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU_Int8(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return writeU_IntLE(this, value, offset, 2, 0, 0xffff); }
function writeUInt16BE(value, offset = 0) { return writeU_IntBE(this, value, offset, 2, 0, 0xffff); }
function writeInt16LE(value, offset = 0) { return writeU_IntLE(this, value, offset, 2, -0x8000, 0x7fff); }
function writeInt16BE(value, offset = 0) { return writeU_IntBE(this, value, offset, 2, -0x8000, 0x7fff); }
function writeUInt32LE(value, offset = 0) { return writeU_IntLE(this, value, offset, 4, 0, 0xffffffff); }
function writeUInt32BE(value, offset = 0) { return writeU_IntBE(this, value, offset, 4, 0, 0xffffffff); }
function writeInt32LE(value, offset = 0) {
  return writeU_IntLE(this, value, offset, 4, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return writeU_IntBE(this, value, offset, 4, -0x80000000, 0x7fffffff);
}

function writeBig64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  // BigInt arithmetic throws a TypeError for a Number value, as in Node.
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[offset + (le ? i : 7 - i)] = lo >>> (i * 8);
    buf[offset + (le ? 4 + i : 3 - i)] = hi >>> (i * 8);
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

// ---- the encoding methods (buf.utf8Slice, buf.hexWrite, ...) ----

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// Node's ParseArrayIndex: undefined gives the default, negatives throw.
function arrayIndex(value, def) {
  if (value === undefined) return def;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

// Decodes view[start..end) in encoding id `enc` (start/end already valid),
// throwing ERR_STRING_TOO_LONG where Node would.
// Short utf8/latin1/ascii work is done here in JS: a binding call costs
// about a microsecond (JavaScriptCore drops and retakes its lock around every
// C callback), several times what a short loop costs.
const kSmall = 64;

let hexPairs; // '00'..'ff', built on first use

// The decoded string, or undefined when the utf8 fast path does not apply.
function decodeSmall(view, enc, start, end) {
  let out = '';
  if (enc === binding.kHex) {
    if (hexPairs === undefined) {
      hexPairs = [];
      for (let i = 0; i < 256; i++) hexPairs.push((i < 16 ? '0' : '') + i.toString(16));
    }
    for (let i = start; i < end; i++) out += hexPairs[view[i]];
  } else if (enc === binding.kUtf8) {
    for (let i = start; i < end; i++) {
      const c = view[i];
      if (c > 0x7f) return undefined;
      out += String.fromCharCode(c);
    }
  } else if (enc === binding.kLatin1) {
    for (let i = start; i < end; i++) out += String.fromCharCode(view[i]);
  } else {
    for (let i = start; i < end; i++) out += String.fromCharCode(view[i] & 0x7f);
  }
  return out;
}

// Bytes written, or -1 when the utf8 fast path does not apply (non-ASCII).
function writeSmall(view, string, enc, offset, max) {
  const n = string.length < max ? string.length : max;
  if (enc === binding.kUtf8) {
    for (let i = 0; i < n; i++) {
      if (string.charCodeAt(i) > 0x7f) return -1;
    }
  }
  for (let i = 0; i < n; i++) view[offset + i] = string.charCodeAt(i);
  return n;
}

function isSmallEnc(enc) {
  return enc === binding.kUtf8 || enc === binding.kLatin1 || enc === binding.kAscii;
}
function isSmallDecodeEnc(enc) { return isSmallEnc(enc) || enc === binding.kHex; }

// Writes string in encoding id `enc` into view[offset..offset+max); offset
// and max already valid. Returns the bytes written.
function encodeRange(view, string, enc, offset, max) {
  if (string.length <= kSmall && isSmallEnc(enc) && view instanceof Uint8Array) {
    const w = writeSmall(view, string, enc, offset, max);
    if (w >= 0) return w;
  }
  return binding.write(asBytes(view), string, enc, offset, max);
}

function decodeRange(view, enc, start, end) {
  const n = end - start;
  if (n <= kSmall && isSmallDecodeEnc(enc) && view instanceof Uint8Array) {
    const str = decodeSmall(view, enc, start, end);
    if (str !== undefined) return str;
  }
  const chars = enc === binding.kHex ? n * 2 :
    (enc === binding.kBase64 || enc === binding.kBase64url) ? Math.ceil(n / 3) * 4 :
      enc === binding.kUcs2 ? n >>> 1 : n;
  if (chars > kStringMaxLength) throw new ERR_STRING_TOO_LONG(kStringMaxLength.toString(16));
  return binding.slice(asBytes(view), enc, start, end);
}

function makeSlice(enc) {
  return function slice(start, end) {
    const len = this.length;
    if (len === 0) return '';
    start = arrayIndex(start, 0);
    end = arrayIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return decodeRange(this, enc, start, end);
  };
}

function makeWrite(enc) {
  return function write(string, offset, length) {
    if (typeof string !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const len = this.length;
    offset = arrayIndex(offset, 0);
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    length = arrayIndex(length, len - offset);
    if (length > len - offset) length = len - offset;
    if (length === 0) return 0;
    return encodeRange(this, string, enc, offset, length);
  };
}

const encodingMethods = {
  ascii: binding.kAscii,
  base64: binding.kBase64,
  base64url: binding.kBase64url,
  hex: binding.kHex,
  latin1: binding.kLatin1,
  ucs2: binding.kUcs2,
  utf8: binding.kUtf8,
};

function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    readUIntLE, readUIntBE, readIntLE, readIntBE,
    readUInt8, readUInt16LE, readUInt16BE, readUInt32LE, readUInt32BE,
    readInt8, readInt16LE, readInt16BE, readInt32LE, readInt32BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
    writeUInt8, writeUInt16LE, writeUInt16BE, writeUInt32LE, writeUInt32BE,
    writeInt8, writeInt16LE, writeInt16BE, writeInt32LE, writeInt32BE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  };
  for (const [name, fn] of Object.entries(methods)) {
    proto[name] = fn;
    // Node also spells every "UInt" method "Uint".
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = fn;
  }
  for (const [name, enc] of Object.entries(encodingMethods)) {
    proto[`${name}Slice`] = makeSlice(enc);
    proto[`${name}Write`] = makeWrite(enc);
  }
}

// ---- isUtf8 / isAscii ----

function checkValidatable(input) {
  if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const ab = isAnyArrayBuffer(input) ? input : input.buffer;
  if (ab.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
  return isAnyArrayBuffer(input) ? input : asBytes(input);
}
function isUtf8(input) { return binding.isUtf8(checkValidatable(input)); }
function isAscii(input) { return binding.isAscii(checkValidatable(input)); }

// ---- atob / btoa: the WHATWG forgiving-base64 rules, DOMException errors ----

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return binding.slice(binding.encode(input, binding.kLatin1), binding.kBase64, 0, input.length);
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let dataChars = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (isAsciiWhitespace(c)) continue;
    const isAlpha = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2B || c === 0x2F;
    dataChars++;
    if (c === 0x3D) {
      equals++;
      if (equals > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    } else if (!isAlpha || equals > 0) {
      // unknown character, or data after the padding
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  let rest = dataChars % 4;
  if (rest === 0) {
    rest = (dataChars - equals) % 4;
  } else if (equals > 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (rest === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
      'InvalidCharacterError');
  }
  const bytes = binding.encode(input, binding.kBase64);
  return binding.slice(bytes, binding.kLatin1, 0, bytes.length);
}

// Node allocates without zero-filling here; JSC always zero-fills.
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// Pooled memory must never be detached by a transfer (postMessage) while
// other Buffers share it.
function markAsUntransferable(obj) {
  binding.markAsUntransferable(obj);
  return obj;
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  asBytes,
  atob,
  btoa,
  isAscii,
  isUtf8,
  boundsError,
  checkBounds,
  checkInt,
  codedError,
  createUnsafeBuffer,
  decodeRange,
  encodeRange,
  kStringMaxLength,
  markAsUntransferable,
  readUInt8,
  writeUInt8,
};
