// events.js — the EventEmitter a sandboxed preload gets from
// require('events') (the Node layer's does not run in renderers yet): on,
// once, off, emit, listeners, removeAllListeners, prepend*, with Node's
// call order and 'error' behaviour.
'use strict';

class EventEmitter {
  constructor() { this._events = new Map(); this._max = 10; }

  _list(name) { return this._events.get(name) || []; }

  on(name, fn) { return this.addListener(name, fn); }

  addListener(name, fn) {
    if (typeof fn !== 'function') {
      throw new TypeError(`The "listener" argument must be of type function. Received type ${typeof fn}`);
    }
    if (this._events.has('newListener')) this.emit('newListener', name, fn.listener || fn);
    this._events.set(name, [...this._list(name), fn]);
    return this;
  }

  prependListener(name, fn) {
    this._events.set(name, [fn, ...this._list(name)]);
    return this;
  }

  once(name, fn) {
    const wrapper = (...args) => {
      this.removeListener(name, wrapper);
      return fn.apply(this, args);
    };
    wrapper.listener = fn;
    return this.on(name, wrapper);
  }

  prependOnceListener(name, fn) {
    const wrapper = (...args) => {
      this.removeListener(name, wrapper);
      return fn.apply(this, args);
    };
    wrapper.listener = fn;
    return this.prependListener(name, wrapper);
  }

  off(name, fn) { return this.removeListener(name, fn); }

  removeListener(name, fn) {
    const list = this._list(name);
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === fn || list[i].listener === fn) {
        const next = list.slice(0, i).concat(list.slice(i + 1));
        if (next.length) this._events.set(name, next); else this._events.delete(name);
        if (this._events.has('removeListener')) this.emit('removeListener', name, fn);
        break;
      }
    }
    return this;
  }

  removeAllListeners(name) {
    if (name === undefined) this._events.clear(); else this._events.delete(name);
    return this;
  }

  emit(name, ...args) {
    const list = this._list(name);
    if (list.length === 0) {
      if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${args[0]})`);
      return false;
    }
    for (const fn of list) fn.apply(this, args);
    return true;
  }

  listeners(name) { return this._list(name).map((f) => f.listener || f); }
  rawListeners(name) { return [...this._list(name)]; }
  listenerCount(name) { return this._list(name).length; }
  eventNames() { return [...this._events.keys()]; }
  setMaxListeners(n) { this._max = n; return this; }
  getMaxListeners() { return this._max; }
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
module.exports = EventEmitter;
