// zlib.js — node:zlib on the system zlib and libbrotli (internalBinding('zlib'),
// src/core/zlib.c): deflate / inflate in the zlib, raw and gzip formats,
// unzip (auto-detection) and Brotli, as Transform streams (createGzip ...),
// one-shot *Sync functions, callback forms (util.promisify-friendly), crc32,
// the constants and Node's option checks and error codes.
//
// Differences from Node: compressed bytes come from the system's zlib and
// Brotli, not Node's bundled (Chromium) copies, so they can differ where the
// formats leave the encoder a choice. Stream writes run on libuv's
// threadpool on copies of the data.
'use strict';

const binding = internalBinding('zlib');
const { Buffer, kMaxLength } = require('buffer');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM, ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
const { Transform, finished } = require('stream');

// ---- constants: zlib's values plus Node's limits and modes ----
const constants = Object.freeze({
  __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: binding.ZLIB_VERNUM,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16 * 1024,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});
const {
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
} = constants;
const BROTLI_DECODE = 8, BROTLI_ENCODE = 9;
const kBrotliParams = 9; // ids 0..BROTLI_PARAM_NDIRECT

// zlib.codes: both directions, name → number and number → name
const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// ---- option checks, with Node's texts ----

// false for undefined and NaN (use the default); throws for a non-number or
// an infinite one
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// any view as the Uint8Array over the same bytes, the binding's input
function u8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// the `buffer` argument of the one-shot functions as bytes
function inputBytes(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return u8(buffer);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

// ---- ZlibBase: the Transform stream over one binding handle ----

function ZlibBase(opts, mode, handle, flushDefault, finishDefault, fullFlushDefault) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = flushDefault, finishFlush = finishDefault;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = Z_DEFAULT_CHUNK;
    else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, flushDefault);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK,
      finishDefault);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
      kMaxLength);
    // bytes in, bytes out, whatever the caller asked of the stream
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._hadError = false;
  this._writeState = new Uint32Array(2); // [availOutAfter, availInAfter] of the last write
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlushDefault;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._mode = mode;
  this._resumeWrite = null; // a write waiting for the reader (backpressure)
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// Deprecated in Node, kept for old callers: bytesWritten under another name
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() { return this.bytesWritten; },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return binding.reset(this._handle);
};

// flush([kind][, callback]): pushes out what the compressor holds
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

// the reader wants more: continue a write that stopped for backpressure
ZlibBase.prototype._read = function _read(n) {
  const resume = this._resumeWrite;
  if (resume) {
    this._resumeWrite = null;
    resume();
  }
  Transform.prototype._read.call(this, n);
};

// As in Node, 'finish' does not wait for _flush's output (Transform then
// flushes from 'prefinish')
ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flag = chunk[kFlushFlag];
  if (flag === undefined) {
    const ws = this._writableState;
    // the last chunk before end() finishes the stream
    flag = (ws.ending || ws.ended) && ws.length === chunk.byteLength ? this._finishFlushFlag : this._defaultFlushFlag;
  }
  processChunk(this, chunk, flag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(self) {
  const handle = self._handle;
  if (!handle) return;
  self._handle = null;
  binding.close(handle); // after the write in flight, if any
}

function failed(self, err) {
  self._hadError = true;
  self[kError] = err;
  closeHandle(self);
  self.destroy(err);
}

// Records one write's result; returns the output it produced (a view of
// _outBuffer) and moves to a fresh output buffer when this one is full.
function takeOutput(self, availOutBefore, availOutAfter) {
  const have = availOutBefore - availOutAfter;
  let out = null;
  if (have > 0) {
    out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    self._outOffset = 0;
  }
  return out;
}

// the stream path: writes on the threadpool until zlib leaves output space
// unused, pushing what it produces
function processChunk(self, chunk, flushFlag, cb) {
  let inOff = 0;
  let availIn = chunk.byteLength;
  const step = () => {
    const handle = self._handle;
    if (!handle) return process.nextTick(cb);
    const availOutBefore = self._chunkSize - self._outOffset;
    binding.write(handle, flushFlag, chunk, inOff, availIn,
      self._outBuffer, self._outOffset, availOutBefore, (err, availOutAfter, availInAfter) => {
        if (err) return failed(self, err);
        if (self.destroyed || !self._handle) return cb();
        self._writeState[0] = availOutAfter;
        self._writeState[1] = availInAfter;
        self.bytesWritten += availIn - availInAfter;
        const out = takeOutput(self, availOutBefore, availOutAfter);
        const readerFull = out !== null && !self.push(out);
        if (self.destroyed) return cb();
        if (availOutAfter === 0) { // output full: there may be more
          inOff += availIn - availInAfter;
          availIn = availInAfter;
          // a reader that wants no more resumes us from _read
          if (readerFull) self._resumeWrite = step;
          else step();
          return;
        }
        // input left over with output space to spare: the compressed stream
        // ended early (gunzip/unzip consume trailing members themselves)
        if (availInAfter > 0) self.push(null);
        cb();
      });
  };
  step();
}

// the one-shot path: the whole input in one go, output gathered, handle
// closed afterwards
function processChunkSync(self, chunk, flushFlag) {
  let inOff = 0;
  let availIn = chunk.byteLength;
  const buffers = [];
  let nread = 0;
  for (;;) {
    const availOutBefore = self._chunkSize - self._outOffset;
    let state;
    try {
      state = binding.writeSync(self._handle, flushFlag, chunk, inOff, availIn,
        self._outBuffer, self._outOffset, availOutBefore);
    } catch (err) {
      self._hadError = true;
      self[kError] = err;
      closeHandle(self);
      throw err;
    }
    const [availOutAfter, availInAfter] = state;
    self._writeState[0] = availOutAfter;
    self._writeState[1] = availInAfter;
    self.bytesWritten += availIn - availInAfter;
    const out = takeOutput(self, availOutBefore, availOutAfter);
    if (out) {
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (availOutAfter !== 0) break;
    inOff += availIn - availInAfter;
    availIn = availInAfter;
  }
  closeHandle(self);
  return nread === 0 ? Buffer.alloc(0) : Buffer.concat(buffers, nread);
}

// ---- Zlib: the deflate/inflate family ----

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // inflating with windowBits 0 means "the window size in the header"
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip's header cannot describe a 256-byte window
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS,
        Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
      Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
      Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
          dictionary);
      }
    }
  }
  const handle = binding.init(mode, level, windowBits, memLevel, strategy, dictionary && u8(dictionary));
  ZlibBase.call(this, opts, mode, handle, Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params(level, strategy[, callback]): deflate settings for what follows;
// what was written before is flushed with the old ones first
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) {
        binding.params(this._handle, level, strategy);
        this._level = level;
        this._strategy = strategy;
      }
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

