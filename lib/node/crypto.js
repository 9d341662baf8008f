// crypto.js — node:crypto on OpenSSL's libcrypto (internalBinding('crypto'),
// src/core/crypto.c): createHash / createHmac, createCipheriv /
// createDecipheriv (streams too), randomBytes, randomFill(Sync), randomInt,
// randomUUID, getRandomValues, pbkdf2(Sync), scrypt(Sync), hkdf(Sync),
// timingSafeEqual, getHashes, getCiphers, and the web-crypto subset
// (globalThis.crypto: getRandomValues, randomUUID). Node's argument checks
// and error codes are here.
//
// Differences from Node: pbkdf2, scrypt and hkdf compute on the calling
// thread and call back on a later tick (Node uses its threadpool); key
// objects, signatures, Diffie-Hellman and crypto.subtle are not provided.
'use strict';

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateInt32, validateNumber, validateObject, validateString } =
  require('internal/validators');

const kMaxLength = 2147483647;
let Transform; // node:stream, loaded when a hash is first used as a stream

// ---- data arguments ----
function isBytes(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
}

// string (in `encoding`) or bytes → bytes; Node's message names `name`
function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// passwords, salts and keys: strings, views or ArrayBuffers
function keyBytes(v, name) {
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  if (ArrayBuffer.isView(v)) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
}

function encodeOut(buf, encoding) {
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

// ---- Hash and Hmac: update/digest objects that are also Transform streams,
// made streams only when used as one (as Node's LazyTransform) ----
function ensureStream(self) {
  if (self._streamReady) return;
  Transform ??= require('stream').Transform;
  self._streamReady = true;
  Transform.call(self, self._streamOptions);
}

function lazyStreamProto(proto) {
  Transform ??= require('stream').Transform;
  Object.setPrototypeOf(proto, Transform.prototype);
  for (const key of ['_readableState', '_writableState', '_transformState']) {
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: true,
      get() {
        ensureStream(this);
        const own = Object.getOwnPropertyDescriptor(this, key); // undefined while Transform runs
        return own && own.value;
      },
      set(value) {
        Object.defineProperty(this, key, { value, configurable: true, enumerable: true, writable: true });
      },
    });
  }
  proto._transform = function _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  };
  proto._flush = function _flush(callback) {
    this.push(this.digest());
    callback();
  };
}

function Hash(algorithm, options, handle) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (handle === undefined) {
    validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    handle = binding.hashNew(algorithm);
    if (handle === null) throw new Error('Digest method not supported');
  }
  const outputLength = options && options.outputLength;
  if (outputLength !== undefined) validateInt32(outputLength, 'options.outputLength', 0);
  this._handle = handle;
  this._outputLength = outputLength;
  this._finalized = false;
  this._streamOptions = options;
  this._streamReady = false;
}

Hash.prototype.update = function update(data, encoding) {
  if (this._finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.update(this._handle, toBytes(data, encoding, 'data'));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this._finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  this._finalized = true;
  return encodeOut(binding.digest(this._handle, this._outputLength), outputEncoding);
};

Hash.prototype.copy = function copy(options) {
  if (this._finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(undefined, options ?? { outputLength: this._outputLength }, binding.copy(this._handle));
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const k = key !== null && typeof key === 'object' && key.type === 'secret' && key._bytes ? key._bytes :
    keyBytes(key, 'key');
  const handle = binding.hmacNew(hmac, k);
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this._handle = handle;
  this._finalized = false;
  this._streamOptions = options;
  this._streamReady = false;
}

Hmac.prototype.update = Hash.prototype.update;

// a second digest() gives an empty result, as in Node
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this._finalized) return encodeOut(Buffer.alloc(0), outputEncoding);
  this._finalized = true;
  return encodeOut(binding.digest(this._handle), outputEncoding);
};

// ---- ciphers ----
function Cipheriv(cipher, key, iv, options, decipher) {
  validateString(cipher, 'cipher');
  const k = keyBytes(key, 'key');
  const v = iv === null ? null : keyBytes(iv, 'iv');
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const tagLength = options && options.authTagLength;
  if (tagLength !== undefined) validateInt32(tagLength, 'options.authTagLength', 1, 16);
  const handle = binding.cipherNew(cipher, k, v, !decipher, tagLength);
  if (handle === null) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (handle === 'keylen') throw new ERR_CRYPTO_INVALID_KEYLEN();
  if (handle === 'iv') throw new ERR_CRYPTO_INVALID_IV();
  this._handle = handle;
  this._finalized = false;
  this._decoder = null;
  this._streamOptions = options;
  this._streamReady = false;
}

