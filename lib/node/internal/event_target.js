// event_target.js — EventTarget, Event and CustomEvent as Node implements
// them for non-DOM code (AbortSignal, MessagePort, BroadcastChannel).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_EVENT_RECURSION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const kEvents = Symbol('kEvents');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kType = Symbol('type');
const kDefaultPrevented = Symbol('defaultPrevented');
const kCancelable = Symbol('cancelable');
const kTimestamp = Symbol('timestamp');
const kBubbles = Symbol('bubbles');
const kComposed = Symbol('composed');
const kPropagationStopped = Symbol('propagationStopped');
const kTrustEvent = Symbol('kTrustEvent');
const kMaxEventTargetListeners = Symbol.for('events.maxEventTargetListeners');

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options', { allowArray: true, allowFunction: true, nullable: true });
    this[kCancelable] = !!options?.cancelable;
    this[kBubbles] = !!options?.bubbles;
    this[kComposed] = !!options?.composed;
    this[kType] = `${type}`;
    this[kDefaultPrevented] = false;
    this[kTimestamp] = performanceNow();
    this[kPropagationStopped] = false;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    if (options?.[kTrustEvent]) Object.defineProperty(this, 'isTrusted', { get() { return true; }, enumerable: true });
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this[kStop] = true;
  }
  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this[kDefaultPrevented] = true;
  }
  get target() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kTarget]; }
  get currentTarget() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kTarget]; }
  get type() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kType]; }
  get cancelable() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kCancelable]; }
  get defaultPrevented() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kCancelable] && this[kDefaultPrevented]; }
  get timeStamp() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kTimestamp]; }
  composedPath() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  get returnValue() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return !(this[kCancelable] && this[kDefaultPrevented]); }
  get bubbles() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kBubbles]; }
  get composed() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kComposed]; }
  get eventPhase() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); return this[kPropagationStopped]; }
  set cancelBubble(value) { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); if (value) this[kPropagationStopped] = true; }
  stopPropagation() { if (!isEvent(this)) throw new ERR_INVALID_THIS('Event'); this[kPropagationStopped] = true; }
  get isTrusted() { return false; }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const [k, v] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, k, { value: v, enumerable: true });
  Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
}

function performanceNow() {
  try { return require('perf_hooks').performance.now(); } catch { return Date.now(); }
}

class CustomEvent extends Event {
  #detail;
  constructor(type, options = { __proto__: null }) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() { return this.#detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent looked up at dispatch
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

class EventTarget {
  static [Symbol.for('nodejs.event_target')] = true;

  constructor() {
    this[kEvents] = new Map();
    this[kMaxEventTargetListeners] = 10;
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal } = validateEventListenerOptions(options);
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = String(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    let list = this[kEvents].get(type);
    if (list === undefined) {
      list = [];
      this[kEvents].set(type, list);
    }
    for (const l of list) if (l.listener === listener && l.capture === capture) return;
    list.push({ listener, once, capture, passive, removed: false });
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = String(type);
    const capture = options != null && (typeof options === 'boolean' ? options : !!options.capture);
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener && list[i].capture === capture) {
        list[i].removed = true;
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this[kEvents].delete(type);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    event[kTarget] = this;
    event[kIsBeingDispatched] = true;
    const list = this[kEvents].get(event.type);
    if (list !== undefined) {
      for (const entry of list.slice()) {
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener, { capture: entry.capture });
        try {
          const l = entry.listener;
          let result;
          if (typeof l === 'function') result = l.call(this, event);
          else if (typeof l?.handleEvent === 'function') result = l.handleEvent(event);
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, (err) => process.nextTick(() => { throw err; }));
          }
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    event[kIsBeingDispatched] = false;
    return event.defaultPrevented !== true;
  }

  [Symbol.for('nodejs.event_target.listeners')](type) {
    const list = this[kEvents].get(String(type));
    return list ? list.map((e) => e.listener) : [];
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return {
    once: Boolean(options?.once),
    capture: Boolean(options?.capture),
    passive: Boolean(options?.passive),
    signal: options?.signal,
  };
}

function isEventTarget(obj) {
  return obj?.constructor?.[Symbol.for('nodejs.event_target')] === true || (obj != null && kEvents in obj);
}

module.exports = { Event, CustomEvent, EventTarget, kTrustEvent, isEventTarget, kEvents };
