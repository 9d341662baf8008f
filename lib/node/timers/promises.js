// promises.js — node:timers/promises: promise forms of setTimeout and
// setImmediate, setInterval as an async iterator, and scheduler.wait/yield.
// All accept { signal, ref }. Argument errors come back as rejected promises
// (or from the iterator), never as synchronous throws, as in Node.
'use strict';

const timers = require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject } = require('internal/validators');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Checks { signal, ref }; returns them or throws the validation error.
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Runs start(resolve) and settles with its value, or rejects with an
// AbortError when signal fires first; cancel undoes start.
function cancellable(signal, start, cancel) {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value = undefined, options = {}) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (done) => {
    const timeout = timers.setTimeout(done, after, value);
    if (!opts.ref) timeout.unref();
    return timeout;
  }, timers.clearTimeout);
}

function setImmediate(value = undefined, options = {}) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (done) => {
    const immediate = timers.setImmediate(done, value);
    if (!opts.ref) immediate.unref();
    return immediate;
  }, timers.clearImmediate);
}

// Yields value once per tick of the interval; ticks that happen while the
// consumer is busy are not lost, they are yielded in a row.
async function* setInterval(after, value = undefined, options = {}) {
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  let onAbort;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  }, after);
  if (!ref) interval.unref();
  try {
    if (signal) {
      onAbort = () => {
        timers.clearInterval(interval);
        if (wake !== null) {
          wake();
          wake = null;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0 && !signal?.aborted; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor(key = undefined) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kScheduler, { value: true });
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options = undefined) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options ?? {});
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
