// cp.js — fs.cp, fs.cpSync and fs.promises.cp: copies files, directories
// (with recursive) and symlinks, with Node's options and ERR_FS_CP_* errors.
//
// The algorithm is written once, as a generator that yields each file-system
// step as [bindingFunction, ...args]; cpSync runs the steps synchronously
// and cp on the threadpool, so the two cannot drift apart.
'use strict';

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_CP_SOCKET, ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN, ERR_FS_EISDIR, ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { constants, getValidatedPath, getStatsFromBinding, pathString } = require('internal/fs/utils');

const kErrno = { EEXIST: -17, EINVAL: -22, EISDIR: -21, ENOTDIR: -20 };

const defaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = options.mode ?? 0;
  validateInteger(options.mode, 'options.mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    const { codes: { ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function cpError(Ctor, code, message, path) {
  return new Ctor({ message, path, syscall: 'cp', errno: kErrno[code], code });
}

// a step's stats, or undefined when the path does not exist
function* statOrNone(fn, path) {
  try {
    return getStatsFromBinding(yield [fn, path, false]);
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function* cpGen(src, dest, opts) {
  if (opts.filter) {
    const include = yield ['filter', src, dest];
    if (!include) return;
  }
  const statFn = opts.dereference ? 'stat' : 'lstat';
  const srcStat = getStatsFromBinding(yield [statFn, src, false]);
  const destStat = yield* statOrNone(statFn, dest);
  if (destStat && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
    throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', 'src and dest cannot be the same', dest);
  }
  if (srcStat.isDirectory() && destStat && !destStat.isDirectory()) {
    throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR',
      `cannot overwrite directory ${src} with non-directory ${dest}`, dest);
  }
  if (!srcStat.isDirectory() && destStat?.isDirectory()) {
    throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR',
      `cannot overwrite non-directory ${src} with directory ${dest}`, dest);
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  yield ['mkdir', pathModule.dirname(dest), 0o777, true];
  yield* copyEntry(srcStat, destStat, src, dest, opts);
}

function* copyEntry(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError(ERR_FS_EISDIR, 'EISDIR', `${src} is a directory (not copied)`, src);
    }
    if (!destStat) yield ['mkdir', dest, srcStat.mode, false];
    for (const name of yield ['readdir', src, false, false]) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (opts.filter && !(yield ['filter', s, d])) continue;
      const sStat = getStatsFromBinding(yield [opts.dereference ? 'stat' : 'lstat', s, false]);
      const dStat = yield* statOrNone(opts.dereference ? 'stat' : 'lstat', d);
      yield* copyEntry(sStat, dStat, s, d, opts);
    }
    if (!destStat) yield ['chmod', dest, srcStat.mode];
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield ['unlink', dest];
      } else {
        if (opts.errorOnExist) {
          throw cpError(ERR_FS_CP_EEXIST, 'EEXIST', `${dest} already exists`, dest);
        }
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      yield ['utimes', dest, srcStat.atimeMs / 1000, srcStat.mtimeMs / 1000];
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) {
      let current = yield ['readlink', dest];
      if (!pathModule.isAbsolute(current)) current = pathModule.resolve(pathModule.dirname(dest), current);
      if (isSrcSubdir(target, current)) {
        throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', `cannot copy ${target} to a subdirectory of self ${current}`, dest);
      }
      const targetStat = yield* statOrNone('stat', target);
      if (targetStat?.isDirectory() && isSrcSubdir(current, target)) {
        throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, 'EINVAL',
          `cannot overwrite ${current} with ${target}`, dest);
      }
      yield ['unlink', dest];
    }
    yield ['symlink', target, dest, 0];
    return;
  }
  if (srcStat.isSocket()) throw cpError(ERR_FS_CP_SOCKET, 'EINVAL', `cannot copy a socket file: ${dest}`, dest);
  if (srcStat.isFIFO()) throw cpError(ERR_FS_CP_FIFO_PIPE, 'EINVAL', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError(ERR_FS_CP_UNKNOWN, 'EINVAL', `cannot copy an unknown file type: ${dest}`, dest);
}

function paths(src, dest) {
  return [pathString(getValidatedPath(src, 'src')), pathString(getValidatedPath(dest, 'dest'))];
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  const gen = cpGen(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const [fn, ...args] = step.value;
    let value;
    let error;
    let failed = false;
    try {
      if (fn === 'filter') {
        value = opts.filter(...args);
        if (value !== null && typeof value?.then === 'function') {
          throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', value);
        }
      } else {
        value = binding[fn](...args);
      }
    } catch (err) {
      failed = true;
      error = err;
    }
    step = failed ? gen.throw(error) : gen.next(value);
  }
}

async function cp(src, dest, options) {
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  const gen = cpGen(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const [fn, ...args] = step.value;
    let value;
    let error;
    let failed = false;
    try {
      if (fn === 'filter') {
        value = await opts.filter(...args);
      } else {
        value = await new Promise((resolve, reject) => {
          binding[fn](...args, (err, v) => (err ? reject(err) : resolve(v)));
        });
      }
    } catch (err) {
      failed = true;
      error = err;
    }
    step = failed ? gen.throw(error) : gen.next(value);
  }
}

void constants;

module.exports = { cp, cpSync };