// the seven public classes: callable with or without `new`
function defineClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}
const Deflate = defineClass('Deflate', DEFLATE);
const Inflate = defineClass('Inflate', INFLATE);
const Gzip = defineClass('Gzip', GZIP);
const Gunzip = defineClass('Gunzip', GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', INFLATERAW);
const Unzip = defineClass('Unzip', UNZIP);

// ---- Brotli ----

function Brotli(opts, mode) {
  const params = new Uint32Array(kBrotliParams).fill(0xffffffff);
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key >= kBrotliParams || params[key] !== 0xffffffff) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[key] = value;
    }
  }
  const handle = binding.init(mode, params);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH,
    BROTLI_OPERATION_FLUSH);
}
// under Zlib as in Node; params() leaves a Brotli stream's settings alone
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function defineBrotliClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      Brotli.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Brotli.prototype);
  Object.setPrototypeOf(ctor, Brotli);
  return ctor;
}
const BrotliCompress = defineBrotliClass('BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = defineBrotliClass('BrotliDecompress', BROTLI_DECODE);

// ---- one-shot forms ----

function zlibBufferSync(engine, buffer) {
  buffer = inputBytes(buffer);
  const out = processChunkSync(engine, buffer, engine._finishFlushFlag);
  return engine._info ? { buffer: out, engine } : out;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = inputBytes(buffer);
  const buffers = [];
  let nread = 0;
  let done = false;
  const finish = (err, result) => {
    if (done) return;
    done = true;
    engine.removeListener('data', onData);
    engine.removeListener('end', onEnd);
    callback(err, result);
  };
  const onData = (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      finish(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  };
  const onEnd = () => {
    const out = Buffer.concat(buffers, nread);
    engine.close();
    finish(null, engine._info ? { buffer: out, engine } : out);
  };
  engine.on('data', onData);
  engine.on('error', (err) => finish(err));
  engine.on('end', onEnd);
  engine.end(buffer);
}

function syncForm(ctor) {
  return function(buffer, opts) {
    return zlibBufferSync(new ctor(opts), buffer);
  };
}

function asyncForm(ctor) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

// crc32(data[, value]): CRC-32 (as in gzip's trailer), continuing from value
function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(u8(data), value);
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  deflate: asyncForm(Deflate), deflateSync: syncForm(Deflate),
  gzip: asyncForm(Gzip), gzipSync: syncForm(Gzip),
  deflateRaw: asyncForm(DeflateRaw), deflateRawSync: syncForm(DeflateRaw),
  unzip: asyncForm(Unzip), unzipSync: syncForm(Unzip),
  inflate: asyncForm(Inflate), inflateSync: syncForm(Inflate),
  gunzip: asyncForm(Gunzip), gunzipSync: syncForm(Gunzip),
  inflateRaw: asyncForm(InflateRaw), inflateRawSync: syncForm(InflateRaw),
  brotliCompress: asyncForm(BrotliCompress), brotliCompressSync: syncForm(BrotliCompress),
  brotliDecompress: asyncForm(BrotliDecompress), brotliDecompressSync: syncForm(BrotliDecompress),
  createDeflate: (o) => new Deflate(o),
  createInflate: (o) => new Inflate(o),
  createDeflateRaw: (o) => new DeflateRaw(o),
  createInflateRaw: (o) => new InflateRaw(o),
  createGzip: (o) => new Gzip(o),
  createGunzip: (o) => new Gunzip(o),
  createUnzip: (o) => new Unzip(o),
  createBrotliCompress: (o) => new BrotliCompress(o),
  createBrotliDecompress: (o) => new BrotliDecompress(o),
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: codes },
});

// the legacy top-level copies of the constants (deprecated in Node's docs)
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { enumerable: false, value: constants[key], writable: false });
}
