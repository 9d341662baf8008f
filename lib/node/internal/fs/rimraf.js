// rimraf.js — fs.rm / rmSync and rmdir({ recursive }): removes a tree
// depth-first with lstat/readdir/unlink/rmdir, retrying the errors a busy
// file system gives (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM) up to
// options.maxRetries times, options.retryDelay ms apart (linear backoff).
'use strict';

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { codes: { ERR_FS_EISDIR } } = require('internal/errors');
const { constants: { S_IFMT, S_IFDIR }, pathString } = require('internal/fs/utils');

// Trees are walked with Buffer paths and names, so that names which are not
// UTF-8 are removed too.
function toBuffer(p) { return typeof p === 'string' ? Buffer.from(p) : Buffer.from(p.buffer, p.byteOffset, p.byteLength); }
const kSlash = Buffer.from('/');
function joinBuf(dir, name) { return Buffer.concat([dir, kSlash, name]); }

const kRetryCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
const kEISDIR = -21;

function isDirMode(a) { return (a[1] & S_IFMT) === S_IFDIR; }

function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    binding[fn](...args, (err, v) => (err ? reject(err) : resolve(v)));
  });
}

function sleepSync(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) { /* rare: only while retrying a busy file system */ }
}

function retrySync(fn, options) {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (err) {
      if (err.code === 'ENOENT') return undefined;
      if (!kRetryCodes.has(err.code) || i > options.maxRetries) throw err;
      sleepSync(i * options.retryDelay);
    }
  }
}

async function retry(fn, options) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (err.code === 'ENOENT') return undefined;
      if (!kRetryCodes.has(err.code) || i > options.maxRetries) throw err;
      await new Promise((resolve) => setTimeout(resolve, i * options.retryDelay));
    }
  }
}

function rimrafSync(path, options) {
  path = toBuffer(path);
  let st;
  try {
    st = binding.lstat(path, false);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (isDirMode(st)) {
    let names = [];
    try {
      names = binding.readdir(path, false, true);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    for (const name of names) rimrafSync(joinBuf(path, name), options);
    retrySync(() => binding.rmdir(path), options);
  } else {
    retrySync(() => binding.unlink(path), options);
  }
}

async function rimraf(path, options) {
  path = toBuffer(path);
  let st;
  try {
    st = await call('lstat', path, false);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (isDirMode(st)) {
    let names = [];
    try {
      names = await call('readdir', path, false, true);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    for (const name of names) await rimraf(joinBuf(path, name), options);
    await retry(() => call('rmdir', path), options);
  } else {
    await retry(() => call('unlink', path), options);
  }
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR', message: 'is a directory', path: pathString(path), syscall: 'rm', errno: kEISDIR,
  });
}

function rmSync(path, options) {
  let st;
  try {
    st = binding.lstat(path, false);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (isDirMode(st) && !options.recursive) throw eisdir(path);
  rimrafSync(path, options);
}

async function rm(path, options) {
  let st;
  try {
    st = await call('lstat', path, false);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (isDirMode(st) && !options.recursive) throw eisdir(path);
  await rimraf(path, options);
}

module.exports = { rimraf, rimrafSync, rm, rmSync };