function cipherOut(self, buf, outputEncoding) {
  if (outputEncoding === undefined || outputEncoding === 'buffer') return buf;
  // a multi-byte encoding may split a character across calls
  if (self._decoder === null || self._decoder.encoding !== outputEncoding) {
    const { StringDecoder } = require('string_decoder');
    self._decoder = new StringDecoder(outputEncoding);
    self._decoder.encoding = outputEncoding;
  }
  return self._decoder.write(buf);
}

Cipheriv.prototype.update = function update(data, inputEncoding, outputEncoding) {
  if (this._finalized) throw new Error('Trying to add data in unsupported state');
  return cipherOut(this, binding.cipherUpdate(this._handle, toBytes(data, inputEncoding, 'data')), outputEncoding);
};

Cipheriv.prototype.final = function final(outputEncoding) {
  if (this._finalized) {
    // Node's C++ throws this one, with the short text
    const err = new ERR_CRYPTO_INVALID_STATE('final');
    err.message = 'Invalid state';
    throw err;
  }
  this._finalized = true;
  const out = binding.cipherFinal(this._handle);
  if (outputEncoding === undefined || outputEncoding === 'buffer') return out;
  const text = cipherOut(this, out, outputEncoding);
  return text + this._decoder.end();
};

Cipheriv.prototype.setAutoPadding = function setAutoPadding(autoPadding = true) {
  if (this._finalized || !binding.cipherCtl(this._handle, 'padding', Boolean(autoPadding))) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
};

Cipheriv.prototype.setAAD = function setAAD(buffer, options) {
  if (this._finalized || !binding.cipherCtl(this._handle, 'aad', toBytes(buffer, undefined, 'buffer'))) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  return this;
};

Cipheriv.prototype._transform = function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
};

Cipheriv.prototype._flush = function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options, false);
}

function Decipheriv(cipher, key, iv, options) {
  Cipheriv.call(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, Cipheriv.prototype);

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// AEAD tags: read after final() when encrypting, set before final() when
// decrypting
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = this._finalized ? binding.cipherCtl(this._handle, 'getTag') : false;
  if (tag === false) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return tag;
};

Decipheriv.prototype.getAuthTag = undefined;

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = toBytes(tagbuf, encoding, 'buffer');
  if (this._finalized || !binding.cipherCtl(this._handle, 'setTag', tag)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  return this;
};

let ciphers;
function getCiphers() {
  ciphers ??= [...new Set(binding.ciphers().map((n) => n.toLowerCase()))].filter((n) => /^[\w.-]+$/.test(n)).sort();
  return ciphers.slice();
}

lazyStreamProto(Hash.prototype);
lazyStreamProto(Hmac.prototype);
lazyStreamProto(Cipheriv.prototype);
// Decipheriv inherits from Cipheriv.prototype (and so from Transform)

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding = 'hex']) (Node 21.7)
function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  return new Hash(algorithm).update(data).digest(outputEncoding);
}

let hashes;
function getHashes() {
  hashes ??= [...new Set(binding.hashes())].filter((n) => /^[\w.-]+$/.test(n) && binding.hashNew(n) !== null)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return hashes.slice();
}

// ---- randomness ----
function validateSize(size, name = 'size', max = kMaxLength) {
  validateNumber(size, name);
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${max}`, size);
  }
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  binding.randomFill(buf, 0, size);
  if (callback === undefined) return buf;
  process.nextTick(callback, null, buf);
  return undefined;
}

function viewOf(buf, name) {
  if (!isBytes(buf)) throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'ArrayBufferView'], buf);
  return buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function randomFillSync(buf, offset = 0, size) {
  const u8 = viewOf(buf, 'buf');
  const elem = ArrayBuffer.isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  validateSize(offset, 'offset', u8.length / elem);
  offset *= elem;
  if (size === undefined) size = u8.length - offset;
  else {
    validateSize(size, 'size', (u8.length - offset) / elem);
    size *= elem;
  }
  binding.randomFill(u8, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') [offset, size, callback] = [0, undefined, offset];
  else if (typeof size === 'function') [size, callback] = [undefined, size];
  validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  process.nextTick(callback, null, buf);
}

// randomInt([min, ]max[, callback]): uniform in [min, max), by rejection
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= 2 ** 48 - 1)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${2 ** 48 - 1}`, range);
  }
  const limit = 2 ** 48 - (2 ** 48 % range);
  const six = Buffer.alloc(6);
  let x;
  do {
    binding.randomFill(six, 0, 6);
    x = six.readUIntBE(0, 6);
  } while (x >= limit);
  const n = min + (x % range);
  if (callback === undefined) return n;
  process.nextTick(callback, null, n);
  return undefined;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = Buffer.alloc(16);
  binding.randomFill(b, 0, 16);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Web Crypto's getRandomValues: integer typed arrays up to 64 KiB
