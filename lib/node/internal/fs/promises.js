// promises.js — node:fs/promises and FileHandle. Every operation runs the
// binding asynchronously with a callback that settles a promise; validation
// is shared with fs.js (internal/fs/utils). A FileHandle counts operations in
// flight so close() waits for them, as Node's does.
'use strict';

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const {
  parseFileMode, validateBoolean, validateBuffer, validateEncoding, validateInteger,
  validateObject, kValidateObjectAllowNullable, validateAbortSignal, validateOneOf,
} = require('internal/validators');
const {
  constants, decode, encode, encodeResult, getOptions, getStatFsFromBinding, getStatsFromBinding,
  getValidMode, getValidatedPath, isUtf8, kEmptyObject, kIoMaxLength, stringToFlags,
  toBindingPosition, toUnixTimestamp, validateBufferArray, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateRmOptions, validateRmdirOptions,
  validateStringAfterArrayBufferView, copyObject, warnOnNonPortableTemplate,
} = require('internal/fs/utils');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kMaxUserId = 2 ** 32 - 1;

function lazyBuffer() { return require('buffer').Buffer; }
function fsModule() { return require('fs'); }

// binding.<fn>(...args) on the threadpool, as a promise
function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    binding[fn](...args, (err, v) => (err ? reject(err) : resolve(v)));
  });
}

function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }
  getAsyncId() { return -1; }

  appendFile(data, options) { return fhWriteFile(this, data, options, 'appendFile'); }
  chmod(mode) { return fhOp(this, 'chmod', (fd) => call('fchmod', fd, parseFileMode(mode, 'mode'))); }
  chown(uid, gid) {
    return fhOp(this, 'chown', (fd) => {
      validateInteger(uid, 'uid', -1, kMaxUserId);
      validateInteger(gid, 'gid', -1, kMaxUserId);
      return call('fchown', fd, uid, gid);
    });
  }
  datasync() { return fhOp(this, 'fdatasync', (fd) => call('fdatasync', fd)); }
  sync() { return fhOp(this, 'fsync', (fd) => call('fsync', fd)); }
  read(buffer, offset, length, position) { return fhOp(this, 'read', (fd) => read(fd, buffer, offset, length, position)); }
  readv(buffers, position) { return fhOp(this, 'readv', (fd) => readv(fd, buffers, position)); }
  readFile(options) { return fhOp(this, 'read', (fd) => readFileImpl(fd, getOptions(options, { flag: 'r' }))); }
  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options), crlfDelay: Infinity,
    });
  }
  stat(options) {
    return fhOp(this, 'fstat', async (fd) => getStatsFromBinding(await call('fstat', fd, !!options?.bigint)));
  }
  truncate(len = 0) {
    return fhOp(this, 'ftruncate', (fd) => {
      validateInteger(len, 'len');
      return call('ftruncate', fd, Math.max(0, len));
    });
  }
  utimes(atime, mtime) {
    return fhOp(this, 'futime', (fd) =>
      call('futimes', fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')));
  }
  write(buffer, offset, length, position) {
    return fhOp(this, 'write', (fd) => write(fd, buffer, offset, length, position));
  }
  writev(buffers, position) { return fhOp(this, 'writev', (fd) => writev(fd, buffers, position)); }
  writeFile(data, options) { return fhWriteFile(this, data, options, 'writeFile'); }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kClosePromise] = closeNow(this);
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = { resolve, reject };
      });
    }
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() { return this.close(); }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

function closeNow(handle) {
  const fd = handle[kFd];
  return call('close', fd).then(() => {
    handle[kFd] = -1;
    handle[kClosePromise] = null;
    handle.emit('close');
  }, (err) => {
    handle[kClosePromise] = null;
    handle[kRefs]++;
    throw err;
  });
}

// Runs op(fd) while the handle stays open; a closed handle fails with
// EBADF as Node's does.
async function fhOp(handle, syscall, op) {
  if (handle[kFd] === -1 || handle[kClosePromise]) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
  handle[kRefs]++;
  try {
    return await op(handle[kFd]);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kCloseResolve]) {
      const { resolve, reject } = handle[kCloseResolve];
      handle[kCloseResolve] = null;
      closeNow(handle).then(resolve, reject);
    }
  }
}

async function fhWriteFile(handle, data, options, kind) {
  const defaults = { encoding: 'utf8', mode: 0o666, flag: kind === 'appendFile' ? 'a' : 'w' };
  options = getOptions(options, defaults);
  const bytes = fileData(data, options.encoding);
  return fhOp(handle, 'write', (fd) => writeAll(fd, bytes, options.signal, options.encoding));
}

async function read(fd, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!ArrayBuffer.isView(buffer)) {
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const bytesRead = (await call('read', fd, toUint8(buffer), offset, length, toBindingPosition(position))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(fd, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await call('readv', fd, buffers.map(toUint8), toBindingPosition(position))) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(fd, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call('write', fd, toUint8(buffer), offset, length, toBindingPosition(position))) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const data = isUtf8(length ?? 'utf8') ? buffer : toUint8(encode(buffer, length));
  const pos = typeof offset === 'number' ? offset : null;
  const bytesWritten = (await call('write', fd, data, 0, -1, toBindingPosition(pos))) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(fd, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call('writev', fd, buffers.map(toUint8), toBindingPosition(position))) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

function isIterable(v) {
  return v != null && typeof v !== 'string' &&
    (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');
}

// writeFile's data as the binding takes it, or an iterable of chunks
function fileData(data, encoding) {
  if (ArrayBuffer.isView(data)) return toUint8(data);
  if (isIterable(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  return isUtf8(encoding ?? 'utf8') ? data : toUint8(encode(data, encoding));
}

const kWriteChunk = 512 * 1024;

// writes data (bytes, a string or an iterable of either) at fd's position;
// with a signal, in chunks so that an abort stops it between two
async function writeAll(fd, data, signal, encoding) {
  checkAborted(signal);
  if (isIterable(data) && !ArrayBuffer.isView(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = typeof chunk === 'string' ? fileData(chunk, encoding) : fileData(chunk);
      await call('writeFile', fd, bytes, 0, 0);
    }
    return;
  }
  if (signal === undefined) {
    await call('writeFile', fd, data, 0, 0);
    return;
  }
  if (typeof data === 'string') data = toUint8(encode(data, 'utf8'));
  let off = 0;
  do {
    await call('writeFile', fd, data.subarray(off, off + kWriteChunk), 0, 0);
    off += kWriteChunk;
    checkAborted(signal);
  } while (off < data.byteLength);
}

// the binding's EFBIG for a file over 2 GiB, as Node reports it
async function tooLarge(err, pathOrFd) {
  if (err.code !== 'EFBIG') return err;
  const st = await call(typeof pathOrFd === 'number' ? 'fstat' : 'stat', pathOrFd, false);
  return new ERR_FS_FILE_TOO_LARGE(st[8]);
}

async function readFileImpl(pathOrFd, options) {
  checkAborted(options.signal);
  const flags = stringToFlags(options.flag || 'r', 'options.flag');
  let data;
  try {
    data = await call('readFile', pathOrFd, flags, isUtf8(options.encoding));
  } catch (err) {
    throw await tooLarge(err, pathOrFd);
  }
  checkAborted(options.signal);
  if (typeof data === 'string') return data;
  if (data.byteLength > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(data.byteLength);
  return options.encoding ? decode(data, options.encoding) : data;
}

// ---- the fs/promises functions ----

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call('access', path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return call('copyFile', src, dest, mode);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleFdClose(fd.truncate(len), fd);
}

async function handleFdClose(promise, handle) {
  let result;
  try {
    result = await promise;
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
  await handle.close();
  return result;
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  return require('internal/fs/rimraf').rm(path, options);
}

async function rmdir(path, options) {
  return new Promise((resolve, reject) => {
    fsModule().rmdir(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const r = await call('mkdir', path, parseFileMode(mode, 'mode', 0o777), recursive);
  return recursive ? r : undefined;
}

async function readdir(path, options) {
  return new Promise((resolve, reject) => {
    fsModule().readdir(path, options, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(await call('readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  type = typeof type === 'string' ? type : null;
  if (type !== null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR
    : type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
  return call('symlink', target, path, flags);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', path, !!options.bigint));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', path, !!options.bigint));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call('statfs', path, !!options.bigint));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', existingPath, newPath);
}

async function unlink(path) {
  return call('unlink', getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call('chmod', path, parseFileMode(mode, 'mode'));
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('lutimes', path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

async function realpath(path, options) {
  return new Promise((resolve, reject) => {
    fsModule().realpath(path, options, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeResult(await call('mkdtemp', prefix), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const bytes = fileData(data, options.encoding);
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) return fhOp(path, 'write', (fd) => writeAll(fd, bytes, options.signal, options.encoding));
  checkAborted(options.signal);
  path = typeof path === 'number' ? path : getValidatedPath(path, 'file');
  if (options.signal === undefined && (!isIterable(bytes) || ArrayBuffer.isView(bytes))) {
    return call('writeFile', path, bytes, stringToFlags(flag, 'options.flag'),
      parseFileMode(options.mode, 'mode', 0o666));
  }
  const fh = await open(path, flag, options.mode);
  return handleFdClose(fhOp(fh, 'write', (fd) => writeAll(fd, bytes, options.signal, options.encoding)), fh);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return fhOp(path, 'read', (fd) => readFileImpl(fd, options));
  if (typeof path !== 'number') path = getValidatedPath(path);
  return readFileImpl(path, options);
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cp(src, dest, options);
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const exports_ = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink,
  symlink, lstat, stat, statfs, link, unlink, chmod, lchown, chown, utimes, lutimes, realpath,
  mkdtemp, writeFile, appendFile, readFile, watch, constants,
};

void ERR_INVALID_ARG_TYPE;

module.exports = { exports: exports_, FileHandle, kFd };
