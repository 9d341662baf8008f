// signals.js — process.on('SIGINT'), process.on('SIGTERM') & co: the first
// listener of a signal starts a libuv watcher (internalBinding
// ('signal_wrap')), the last one removed closes it. Watchers are unref'd:
// listening for a signal does not keep the process alive, as in Node.
'use strict';

const { errnoException } = require('internal/errors');

const { os: { signals } } = internalBinding('constants');
const signalWraps = new Map();
let binding;

function isSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG') && signals[type] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || signalWraps.has(type)) return;
  binding ??= internalBinding('signal_wrap');
  const wrap = binding.newSignal();
  wrap.unref();
  wrap.onsignal = () => process.emit(type, type);
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    throw errnoException(err, 'uv_signal_start');
  }
  signalWraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

function setup(process) {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setup, isSignal };
