// fs.js — node:fs: the synchronous and callback APIs over internalBinding('fs').
// Each function validates its arguments as Node does (same codes and
// messages), then calls the binding with a last argument that is either
// nothing (synchronous: returns or throws) or the callback. fs.promises lives
// in internal/fs/promises.js, streams in internal/fs/streams.js.
'use strict';

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: { ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_VALUE, ERR_FS_INVALID_SYMLINK_TYPE },
  AbortError,
} = require('internal/errors');
const {
  parseFileMode, validateBoolean, validateBuffer, validateEncoding, validateFunction,
  validateInteger, validateObject, validateOneOf, kValidateObjectAllowNullable, isUint32,
} = require('internal/validators');
const {
  assertEncoding, constants, copyObject, decode, deprecate, warnOnNonPortableTemplate, encode, encodeResult, getDirent, getOptions,
  getStatFsFromBinding, getStatsFromBinding, getValidMode, getValidatedFd, getValidatedPath,
  isUtf8, kEmptyObject, kIoMaxLength, makeCallback, stringToFlags, toBindingPosition,
  toUnixTimestamp, validateBufferArray, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, validateRmOptions, validateRmdirOptions, validateStringAfterArrayBufferView,
  BigIntStats, Dirent, DirentFromStats, Stats,
} = require('internal/fs/utils');

const { F_OK, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, UV_DIRENT_UNKNOWN } = constants;
const kMaxUserId = 2 ** 32 - 1;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const { customPromisifyArgs } = require('internal/util');

function lazyBuffer() { return require('buffer').Buffer; }
function isFd(path) { return isUint32(path); }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

// ---- open / close / read / write ----

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  callback = makeCallback(callback);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const view = toUint8(buffer);
  binding.read(fd, view, offset, length, toBindingPosition(position), (err, bytesRead) => {
    callback(err, bytesRead || 0, buffer);
  });
}
// util.promisify resolves with { bytesRead, buffer }, as in Node
Object.defineProperty(read, customPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false });

// Any ArrayBufferView as bytes, for the binding (DataView included).
function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return binding.read(fd, toUint8(buffer), offset, length, toBindingPosition(position));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readv(fd, buffers.map(toUint8), toBindingPosition(position), (err, n) => {
    callback(err, n || 0, buffers);
  });
}
// util.promisify resolves with { bytesRead, buffers }, as in Node
Object.defineProperty(readv, customPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readv(fd, buffers.map(toUint8), toBindingPosition(position));
}

// string data in `encoding` as the binding takes it: UTF-8 stays a string
function stringData(str, encoding) {
  if (encoding == null || isUtf8(encoding)) return str;
  return encode(str, encoding);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (offset !== null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, toUint8(buffer), offset, length, toBindingPosition(position), (err, n) => {
      callback(err, n || 0, buffer);
    });
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = makeCallback(position);
  const data = stringData(str, length);
  const bytes = typeof data === 'string' ? data : toUint8(data);
  binding.write(fd, bytes, 0, -1, toBindingPosition(typeof offset === 'number' ? offset : null),
    (err, n) => callback(err, n || 0, str));
}
// util.promisify resolves with { bytesWritten, buffer }, as in Node
Object.defineProperty(write, customPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, toUint8(buffer), offset, length, toBindingPosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const data = stringData(buffer, length);
  return binding.write(fd, typeof data === 'string' ? data : toUint8(data), 0, -1,
    toBindingPosition(typeof offset === 'number' ? offset : null));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  binding.writev(fd, buffers.map(toUint8), toBindingPosition(position), (err, n) => {
    callback(err, n || 0, buffers);
  });
}
// util.promisify resolves with { bytesWritten, buffers }, as in Node
Object.defineProperty(writev, customPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffers'], enumerable: false });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, buffers.map(toUint8), toBindingPosition(position));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeCallback(callback));
}
function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
}
function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  binding.ftruncate(fd, len, makeCallback(callback));
}
function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err1) => {
      binding.close(fd, (err2) => callback(err1 || err2 || null));
    });
  });
}
const warnTruncateFd = deprecate(() => {},
  'Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.',
  'DEP0081');

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

