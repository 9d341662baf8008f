// string_decoder.js — node:string_decoder: decodes a byte stream chunk by
// chunk without splitting characters. Bytes that may still become part of a
// character are held back (lastChar/lastNeed/lastTotal), so joining every
// write() and end() gives the same string as decoding all bytes at once.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding: normalize } = require('internal/util');
const { Buffer } = require('buffer');
const { asBytes, decodeRange } = require('internal/buffer');

const kState = Symbol('kState');

function normalizeEncoding(enc) {
  const nenc = normalize(enc);
  if (nenc === undefined) {
    // a user-patched Buffer.isEncoding may accept more names
    if (Buffer.isEncoding === isEncodingBuiltin || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return nenc;
}
const isEncodingBuiltin = Buffer.isEncoding;

const encIds = {
  __proto__: null,
  utf8: binding.kUtf8,
  utf16le: binding.kUcs2,
  latin1: binding.kLatin1,
  ascii: binding.kAscii,
  base64: binding.kBase64,
  base64url: binding.kBase64url,
  hex: binding.kHex,
};

class DecoderState {
  constructor(encoding) {
    this.enc = encIds[encoding];
    this.lastChar = Buffer.alloc(4);
    this.buffered = 0; // bytes held in lastChar
    this.total = 0; // bytes the held character needs in all
  }
}

// UTF-8, with Node's chunking rule so each write() returns what Node's does:
// a chunk ending in a lead byte (0xC0-0xF7) and fewer continuation bytes than
// it announces holds those bytes back; they are decoded, valid or not, once
// enough bytes arrive or a byte that cannot continue them does. Joined output
// always equals one-shot decoding.
function utf8HeldTail(st, bytes, start, end) {
  for (let i = end - 1, n = 1; i >= start; i--, n++) {
    const b = bytes[i];
    if ((b & 0xC0) === 0x80) {
      if (n >= 4 || i === start) return 0;
      continue;
    }
    let total;
    if ((b & 0xE0) === 0xC0) total = 2;
    else if ((b & 0xF0) === 0xE0) total = 3;
    else if ((b & 0xF8) === 0xF0) total = 4;
    else return 0;
    if (n >= total) return 0;
    st.total = total;
    return n;
  }
  return 0;
}

function decodeUtf8(st, bytes) {
  let prefix = '';
  let i = 0;
  if (st.buffered > 0) {
    while (st.buffered < st.total && i < bytes.length) {
      if ((bytes[i] & 0xC0) !== 0x80) {
        st.total = st.buffered; // cut short: decode what was held as it is
        break;
      }
      st.lastChar[st.buffered++] = bytes[i++];
    }
    if (st.buffered < st.total) return '';
    prefix = decodeRange(st.lastChar, binding.kUtf8, 0, st.buffered);
    st.buffered = st.total = 0;
  }
  const held = utf8HeldTail(st, bytes, i, bytes.length);
  const end = bytes.length - held;
  for (let k = 0; k < held; k++) st.lastChar[k] = bytes[end + k];
  st.buffered = held;
  if (held === 0) st.total = 0;
  return end > i ? prefix + decodeRange(bytes, binding.kUtf8, i, end) : prefix;
}

// UTF-16LE, as Node's decoder does it: an odd last byte waits for its
// partner; a chunk of whole units ending in a high surrogate holds that
// surrogate back until two more bytes arrive.
function isHighSurrogateAt(bytes, i) {
  return (bytes[i + 1] & 0xFC) === 0xD8;
}

function decodeUtf16(st, bytes) {
  let prefix = '';
  let i = 0;
  while (st.buffered > 0) {
    while (st.buffered < st.total && i < bytes.length) st.lastChar[st.buffered++] = bytes[i++];
    if (st.buffered < st.total) return '';
    if (st.total === 2 && isHighSurrogateAt(st.lastChar, 0)) {
      st.total = 4;
      continue;
    }
    prefix = decodeRange(st.lastChar, binding.kUcs2, 0, st.total);
    st.buffered = st.total = 0;
  }
  let end = bytes.length;
  if ((end - i) % 2 === 1) {
    end--;
    st.lastChar[0] = bytes[end];
    st.buffered = 1;
    st.total = 2;
  } else if (end - i >= 2 && isHighSurrogateAt(bytes, end - 2)) {
    end -= 2;
    st.lastChar[0] = bytes[end];
    st.lastChar[1] = bytes[end + 1];
    st.buffered = 2;
    st.total = 4;
  }
  return end > i ? prefix + decodeRange(bytes, binding.kUcs2, i, end) : prefix;
}

// base64: whole 3-byte groups now, the rest (with padding) at end().
function decodeBase64(st, bytes) {
  let all = bytes;
  if (st.buffered > 0) {
    all = new Uint8Array(st.buffered + bytes.length);
    all.set(st.lastChar.subarray(0, st.buffered), 0);
    all.set(bytes, st.buffered);
    st.buffered = st.total = 0;
  }
  const held = all.length % 3;
  const end = all.length - held;
  if (held > 0) {
    for (let k = 0; k < held; k++) st.lastChar[k] = all[end + k];
    st.buffered = held;
    st.total = 3;
  }
  return end > 0 ? decodeRange(all, st.enc, 0, end) : '';
}

function decode(st, buf) {
  const bytes = asBytes(buf);
  switch (st.enc) {
    case binding.kUtf8: return decodeUtf8(st, bytes);
    case binding.kUcs2: return decodeUtf16(st, bytes);
    case binding.kBase64:
    case binding.kBase64url: return decodeBase64(st, bytes);
    default: return decodeRange(bytes, st.enc, 0, bytes.length);
  }
}

function flush(st) {
  if (st.buffered === 0) return '';
  const n = st.buffered;
  st.buffered = st.total = 0;
  switch (st.enc) {
    case binding.kUcs2: return decodeRange(st.lastChar, binding.kUcs2, 0, n & ~1);
    default: return decodeRange(st.lastChar, st.enc, 0, n);
  }
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  // hidden from inspection, like the rest of the decoder's internals
  Object.defineProperty(this, kState, { value: new DecoderState(this.encoding), writable: true });
}

function validateBuf(buf) {
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  validateBuf(buf);
  if (!this[kState]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kState], buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (!this[kState]) throw new ERR_INVALID_THIS('StringDecoder');
  return ret + flush(this[kState]);
};

// Legacy: decodes buf from offset with any held bytes dropped.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kState].buffered = this[kState].total = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].lastChar; },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].total - this[kState].buffered; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].total; },
  },
});

module.exports = { StringDecoder };
