// worker_threads.js — node:worker_threads for a runtime without workers:
// the main-thread view (isMainThread, threadId 0, no parentPort), in-process
// MessageChannel / MessagePort / BroadcastChannel, receiveMessageOnPort and
// environment data. `new Worker()` throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM
// (see docs/compatibility.md).
//
// Messages are copied with structuredClone and delivered one per macrotask
// (setImmediate), as Node's ports deliver from the event loop. A started,
// referenced port keeps the process alive like Node's does, through one
// shared long timer.
'use strict';

const { EventTarget, Event } = require('internal/event_target');
const {
  codes: {
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS, ERR_INVALID_THIS,
  },
} = require('internal/errors');

const kCreate = Symbol('kCreate');
const kPeer = Symbol('kPeer');
const kQueue = Symbol('kQueue');
const kStarted = Symbol('kStarted');
const kClosed = Symbol('kClosed');
const kRef = Symbol('kRef');
const kScheduled = Symbol('kScheduled');
const kOnMessage = Symbol('kOnMessage');
const kListeners = Symbol('kNodeListeners');

class MessageEvent extends Event {
  constructor(type, init = {}) {
    super(type, init);
    this.data = init?.data ?? null;
    this.origin = init?.origin ?? '';
    this.lastEventId = init?.lastEventId ?? '';
    this.source = init?.source ?? null;
    this.ports = init?.ports ?? [];
  }
}

// ---- keeping the loop alive while a port listens ----
let refCount = 0;
let keepAlive = null;
function addRef() {
  if (refCount++ === 0) keepAlive = setInterval(() => {}, 2 ** 30);
}
function dropRef() {
  if (--refCount === 0 && keepAlive !== null) {
    clearInterval(keepAlive);
    keepAlive = null;
  }
}

function cloneMessage(message, transfer) {
  const clone = globalThis.structuredClone;
  if (typeof clone !== 'function') return message;
  if (transfer === undefined || transfer === null) return clone(message);
  if (Array.isArray(transfer)) return clone(message, { transfer });
  if (typeof transfer === 'object' && transfer.transfer !== undefined) return clone(message, transfer);
  if (typeof transfer === 'object' && Symbol.iterator in transfer) return clone(message, { transfer: [...transfer] });
  throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transfer);
}

// The EventEmitter-style methods Node's ports also have (on/once/off/emit).
function nodeListenerMethods(proto) {
  proto.on = proto.addListener = function(type, fn) {
    const wrapped = (ev) => fn.call(this, type === 'message' || type === 'messageerror' ? ev.data : ev);
    (this[kListeners] ??= []).push({ type, fn, wrapped });
    this.addEventListener(type, wrapped);
    return this;
  };
  proto.once = function(type, fn) {
    const wrapped = (ev) => {
      this.off(type, fn);
      fn.call(this, type === 'message' || type === 'messageerror' ? ev.data : ev);
    };
    (this[kListeners] ??= []).push({ type, fn, wrapped });
    this.addEventListener(type, wrapped);
    return this;
  };
  proto.off = proto.removeListener = function(type, fn) {
    const list = this[kListeners] ?? [];
    const i = list.findIndex((l) => l.type === type && l.fn === fn);
    if (i !== -1) {
      this.removeEventListener(type, list[i].wrapped);
      list.splice(i, 1);
    }
    return this;
  };
  proto.removeAllListeners = function(type) {
    for (const l of [...(this[kListeners] ?? [])]) {
      if (type === undefined || l.type === type) this.off(l.type, l.fn);
    }
    return this;
  };
  proto.emit = function(type, arg) {
    const ev = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
    this.dispatchEvent(ev);
    return true;
  };
  proto.listenerCount = function(type) {
    return (this[kListeners] ?? []).filter((l) => l.type === type).length;
  };
}

