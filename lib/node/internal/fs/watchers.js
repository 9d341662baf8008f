// watchers.js — fs.watch (FSWatcher over inotify), fs.watchFile /
// unwatchFile (StatWatcher over stat polling) and fs.promises.watch, on the
// handles of internalBinding('fs_event_wrap').
//
// Differs from Node: { recursive: true } watches only the top directory on
// Linux (Node adds a watcher per subdirectory).
'use strict';

const binding = internalBinding('fs_event_wrap');
const EventEmitter = require('events');
const pathModule = require('path');
const { codes: { ERR_INVALID_ARG_VALUE }, AbortError, uvException } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateFunction, validateObject } = require('internal/validators');
const {
  encodeResult, getOptions, getStatsFromBinding, getValidatedPath, pathString,
} = require('internal/fs/utils');

const kHandle = Symbol('kHandle');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandle] = null;
  }

  start(filename, persistent, recursive, encoding) {
    if (this[kHandle] !== null) return;
    filename = pathString(getValidatedPath(filename, 'filename'));
    this[kHandle] = binding.startEvent(filename, persistent, (eventType, name) => {
      if (typeof eventType === 'number') {
        const error = uvException({ errno: eventType, syscall: 'watch', path: filename });
        this.close();
        this.emit('error', error);
        return;
      }
      this.emit('change', eventType, name == null ? name : encodeResult(name, encoding));
    });
  }

  close() {
    if (this[kHandle] === null) return;
    binding.close(this[kHandle]);
    this[kHandle] = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kHandle] !== null) binding.ref(this[kHandle], true);
    return this;
  }

  unref() {
    if (this[kHandle] !== null) binding.ref(this[kHandle], false);
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options);
  const persistent = options.persistent ?? true;
  const recursive = options.recursive ?? false;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { persistent, recursive, encoding: options.encoding ?? 'utf8', signal: options.signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  const watcher = new FSWatcher();
  watcher.start(filename, opts.persistent, opts.recursive, opts.encoding);
  if (listener) watcher.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      opts.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => opts.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }
function watchPromise(filename, options = undefined) {
  const opts = watchOptions(options);
  if (opts.signal?.aborted) {
    return (async function* aborted() { throw new AbortError(undefined, { cause: opts.signal.reason }); })();
  }
  const watcher = new FSWatcher();
  const queue = [];
  let wake = null;
  let error = null;
  let done = false;
  const notify = () => {
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  watcher.start(filename, opts.persistent, opts.recursive, opts.encoding);
  watcher.on('change', (eventType, name) => {
    queue.push({ __proto__: null, eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => { error = err; notify(); });
  const onAbort = () => {
    error = new AbortError(undefined, { cause: opts.signal?.reason });
    notify();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const finish = () => {
    done = true;
    watcher.close();
    opts.signal?.removeEventListener('abort', onAbort);
  };
  return {
    __proto__: null,
    async next() {
      while (!done) {
        if (queue.length) return { value: queue.shift(), done: false };
        if (error) {
          finish();
          throw error;
        }
        await new Promise((resolve) => { wake = resolve; });
      }
      return { value: undefined, done: true };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// ---- watchFile ----

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this[kHandle] = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
  }

  start(filename, persistent, interval) {
    if (this[kHandle] !== null) return;
    this[kHandle] = binding.startPoll(filename, interval, persistent, (status, curr, prev) => {
      // Node's check, kept as is: its old status starts at -1 while errors
      // arrive as -errno, so a missing path is reported once
      if (this[kOldStatus] === -1 && status === -1 && curr[2] === prev[2]) return;
      this[kOldStatus] = status;
      this.emit('change', toStats(curr, this[kUseBigint]), toStats(prev, this[kUseBigint]));
    });
  }

  stop() {
    if (this[kHandle] === null) return;
    binding.close(this[kHandle]);
    this[kHandle] = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this[kHandle] !== null) binding.ref(this[kHandle], true);
    return this;
  }

  unref() {
    if (this[kHandle] !== null) binding.ref(this[kHandle], false);
    return this;
  }
}

function toStats(a, bigint) {
  if (!bigint) return getStatsFromBinding(a);
  return getStatsFromBinding(BigInt64Array.from(a, (v) => BigInt(v)));
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(pathString(getValidatedPath(filename)));
  let stat;
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(pathString(getValidatedPath(filename)));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

void ERR_INVALID_ARG_VALUE; void validateObject;

module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise };
