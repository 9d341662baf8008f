// utils.js — what every part of node:fs shares: constants, flag and mode
// parsing, path/fd/option validation with Node's error codes, Stats,
// BigIntStats and Dirent. The binding (src/core/fs.c) gets plain values only.
'use strict';

const binding = internalBinding('fs');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateInteger,
  validateObject, kValidateObjectAllowNullable,
} = require('internal/validators');

const constants = Object.freeze({ __proto__: null, ...binding.constants });
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  F_OK, R_OK, W_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kEmptyObject = Object.freeze({ __proto__: null });
const kIoMaxLength = 2 ** 31 - 1;

function lazyBuffer() { return require('buffer').Buffer; }

// ---- encodings: Buffer.isEncoding once buffer.js has it, a list before ----
const kEncodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'base64', 'base64url', 'hex', 'ascii'];
function isEncoding(enc) {
  const B = lazyBuffer();
  if (typeof B.isEncoding === 'function') return B.isEncoding(enc);
  return typeof enc === 'string' && kEncodings.includes(enc.toLowerCase());
}
function isUtf8(enc) {
  return enc === 'utf8' || enc === 'utf-8' ||
    (typeof enc === 'string' && (enc.toLowerCase() === 'utf8' || enc.toLowerCase() === 'utf-8'));
}

function assertEncoding(encoding) {
  if (encoding && !isEncoding(encoding)) {
    // Node passes these two the other way round; its message reads so
    throw new ERR_INVALID_ARG_VALUE(String(encoding), 'encoding', 'is invalid encoding');
  }
}

// bytes -> string in `encoding`, or the bytes themselves for 'buffer'
function decode(bytes, encoding) {
  if (encoding == null || encoding === 'buffer') return bytes;
  if (typeof bytes.toString === 'function' && bytes.toString !== Uint8Array.prototype.toString) {
    return bytes.toString(encoding);
  }
  return lazyBuffer().prototype.toString.call(bytes, encoding);
}

// string -> bytes in `encoding` (a Buffer)
function encode(str, encoding) {
  return lazyBuffer().from(str, encoding || 'utf8');
}

// a string result (a path) in the encoding asked for
function encodeResult(str, encoding) {
  if (typeof str !== 'string') return encoding === 'buffer' ? str : decode(str, encoding);
  if (encoding == null || isUtf8(encoding)) return str;
  const buf = encode(str, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// ---- flags and modes ----
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

const kMaximumAccessMode = F_OK | W_OK | R_OK | X_OK;
const kMaximumCopyMode = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
function getValidMode(mode, type) {
  let max = kMaximumAccessMode;
  let def = F_OK;
  if (type === 'copyFile') {
    max = kMaximumCopyMode;
    def = mode || 0;
  }
  if (mode == null) return def;
  validateInteger(mode, 'mode', 0, max);
  return mode;
}

// ---- paths and descriptors ----
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function toPathIfFileURL(v) {
  if (!isURL(v)) return v;
  let url;
  try { url = require('url'); } catch { url = undefined; }
  if (url !== undefined && typeof url.fileURLToPath === 'function') return url.fileURLToPath(v);
  // until node:url lands: the plain file: URLs tests use
  if (v.protocol !== 'file:') {
    const { codes: { ERR_INVALID_URL_SCHEME } } = require('internal/errors');
    if (ERR_INVALID_URL_SCHEME) throw new ERR_INVALID_URL_SCHEME('file');
    throw new TypeError('The URL must be of scheme file');
  }
  return decodeURIComponent(v.pathname);
}

const kNullMsg = 'must be a string, Uint8Array, or URL without null bytes';
function validatePath(path, name = 'path') {
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  const hasNull = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNull) throw new ERR_INVALID_ARG_VALUE(name, path, kNullMsg);
}

function getValidatedPath(fileURLOrPath, name = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, name);
  return path;
}

// a path in the form Node reports it (Buffer paths as strings)
function pathString(p) {
  return typeof p === 'string' ? p : decode(p, 'utf8');
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length ?? 0);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// the position as the binding takes it: a number, -1 for "current"
function toBindingPosition(position) {
  if (position == null) return -1;
  return typeof position === 'bigint' ? Number(position) : position;
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateRmdirOptions(options, defaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateInteger(options.maxRetries, 'options.maxRetries', 0);
  return options;
}

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
function validateRmOptions(options) {
  if (options === undefined) return { ...defaultRmOptions };
  validateObject(options, 'options');
  options = { ...defaultRmOptions, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateInteger(options.maxRetries, 'options.maxRetries', 0);
  return options;
}

// atime/mtime as seconds: numbers, numeric strings, Dates
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// mkdtemp appends its own six characters; trailing X's of the prefix are
// not replaced everywhere, so Node warns once
let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  const endsWithX = typeof template === 'string' ? template.endsWith('X')
    : template.length > 0 && template[template.length - 1] === 0x58;
  if (nonPortableTemplateWarn && endsWithX) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

// fn wrapped to emit a DeprecationWarning (once per code) when called
const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  return function deprecated(...args) {
    if (!warnedCodes.has(code)) {
      warnedCodes.add(code);
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    return Reflect.apply(fn, this, args);
  };
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// ---- Stats ----
function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// Node 20 builds the four Dates eagerly, as own enumerable properties:
// JSON.stringify(stats) shows them, and tests check that.
function setDates(stats) {
  stats.atime = dateFromMs(stats.atimeMs);
  stats.mtime = dateFromMs(stats.mtimeMs);
  stats.ctime = dateFromMs(stats.ctimeMs);
  stats.birthtime = dateFromMs(stats.birthtimeMs);
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  setDates(this);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype._checkModeProperty = function(property) {
  // a Stats built by hand may hold anything: Node answers false then
  if (typeof this.mode !== 'number') return false;
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  setDates(this);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function msFrom(sec, nsec) { return sec * 1e3 + nsec / 1e6; }
function nsFrom(sec, nsec) { return sec * 1000000000n + nsec; }

// a Stats (or BigIntStats) from the binding's 18-field array
function getStatsFromBinding(a) {
  if (a instanceof BigInt64Array) {
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
      nsFrom(a[10], a[11]), nsFrom(a[12], a[13]), nsFrom(a[14], a[15]), nsFrom(a[16], a[17]));
  }
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    msFrom(a[10], a[11]), msFrom(a[12], a[13]), msFrom(a[14], a[15]), msFrom(a[16], a[17]));
}

function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type;
  this.bsize = bsize;
  this.blocks = blocks;
  this.bfree = bfree;
  this.bavail = bavail;
  this.files = files;
  this.ffree = ffree;
}
function getStatFsFromBinding(a) {
  return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

// ---- Dirent ----
const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// a Dirent whose type the directory did not report, answered from lstat
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

function getDirent(path, name, type, encoding) {
  name = encodeResult(name, encoding);
  return new Dirent(name, type, path);
}

module.exports = {
  assertEncoding,
  constants,
  copyObject,
  decode,
  deprecate,
  encode,
  encodeResult,
  getDirent,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  isEncoding,
  isUtf8,
  kEmptyObject,
  kIoMaxLength,
  makeCallback,
  pathString,
  stringToFlags,
  toBindingPosition,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  validateObject,
  warnOnNonPortableTemplate,
  kValidateObjectAllowNullable,
  BigIntStats,
  Dirent,
  DirentFromStats,
  StatFs,
  Stats,
};
