// buffer.js — node:buffer: the Buffer class (a Uint8Array subclass whose
// prototype C also uses, see ct_js_buffer_take), allocation with Node's 8 KiB
// pool, encodings, search/compare/fill, atob/btoa, transcode, isUtf8/isAscii.
// The byte work is in src/core/buffer.c; Blob and File are in internal/blob.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray, validateBuffer, validateNumber, validateString,
} = require('internal/validators');
const {
  customInspectSymbol, isInsideNodeModules, normalizeEncoding,
} = require('internal/util');
const {
  FastBuffer, addBufferPrototypeMethods, asBytes, atob, btoa, createUnsafeBuffer, decodeRange,
  encodeRange,
  isAscii, isUtf8, kStringMaxLength, markAsUntransferable,
} = require('internal/buffer');

// JavaScriptCore's ArrayBuffer limit (4 GiB), the same as Node 20's.
const kMaxLength = 2 ** 32;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

function isUint8Array(v) { return v instanceof Uint8Array; }
const isAnyArrayBuffer = binding.isAnyArrayBuffer;

// ---- per-encoding operations ----

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(encoding, encodingVal, byteLength) {
  return {
    encoding,
    encodingVal,
    byteLength,
    write: (buf, string, offset, len) => encodeRange(buf, string, encodingVal, offset, len),
    slice: (buf, start, end) => decodeRange(buf, encodingVal, start, end),
    indexOf: (buf, val, byteOffset, dir) => {
      // Node searches utf8/ucs2/latin1 needles as strings, the others as the
      // bytes they decode to.
      if (encodingVal === binding.kUtf8 || encodingVal === binding.kUcs2 ||
          encodingVal === binding.kLatin1) {
        return binding.indexOfString(asBytes(buf), val, byteOffset, encodingVal, dir);
      }
      return binding.indexOfBuffer(asBytes(buf), binding.encode(val, encodingVal),
        byteOffset, encodingVal, dir);
    },
  };
}

const encodingOps = {
  utf8: makeOps('utf8', binding.kUtf8, (s) => binding.byteLengthUtf8(s)),
  utf16le: makeOps('utf16le', binding.kUcs2, (s) => s.length * 2),
  latin1: makeOps('latin1', binding.kLatin1, (s) => s.length),
  ascii: makeOps('ascii', binding.kAscii, (s) => s.length),
  base64: makeOps('base64', binding.kBase64, (s) => base64ByteLength(s, s.length)),
  base64url: makeOps('base64url', binding.kBase64url, (s) => base64ByteLength(s, s.length)),
  hex: makeOps('hex', binding.kHex, (s) => s.length >>> 1),
};

function getEncodingOps(encoding) {
  encoding += '';
  const name = normalizeEncoding(encoding);
  return name === undefined ? undefined : encodingOps[name];
}

// ---- allocation: small buffers share an 8 KiB pool, as in Node ----

let poolSize, poolOffset, allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = markAsUntransferable(createUnsafeBuffer(poolSize).buffer);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, ops) {
  const half = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= half) return fromStringSlow(string, ops);
  length *= 4; // at most 4 bytes per UTF-16 unit in every encoding
  if (length >= half) length = ops.byteLength(string);
  if (length >= half) return fromStringSlow(string, ops, length);
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromStringSlow(string, ops, length = ops.byteLength(string)) {
  const b = createUnsafeBuffer(length);
  const actual = ops.write(b, string, 0, length);
  // byteLength overestimates base64 with junk characters and odd hex
  return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return FastBuffer.from(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// ---- the Buffer function ----

let bufferWarningEmitted = false;
let nodeModulesCheckCounter = 0;
function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesCheckCounter > 10000 || isInsideNodeModules()) return;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  assertSize(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  // a pooled buffer may hold old bytes past what the list filled
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

Buffer.poolSize = 8 * 1024;

// Buffer.prototype is FastBuffer.prototype: every FastBuffer is a Buffer.
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);
createPool();

Object.defineProperty(Buffer.prototype, 'parent', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

// ---- copy ----

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return (n % 1) === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  Uint8Array.prototype.set.call(target, source, targetStart);
  return nb;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

// ---- toString, equals, compare, inspect ----

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return decodeRange(this, binding.kUtf8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decodeRange(this, binding.kUtf8, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};
Buffer.prototype.toLocaleString = Buffer.prototype.toString;

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

let utilInspect;
function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.slice(this, binding.kHex, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown after the bytes.
  if (ctx) {
    const obj = { __proto__: null };
    let extras = false;
    const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
    for (const key of keys) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (!ctx.showHidden && typeof key === 'symbol' &&
          !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      utilInspect ??= require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      // strips "[Object: null prototype] {" and " }"
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Buffer.prototype[customInspectSymbol] = inspectBuffer;
Buffer.prototype.inspect = inspectBuffer;

// ---- search ----

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  // undefined, 'foo', {} and other NaN offsets search the whole buffer
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return binding.indexOfNumber(asBytes(buffer), val >>> 0, byteOffset, dir);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? binding.kUtf8 : ops.encodingVal;
    return binding.indexOfBuffer(asBytes(buffer), val, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- fill and write ----

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0; // an empty string zero-fills, as it always has in Node
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end - offset + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
  } else {
    const encVal = encoding === undefined ? binding.kUtf8 : encodingOps[encoding].encodingVal;
    if (typeof value !== 'string' && !ArrayBuffer.isView(value)) value = +value;
    else if (ArrayBuffer.isView(value)) value = asBytes(value);
    const res = binding.fill(asBytes(buf), value, offset, end, encVal);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') return this.utf8Write(string, offset, length); // throws
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
};

function adjustOffset(offset, length) {
  // Math.trunc keeps offsets above 2^31 intact, unlike `| 0`
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

Buffer.prototype.slice = function slice(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

// ---- byte swapping: small buffers in JS, larger in C ----

function swapN(buf, width, name) {
  const len = buf.length;
  if (len % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(name);
  if (len < 128) {
    for (let i = 0; i < len; i += width) {
      for (let a = i, b = i + width - 1; a < b; a++, b--) {
        const t = buf[a];
        buf[a] = buf[b];
        buf[b] = t;
      }
    }
    return buf;
  }
  binding[`swap${width * 8}`](asBytes(buf));
  return buf;
}
Buffer.prototype.swap16 = function swap16() { return swapN(this, 2, '16-bits'); };
Buffer.prototype.swap32 = function swap32() { return swapN(this, 4, '32-bits'); };
Buffer.prototype.swap64 = function swap64() { return swapN(this, 8, '64-bits'); };

// ---- transcode ----

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const supported = ['ascii', 'latin1', 'utf16le', 'utf8'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = encodingOps[from].slice(source, 0, source.length);
  // ICU substitutes '?' for characters the target cannot hold
  if (to === 'ascii') str = str.replace(/[^\x00-\x7f]/g, '?');
  else if (to === 'latin1') str = str.replace(/[^\x00-\xff]/gu, '?');
  return fromStringSlow(str, encodingOps[to]);
}

let blobModule;
function lazyBlob() { return (blobModule ??= require('internal/blob')); }

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

Object.defineProperties(module.exports, {
  // not Node API: lets bindings-side code reach the class without internals
  FastBuffer: { configurable: true, enumerable: false, writable: true, value: FastBuffer },
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: { configurable: true, enumerable: true, get() { return lazyBlob().Blob; } },
  File: { configurable: true, enumerable: true, get() { return lazyBlob().File; } },
  resolveObjectURL: {
    configurable: true, enumerable: true, get() { return lazyBlob().resolveObjectURL; },
  },
});