function getRandomValues(data) {
  if (!ArrayBuffer.isView(data) || data instanceof DataView || data instanceof Float32Array ||
      data instanceof Float64Array) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes ` +
      'of entropy available via this API (65536)', 'QuotaExceededError');
  }
  binding.randomFill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, data.byteLength);
  return data;
}

// ---- key derivation ----
function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const pass = keyBytes(password, 'password');
  const s = keyBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  const out = binding.pbkdf2(pass, s, iterations, keylen, digest);
  if (out === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return out;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  validateFunction(callback, 'callback');
  const out = pbkdf2Sync(password, salt, iterations, keylen, digest);
  process.nextTick(callback, null, out);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  const o = { ...scryptDefaults };
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
    for (const [long, short] of [['cost', 'N'], ['blockSize', 'r'], ['parallelization', 'p']]) {
      if (options[long] !== undefined && options[short] !== undefined) {
        const { ERR_INCOMPATIBLE_OPTION_PAIR } = require('internal/errors').codes;
        if (ERR_INCOMPATIBLE_OPTION_PAIR) throw new ERR_INCOMPATIBLE_OPTION_PAIR(long, short);
      }
      const v = options[long] ?? options[short];
      if (v !== undefined) {
        validateSize(v, long === 'cost' && options[long] === undefined ? short : long, 2 ** 32 - 1);
        o[short] = v;
      }
    }
    if (options.maxmem !== undefined) {
      validateSize(options.maxmem, 'maxmem', Number.MAX_SAFE_INTEGER);
      o.maxmem = options.maxmem;
    }
  }
  if (o.N < 2 || (o.N & (o.N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('N must be > 1 and a power of 2');
  return o;
}

function scryptSync(password, salt, keylen, options) {
  const pass = keyBytes(password, 'password');
  const s = keyBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const o = scryptParams(options);
  const out = binding.scrypt(pass, s, o.N, o.r, o.p, o.maxmem, keylen);
  if (out === null) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('Invalid scrypt params: memory limit exceeded');
  return out;
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let out;
  try {
    out = scryptSync(password, salt, keylen, options);
  } catch (err) {
    if (err.code === 'ERR_INVALID_ARG_TYPE' || err.code === 'ERR_OUT_OF_RANGE') throw err;
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, out);
}

// HKDF (RFC 5869): an ArrayBuffer of keylen bytes
function hkdfSync(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const k = keyBytes(ikm, 'ikm');
  const s = keyBytes(salt, 'salt');
  const i = keyBytes(info, 'info');
  validateInt32(keylen, 'length', 0);
  if (i.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', i.byteLength);
  }
  const out = binding.hkdf(digest, k, s, i, keylen);
  if (out === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  validateFunction(callback, 'callback');
  const out = hkdfSync(digest, ikm, salt, info, keylen);
  process.nextTick(callback, null, out);
}

function timingSafeEqual(buf1, buf2) {
  if (!isBytes(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf1);
  if (!isBytes(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf2);
  const a = viewOf(buf1, 'buf1'), b = viewOf(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

// ---- the web-crypto subset (globalThis.crypto, crypto.webcrypto) ----
class Crypto {
  getRandomValues(data) { return getRandomValues(data); }
  randomUUID() { return randomUUID(); }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}
const webcrypto = new Crypto();

module.exports = {
  createHash,
  createHmac,
  createCipheriv,
  createDecipheriv,
  Cipheriv,
  Decipheriv,
  getCiphers,
  hkdf,
  hkdfSync,
  hash,
  getHashes,
  Hash,
  Hmac,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  timingSafeEqual,
  webcrypto,
  constants: {},
};
