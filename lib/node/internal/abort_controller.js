// abort_controller.js — AbortController and AbortSignal (abort, timeout, any).
'use strict';

const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { validateUint32, validateAbortSignal } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrow = Symbol('kDontThrow');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Node prints these as `Name { key: value }` through a one-level-shallower
// inspect of a stand-in object.
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function domAbortError() {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined) {
    if (dontThrowKey !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }
  get aborted() {
    if (!(kAborted in this)) throw new ERR_INVALID_THIS('AbortSignal');
    return !!this[kAborted];
  }
  get reason() {
    if (!(kAborted in this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this[kReason];
  }
  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }
  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }
  static abort(reason = domAbortError()) {
    const s = new AbortSignal(kDontThrow);
    s[kAborted] = true;
    s[kReason] = reason;
    return s;
  }
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const s = new AbortSignal(kDontThrow);
    const { DOMException } = require('internal/dom_exception');
    setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), delay).unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kDontThrow);
    for (const sig of signals) {
      validateAbortSignal(sig, 'signals');
      if (sig.aborted) { s[kAborted] = true; s[kReason] = sig.reason; return s; }
    }
    for (const sig of signals) sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    return s;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  if (typeof signal.onabort === 'function') {
    try { signal.onabort.call(signal, event); } catch (e) { process.nextTick(() => { throw e; }); }
  }
  signal.dispatchEvent(event);
}

class AbortController {
  #signal = new AbortSignal(kDontThrow);
  get signal() { return this.#signal; }
  abort(reason = domAbortError()) { abortSignal(this.#signal, reason); }
  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal };
