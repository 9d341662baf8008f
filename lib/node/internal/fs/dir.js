// dir.js — fs.Dir, fs.opendir, fs.opendirSync and fs.promises.opendir.
//
// Differs from Node on purpose: the directory's entries are listed once, at
// open, with one scandir (not read in batches of bufferSize through
// uv_fs_readdir). Entries created or removed after opendir are therefore
// not seen; everything else (read/readSync/close/closeSync, async
// iteration, ERR_DIR_CLOSED, Dirent types) behaves as Node's.
'use strict';

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateUint32, validateObject } = require('internal/validators');
const { join } = require('path');
const {
  constants: { UV_DIRENT_UNKNOWN }, getDirent, getOptions, getStatsFromBinding, getValidatedPath,
  pathString, DirentFromStats,
} = require('internal/fs/utils');

const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');
const kOptions = Symbol('kOptions');
const kPath = Symbol('kPath');
const kOperationPending = Symbol('kOperationPending');
const kToken = Symbol('kToken');

function toDirent(dir, name, type) {
  const path = dir[kPath];
  if (type === UV_DIRENT_UNKNOWN) {
    const stats = getStatsFromBinding(binding.lstat(join(path, name), false));
    return new DirentFromStats(name, stats, path);
  }
  return getDirent(path, name, type, dir[kOptions].encoding);
}

class Dir {
  constructor(token, path, entries, options) {
    if (token !== kToken) {
      if (token === undefined) throw new ERR_MISSING_ARGS('handle');
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', token);
    }
    this[kPath] = path;
    this[kEntries] = entries;
    this[kOptions] = options;
    this[kClosed] = false;
    this[kOperationPending] = 0;
  }

  get path() { return this[kPath]; }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    let result;
    let error = null;
    try {
      result = this.#next();
    } catch (err) {
      error = err;
    }
    // until the callback runs, sync calls fail as concurrent operations
    this[kOperationPending]++;
    process.nextTick(() => {
      this[kOperationPending]--;
      if (error) callback(error);
      else callback(null, result);
    });
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationPending]) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  #next() {
    const entries = this[kEntries];
    if (entries.i >= entries.names.length) return null;
    const i = entries.i++;
    return toDirent(this, entries.names[i], entries.types[i]);
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationPending]) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.read();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
  async [Symbol.asyncDispose]() { if (!this[kClosed]) await this.close(); }
  [Symbol.dispose]() { if (!this[kClosed]) this.closeSync(); }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let result;
  try {
    result = binding.readdir(path, true);
  } catch (err) {
    err.message = err.message.replace(', scandir', ', opendir');
    err.syscall = 'opendir';
    throw err;
  }
  const [names, types] = result;
  return new Dir(kToken, pathString(path), { names, types, i: 0 }, options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  binding.readdir(path, true, false, (err, result) => {
    if (err) {
      err.message = err.message.replace(', scandir', ', opendir');
      err.syscall = 'opendir';
      return callback(err);
    }
    const [names, types] = result;
    callback(null, new Dir(kToken, pathString(path), { names, types, i: 0 }, options));
  });
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => {
    opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

void validateObject;

module.exports = { Dir, opendir, opendirSync, opendirPromise };
