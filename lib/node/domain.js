// domain.js — node:domain (deprecated in Node, still used by older packages):
// route errors from a group of emitters, callbacks and synchronous code to one
// 'error' handler. Domains propagate through process.nextTick, timers and
// immediates created while one is active; promise reactions and other async
// resources do not carry the domain in cathode (see docs/compatibility.md).
'use strict';

const EventEmitter = require('events');
const { validateFunction } = require('internal/validators');

const stack = [];
exports._stack = stack;
exports.active = null;

function setActive(d) {
  exports.active = d;
  process.domain = d;
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    stack.push(this);
    setActive(this);
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    setActive(stack.length > 0 ? stack[stack.length - 1] : null);
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    ee.domain = this;
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const index = this.members.indexOf(ee);
    if (index !== -1) this.members.splice(index, 1);
  }

  run(fn, ...args) {
    this.enter();
    try {
      return Reflect.apply(fn, this, args);
    } catch (err) {
      if (!this._errorHandler(err)) throw err;
      return undefined;
    } finally {
      this.exit();
    }
  }

  // Delivers err to this domain's 'error' listeners; false when there are none.
  _errorHandler(err) {
    if (typeof err === 'object' && err !== null) {
      err.domain = this;
      err.domainThrown = true;
    }
    if (this.listenerCount('error') === 0) return false;
    this.exit();
    this.emit('error', err);
    return true;
  }

  bind(cb) {
    validateFunction(cb, 'cb');
    const self = this;
    function bound(...args) {
      return self.run(() => Reflect.apply(cb, this, args));
    }
    bound.domain = this;
    return bound;
  }

  intercept(cb) {
    validateFunction(cb, 'cb');
    const self = this;
    function intercepted(err, ...args) {
      if (err) {
        if (typeof err === 'object') {
          err.domainBound = cb;
          err.domainThrown = false;
          err.domain = self;
        }
        self.emit('error', err);
        return undefined;
      }
      return self.run(() => Reflect.apply(cb, this, args));
    }
    return intercepted;
  }

  dispose() {
    this.exit();
    this.members.length = 0;
    this.removeAllListeners();
  }
}

exports.Domain = Domain;
exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};

// EventEmitter's unhandled 'error' goes to the emitter's domain.
EventEmitter.usingDomains = true;
const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  if (type === 'error' && this.domain && this.listenerCount('error') === 0) {
    let er = args[0];
    if (er === undefined || er === null || er === false) {
      const { codes: { ERR_UNHANDLED_ERROR } } = require('internal/errors');
      er = new ERR_UNHANDLED_ERROR();
    }
    if (typeof er === 'object') {
      er.domainEmitter = this;
      er.domain = this.domain;
      er.domainThrown = false;
    }
    this.domain.emit('error', er);
    return false;
  }
  return Reflect.apply(originalEmit, this, [type, ...args]);
};