class MessagePort extends EventTarget {
  constructor(token) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kPeer] = null;
    this[kQueue] = [];
    this[kStarted] = false;
    this[kClosed] = false;
    this[kRef] = false;
    this[kScheduled] = false;
    this[kOnMessage] = null;
  }

  postMessage(message, transfer) {
    if (!(this instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const data = cloneMessage(message, transfer);
    const peer = this[kPeer];
    if (this[kClosed] || peer === null || peer[kClosed]) return;
    peer[kQueue].push(data);
    peer._schedule();
  }

  start() {
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    this.ref();
    this._schedule();
  }

  _schedule() {
    if (!this[kStarted] || this[kScheduled] || this[kQueue].length === 0) return;
    this[kScheduled] = true;
    setImmediate(() => {
      this[kScheduled] = false;
      if (!this[kStarted] || this[kQueue].length === 0) return;
      const data = this[kQueue].shift();
      this.dispatchEvent(new MessageEvent('message', { data }));
      this._schedule();
    });
  }

  close() {
    if (this[kClosed]) return;
    const peer = this[kPeer];
    this._closeOne();
    if (peer !== null) peer._closeOne();
  }

  _closeOne() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    this.unref();
    // queued messages are still delivered, then 'close'
    const finish = () => {
      if (this[kQueue].length > 0 && this[kStarted]) {
        setImmediate(finish);
        return;
      }
      this[kStarted] = false;
      this.dispatchEvent(new Event('close'));
    };
    setImmediate(finish);
  }

  ref() {
    if (!this[kRef] && this[kStarted] && !this[kClosed]) {
      this[kRef] = true;
      addRef();
    }
    return this;
  }

  unref() {
    if (this[kRef]) {
      this[kRef] = false;
      dropRef();
    }
    return this;
  }

  hasRef() {
    return this[kRef];
  }

  get onmessage() { return this[kOnMessage]; }
  set onmessage(fn) {
    if (this[kOnMessage]) this.removeEventListener('message', this[kOnMessage]);
    this[kOnMessage] = typeof fn === 'function' ? fn : null;
    if (this[kOnMessage]) {
      this.addEventListener('message', this[kOnMessage]);
      this.start();
    }
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    // a 'message' listener starts the port, as in Node (not as in browsers)
    if (type === 'message') this.start();
  }
}
nodeListenerMethods(MessagePort.prototype);
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  value: 'MessagePort', configurable: true,
});

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort(kCreate);
    this.port2 = new MessagePort(kCreate);
    this.port1[kPeer] = this.port2;
    this.port2[kPeer] = this.port1;
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (port[kQueue].length === 0) return undefined;
  return { message: port[kQueue].shift() };
}

// ---- BroadcastChannel: every channel of the same name in this process ----
const channels = new Map();

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.name = `${name}`;
    this[kClosed] = false;
    this[kRef] = false;
    this[kOnMessage] = null;
    let set = channels.get(this.name);
    if (set === undefined) channels.set(this.name, set = new Set());
    set.add(this);
    this.ref();
  }

  postMessage(message) {
    if (this[kClosed]) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const other of channels.get(this.name) ?? []) {
      if (other === this) continue;
      const data = cloneMessage(message);
      setImmediate(() => {
        if (!other[kClosed]) other.dispatchEvent(new MessageEvent('message', { data }));
      });
    }
  }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    this.unref();
    const set = channels.get(this.name);
    set?.delete(this);
    if (set?.size === 0) channels.delete(this.name);
  }

  ref() {
    if (!this[kRef] && !this[kClosed]) {
      this[kRef] = true;
      addRef();
    }
    return this;
  }

  unref() {
    if (this[kRef]) {
      this[kRef] = false;
      dropRef();
    }
    return this;
  }

  get onmessage() { return this[kOnMessage]; }
  set onmessage(fn) {
    if (this[kOnMessage]) this.removeEventListener('message', this[kOnMessage]);
    this[kOnMessage] = typeof fn === 'function' ? fn : null;
    if (this[kOnMessage]) this.addEventListener('message', this[kOnMessage]);
  }
}
nodeListenerMethods(BroadcastChannel.prototype);

class Worker {
  constructor() {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('worker_threads.Worker');
  }
}

const environmentData = new Map();
const untransferable = new WeakSet();

module.exports = {
  isMainThread: true,
  parentPort: null,
  threadId: 0,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel,
  MessagePort,
  MessageEvent,
  BroadcastChannel,
  receiveMessageOnPort,
  markAsUntransferable(obj) {
    if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
  },
  isMarkedAsUntransferable(obj) {
    return (typeof obj === 'object' && obj !== null) || typeof obj === 'function'
      ? untransferable.has(obj) : false;
  },
  markAsUncloneable() {},
  moveMessagePortToContext() {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('worker_threads.moveMessagePortToContext');
  },
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};
