// rimraf.js — fs.rm / rmSync and rmdir({ recursive }): removes a tree
// depth-first with lstat/readdir/unlink/rmdir, retrying the errors a busy
// file system gives (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM) up to
// options.maxRetries times, options.retryDelay ms apart (linear backoff).
'use strict';

const binding = internalBinding('fs');
const { join } = require('path');
const { codes: { ERR_FS_EISDIR } } = require('internal/errors');
const { constants: { S_IFMT, S_IFDIR }, pathString } = require('internal/fs/utils');

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
  path = pathString(path);
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
      names = binding.readdir(path, false);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    for (const name of names) rimrafSync(join(path, name), options);
    retrySync(() => binding.rmdir(path), options);
  } else {
    retrySync(() => binding.unlink(path), options);
  }
}

async function rimraf(path, options) {
  path = pathString(path);
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
      names = await call('readdir', path, false);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    for (const name of names) await rimraf(join(path, name), options);
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
