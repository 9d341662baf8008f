// timers.js — node:timers: setTimeout and friends, and timers.promises.
'use strict';

const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  enroll(item, msecs) {
    process.emitWarning('timers.enroll() is deprecated. Please use setTimeout instead.',
      'DeprecationWarning', 'DEP0095');
    t.enroll(item, msecs);
  },
  unenroll(item) {
    process.emitWarning('timers.unenroll() is deprecated. Please use clearTimeout instead.',
      'DeprecationWarning', 'DEP0096');
    t.clearTimeout(item);
  },
  active(item) {
    process.emitWarning('timers.active() is deprecated. Please use timeout.refresh() instead.',
      'DeprecationWarning', 'DEP0126');
    if (item._onTimeout === undefined) item._onTimeout = function() { if (typeof item._onTimeout === 'function') item._onTimeout(); };
  },
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