// ---- whole files ----

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// the binding's EFBIG for a file over 2 GiB, as Node reports it
function tooLarge(err, target) {
  if (err.code !== 'EFBIG') return err;
  try {
    const st = typeof target === 'number' ? binding.fstat(target, false) : binding.stat(target, false);
    return new ERR_FS_FILE_TOO_LARGE(st[8]);
  } catch {
    return err;
  }
}

function readFileResult(data, encoding) {
  if (typeof data === 'string') return data;
  if (data.byteLength > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(data.byteLength);
  return encoding ? decode(data, encoding) : data;
}

function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag, 'options.flag');
  if (checkAborted(options.signal, callback)) return;
  const utf8 = isUtf8(options.encoding);
  binding.readFile(target, flags, utf8, (err, data) => {
    if (err) return callback(tooLarge(err, target));
    if (options.signal?.aborted) {
      return callback(new AbortError(undefined, { cause: options.signal.reason }));
    }
    let result;
    try {
      result = readFileResult(data, options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag, 'options.flag');
  let data;
  try {
    data = binding.readFile(target, flags, isUtf8(options.encoding));
  } catch (err) {
    throw tooLarge(err, target);
  }
  return readFileResult(data, options.encoding);
}

// data for writeFile as the binding takes it
function fileData(data, encoding) {
  if (isArrayBufferView(data)) return toUint8(data);
  validateStringAfterArrayBufferView(data, 'data');
  return stringData(data, encoding);
}

function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (options.signal !== undefined) {
    // like Node: opens first, then checks the signal between chunks
    fileData(data, options.encoding);
    require('internal/fs/promises').exports.writeFile(path, data, options)
      .then(() => callback(null), callback);
    return;
  }
  const bytes = fileData(data, options.encoding);
  const target = isFd(path) ? path : getValidatedPath(path, 'file');
  const flags = stringToFlags(options.flag || 'w', 'options.flag');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (checkAborted(options.signal, callback)) return;
  binding.writeFile(target, bytes, flags, mode, (err) => callback(err || null));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = fileData(data, options.encoding);
  const target = isFd(path) ? path : getValidatedPath(path, 'file');
  const flags = stringToFlags(options.flag || 'w', 'options.flag');
  binding.writeFile(target, bytes, flags, parseFileMode(options.mode, 'mode', 0o666));
}

function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// ---- existence and access ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, makeCallback(callback));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressed(err) { callback(!err); }
  try {
    access(path, F_OK, suppressed);
  } catch {
    callback(false);
  }
}
Object.defineProperty(exists, kCustomPromisify, {
  __proto__: null, enumerable: false,
  value(path) {
    return new Promise((resolve) => exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// ---- stat ----

function statCallback(callback) {
  return (err, a) => (err ? callback(err) : callback(null, getStatsFromBinding(a)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, options.bigint, statCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, options.bigint, statCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, options.bigint, statCallback(callback));
}

function statSyncWith(fn, path, options) {
  const { bigint = false, throwIfNoEntry = true } = options ?? kEmptyObject;
  try {
    return getStatsFromBinding(fn(path, bigint));
  } catch (err) {
    if (!throwIfNoEntry && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) return undefined;
    throw err;
  }
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(binding.stat, getValidatedPath(path), options);
}
function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(binding.lstat, getValidatedPath(path), options);
}
function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), options.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, options.bigint, (err, a) => {
    if (err) return callback(err);
    callback(null, getStatFsFromBinding(a));
  });
}
function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), options.bigint));
}

// ---- directories ----

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, callback);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const result = binding.mkdir(path, mode, recursive);
  return recursive ? result : undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, (err, p) => (err ? callback(err) : callback(null, encodeResult(p, options.encoding))));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeResult(binding.mkdtemp(prefix), options.encoding);
}

let rmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

const kRmdirDefaults = { retryDelay: 100, maxRetries: 0, recursive: false };

// rmdir({ recursive }) as Node 20 has it: a missing path fails with lstat's
// ENOENT, a path that is no directory falls back to plain rmdir (ENOTDIR)
function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options, kRmdirDefaults);
    binding.lstat(path, false, (err, st) => {
      if (err) return callback(err);
      if ((st[1] & constants.S_IFMT) !== constants.S_IFDIR) return binding.rmdir(path, callback);
      require('internal/fs/rimraf').rimraf(path, options).then(() => callback(null), callback);
    });
    return;
  }
  validateRmdirOptions(options, kRmdirDefaults);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options, kRmdirDefaults);
    const st = binding.lstat(path, false);
    if ((st[1] & constants.S_IFMT) === constants.S_IFDIR) {
      require('internal/fs/rimraf').rimrafSync(path, options);
      return;
    }
  } else {
    validateRmdirOptions(options, kRmdirDefaults);
  }
  binding.rmdir(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  require('internal/fs/rimraf').rm(path, options).then(() => callback(null), callback);
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  require('internal/fs/rimraf').rmSync(path, options);
}

// names come from the binding as bytes for every encoding but UTF-8
function wantsBytes(encoding) {
  return encoding != null && !isUtf8(encoding);
}

// [names] or [names, types] from the binding -> what readdir returns
function readdirResult(path, result, options) {
  // with encoding 'buffer' the binding already gave the names' bytes
  if (!options.withFileTypes) {
    if (!wantsBytes(options.encoding) || options.encoding === 'buffer') return result;
    return result.map((n) => decode(n, options.encoding));
  }
  const [names, types] = result;
  const out = [];
  for (let i = 0; i < names.length; i++) {
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const name = typeof names[i] === 'string' ? names[i] : decode(names[i], 'utf8');
      const stats = lstatSync(pathModule.join(path, name));
      out.push(new DirentFromStats(encodeResult(names[i], options.encoding), stats, path));
    } else {
      out.push(getDirent(path, names[i], types[i], options.encoding));
    }
  }
  return out;
}

function readdirSyncRecursive(basePath, options) {
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const raw = binding.readdir(dir, true);
    const [names, types] = raw;
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      let isDir = types[j] === constants.UV_DIRENT_DIR;
      if (types[j] === UV_DIRENT_UNKNOWN) isDir = binding.internalModuleStat(full) === 1;
      if (options.withFileTypes) {
        results.push(readdirResult(dir, [[names[j]], [types[j]]], options)[0]);
      } else {
        results.push(encodeResult(pathModule.relative(basePath, full), options.encoding));
      }
      if (isDir) queue.push(full);
    }
  }
  return results;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const strPath = typeof path === 'string' ? path : decode(path, 'utf8');
  if (options.recursive) {
    // the tree is walked on the threadpool one directory at a time
    readdirRecursiveAsync(strPath, options).then((r) => callback(null, r), callback);
    return;
  }
  binding.readdir(path, !!options.withFileTypes, wantsBytes(options.encoding), (err, result) => {
    if (err) return callback(err);
    let out;
    try {
      out = readdirResult(strPath, result, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  });
}

function readdirRaw(dir) {
  return new Promise((resolve, reject) => {
    binding.readdir(dir, true, false, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

async function readdirRecursiveAsync(basePath, options) {
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = await readdirRaw(dir);
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      let isDir = types[j] === constants.UV_DIRENT_DIR;
      if (types[j] === UV_DIRENT_UNKNOWN) isDir = binding.internalModuleStat(full) === 1;
      if (options.withFileTypes) {
        results.push(readdirResult(dir, [[names[j]], [types[j]]], options)[0]);
      } else {
        results.push(encodeResult(pathModule.relative(basePath, full), options.encoding));
      }
      if (isDir) queue.push(full);
    }
  }
  return results;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const strPath = typeof path === 'string' ? path : decode(path, 'utf8');
  if (options.recursive) return readdirSyncRecursive(strPath, options);
  return readdirResult(strPath, binding.readdir(path, !!options.withFileTypes, wantsBytes(options.encoding)), options);
}

// ---- names and links ----

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}
function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}
function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode, makeCallback(callback));
}
function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
    getValidMode(mode, 'copyFile'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}
function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function stringToSymlinkType(type) {
  if (type === undefined || type === null || type === 'file') return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}

function symlink(target, path, type, callback) {
  // the callback is the last argument; a type that is no string means "file"
  callback = makeCallback(arguments[arguments.length - 1]);
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type), callback);
}
function symlinkSync(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, (err, r) => (err ? callback(err) : callback(null, encodeResult(r, options.encoding))));
}
function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(binding.readlink(path), options.encoding);
}

// realpath's error names the first component that does not resolve, with
// syscall lstat, as Node's JS realpath does; the kernel's answer is the fast
// path when everything exists.
function realpathError(path, err) {
  const abs = pathModule.resolve(path);
  const parts = abs.split('/').filter(Boolean);
  let cur = '';
  for (const part of parts) {
    cur += '/' + part;
    try {
      binding.lstat(cur, false);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  try {
    return encodeResult(binding.realpath(p), options.encoding);
  } catch (err) {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw realpathError(typeof p === 'string' ? p : decode(p, 'utf8'), err);
    throw err;
  }
}
realpathSync.native = function(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeResult(binding.realpath(path), options.encoding);
};

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, (err, r) => {
    if (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
        return callback(realpathError(typeof p === 'string' ? p : decode(p, 'utf8'), err));
      }
      return callback(err);
    }
    callback(null, encodeResult(r, options.encoding));
  });
}
realpath.native = function(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, (err, r) => (err ? callback(err) : callback(null, encodeResult(r, options.encoding))));
};

// ---- permissions, owners, times ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeCallback(callback));
}
function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'));
}
function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}
function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}
function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, callback);
}
function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}
function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid, makeCallback(callback));
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
}
function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, makeCallback(callback));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
}
function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// ---- cp ----

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  require('internal/fs/cp').cp(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}

// ---- lazily loaded parts ----

let promises;
let streams;
function lazyStreams() { return streams ??= require('internal/fs/streams'); }

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}
function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

module.exports = {
  access, accessSync, appendFile, appendFileSync, chmod, chmodSync, chown, chownSync,
  close, closeSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream,
  exists, existsSync, fchmod, fchmodSync, fchown, fchownSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync,
  mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, read, readSync, readv, readvSync,
  readdir, readdirSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync,
  rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statSync, statfs, statfsSync,
  symlink, symlinkSync, truncate, truncateSync, unlink, unlinkSync, utimes, utimesSync,
  write, writeSync, writev, writevSync, writeFile, writeFileSync,
  Dirent, Stats, BigIntStats,
  _toUnixTimestamp: toUnixTimestamp,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  constants,
};

Object.defineProperties(module.exports, {
  promises: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return promises ??= require('internal/fs/promises').exports; },
  },
  ReadStream: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return lazyStreams().ReadStream; },
    set(v) { Object.defineProperty(module.exports, 'ReadStream', { value: v, writable: true, configurable: true, enumerable: true }); },
  },
  WriteStream: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return lazyStreams().WriteStream; },
    set(v) { Object.defineProperty(module.exports, 'WriteStream', { value: v, writable: true, configurable: true, enumerable: true }); },
  },
  FileReadStream: {
    __proto__: null, configurable: true, enumerable: false,
    get() { return lazyStreams().ReadStream; },
    set(v) { Object.defineProperty(module.exports, 'FileReadStream', { value: v, writable: true, configurable: true }); },
  },
  FileWriteStream: {
    __proto__: null, configurable: true, enumerable: false,
    get() { return lazyStreams().WriteStream; },
    set(v) { Object.defineProperty(module.exports, 'FileWriteStream', { value: v, writable: true, configurable: true }); },
  },
  Dir: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/fs/dir').Dir; },
  },
  opendir: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: (...args) => require('internal/fs/dir').opendir(...args),
  },
  opendirSync: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: (...args) => require('internal/fs/dir').opendirSync(...args),
  },
  watch: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: (...args) => require('internal/fs/watchers').watch(...args),
  },
  watchFile: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: (...args) => require('internal/fs/watchers').watchFile(...args),
  },
  unwatchFile: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: (...args) => require('internal/fs/watchers').unwatchFile(...args),
  },
});

void assertEncoding; void BigIntStats;
