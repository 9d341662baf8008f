// encoding.js — node:internal/encoding: the WHATWG TextEncoder and
// TextDecoder (globals, and util.TextEncoder/TextDecoder). Decodes utf-8,
// utf-16le, utf-16be and windows-1252 (the "latin1"/"ascii" labels), with
// fatal, ignoreBOM and streaming; other labels throw
// ERR_ENCODING_NOT_SUPPORTED, as a Node built without ICU does.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { decodeRange } = require('internal/buffer');

const kSmallString = 64;

// ---- labels (https://encoding.spec.whatwg.org/#names-and-labels) ----

const labels = { __proto__: null };
function addLabels(name, list) {
  for (const label of list) labels[label] = name;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

// Leading and trailing ASCII whitespace is not part of a label.
function getEncodingFromLabel(label) {
  const name = labels[label];
  if (name !== undefined) return name;
  return labels[label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

// windows-1252 differs from latin1 only in 0x80-0x9F.
const cp1252High = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];
const cp1252Re = /[\x80-\x9f]/g;
function cp1252Char(c) { return String.fromCharCode(cp1252High[c.charCodeAt(0) - 0x80]); }

function isAnyArrayBuffer(v) { return binding.isAnyArrayBuffer(v); }

function toBytes(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  // a detached ArrayBuffer decodes as empty
  if (isAnyArrayBuffer(input)) return input.detached ? new Uint8Array(0) : new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Bytes at the end of bytes[0..end) that begin a UTF-8 sequence and may still
// be completed (the WHATWG decoder would wait for more input).
function utf8PendingTail(bytes, end) {
  for (let k = 1; k <= 3 && k <= end; k++) {
    const b = bytes[end - k];
    if ((b & 0xC0) === 0x80) continue;
    let total = 0;
    if (b >= 0xC2 && b <= 0xDF) total = 2;
    else if (b >= 0xE0 && b <= 0xEF) total = 3;
    else if (b >= 0xF0 && b <= 0xF4) total = 4;
    if (total <= k) return 0;
    if (k >= 2) {
      const c = bytes[end - k + 1];
      const lo = b === 0xE0 ? 0xA0 : b === 0xF0 ? 0x90 : 0x80;
      const hi = b === 0xED ? 0x9F : b === 0xF4 ? 0x8F : 0xBF;
      if (c < lo || c > hi) return 0;
    }
    return k;
  }
  return 0;
}

function wellFormed(str) {
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\ufffd');
}
function isWellFormed(str) {
  if (typeof str.isWellFormed === 'function') return str.isWellFormed();
  return wellFormed(str) === str;
}

const kState = Symbol('kState');
const kFlagsSymbol = Symbol('flags');
const kHandleSymbol = Symbol('handle');

let inspectFn;
function lazyInspect() {
  return (inspectFn ??= require('internal/util/inspect').inspect);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined && options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: new Uint8Array(0), // bytes held for the next call in a stream
      bomSeen: false, // whether the stream's start (and any BOM) is behind us
    };
  }

  get encoding() { return state(this).encoding; }
  get fatal() { return state(this).fatal; }
  get ignoreBOM() { return state(this).ignoreBOM; }

  decode(input = undefined, options = undefined) {
    const st = state(this);
    let bytes = input === undefined ? new Uint8Array(0) : toBytes(input);
    if (options !== undefined && options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const stream = Boolean(options?.stream);
    bytes = concatBytes(st.pending, bytes);
    st.pending = new Uint8Array(0);
    let str;
    try {
      str = decodeChunk(st, bytes, stream);
    } finally {
      if (!stream) {
        st.pending = new Uint8Array(0);
        st.bomSeen = false;
      }
    }
    if (!st.bomSeen && str.length > 0) {
      st.bomSeen = stream;
      if (!st.ignoreBOM && str.charCodeAt(0) === 0xFEFF) str = str.slice(1);
    }
    return str;
  }

  [customInspectSymbol](depth, options) {
    const st = state(this);
    if (typeof depth === 'number' && depth < 0) return this;
    // Shown as a plain object with TextDecoder's name in front; the hidden
    // fields mirror Node's internals (flags: 1 fatal, 2 BOM seen, 4 ignoreBOM).
    const obj = { __proto__: { constructor: TextDecoder } };
    obj.encoding = st.encoding;
    obj.fatal = st.fatal;
    obj.ignoreBOM = st.ignoreBOM;
    if (options?.showHidden) {
      obj[kFlagsSymbol] = (st.fatal ? 1 : 0) | (st.bomSeen ? 2 : 0) | (st.ignoreBOM ? 4 : 0);
      obj[kHandleSymbol] = undefined;
    }
    return `TextDecoder ${lazyInspect()(obj)}`;
  }
}

function state(self) {
  const st = self != null ? self[kState] : undefined;
  if (st === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return st;
}

// Decodes a chunk (held bytes already in front); leaves the bytes a stream
// must wait on in st.pending.
function decodeChunk(st, bytes, stream) {
  let end = bytes.length;
  switch (st.encoding) {
    case 'utf-8': {
      let tail = utf8PendingTail(bytes, end);
      if (!stream && tail > 0) {
        if (st.fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(st.encoding);
        tail = 0; // the incomplete sequence decodes to U+FFFD
      }
      end -= tail;
      st.pending = bytes.slice(end);
      const body = end === bytes.length ? bytes : bytes.subarray(0, end);
      if (st.fatal && !binding.isUtf8(body)) {
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(st.encoding);
      }
      return decodeRange(body, binding.kUtf8, 0, end);
    }
    case 'utf-16le':
    case 'utf-16be': {
      if (stream) {
        if (end % 2 === 1) end--;
        if (end >= 2) {
          const hiByte = st.encoding === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
          if ((hiByte & 0xFC) === 0xD8) end -= 2; // a high surrogate waits for its pair
        }
        st.pending = bytes.slice(end);
      }
      let units = bytes.subarray(0, end - (end % 2));
      if (st.encoding === 'utf-16be') {
        units = units.slice();
        binding.swap16(units);
      }
      let str = binding.slice(units, binding.kUcs2, 0, units.length);
      const odd = !stream && end % 2 === 1;
      if (st.fatal && (odd || !isWellFormed(str))) {
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(st.encoding);
      }
      str = wellFormed(str);
      return odd ? `${str}\ufffd` : str;
    }
    default: // windows-1252
      return binding.slice(bytes, binding.kLatin1, 0, end).replace(cp1252Re, cp1252Char);
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
});

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    const str = `${input}`;
    if (str.length <= kSmallString) {
      // short ASCII text is copied here: cheaper than a binding call
      const out = new Uint8Array(str.length);
      let i = 0;
      for (; i < str.length; i++) {
        const c = str.charCodeAt(i);
        if (c > 0x7f) break;
        out[i] = c;
      }
      if (i === str.length) return out;
    }
    return binding.encode(str, binding.kUtf8);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [customInspectSymbol](depth, options) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: TextEncoder } };
    obj.encoding = 'utf-8';
    return lazyInspect()(obj, options);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
});

module.exports = { TextDecoder, TextEncoder, getEncodingFromLabel };
