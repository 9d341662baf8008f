// timers.js (internal) — Timeout and Immediate objects and their queues.
//
// Timers live in a binary heap ordered by (expiry, insertion id); C owns one
// uv timer armed for the earliest expiry (scheduleTimer) and calls
// runNextTimer(now) once per due timer, so microtasks and nextTicks run
// between timers as in Node. Immediates are a FIFO list; runImmediates(first)
// runs one immediate of the batch that was queued before the check phase.
'use strict';

const binding = internalBinding('timers');
const { natives } = require('internal/bootstrap/hooks');
const tickInfo = natives.tickInfo;
const kImmediateCount = 2;
const kImmediateRefs = 3;
const { validateFunction, validateNumber } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const timerListId = { next: 1 };

// ---- the heap ----
const heap = [];
let refCount = 0;           // ref'd timers in the heap
let armedAt = 0;            // expiry the uv timer is armed for (0: none)

function less(a, b) {
  return a._idleStart + a._idleTimeout < b._idleStart + b._idleTimeout ||
    (a._idleStart + a._idleTimeout === b._idleStart + b._idleTimeout && a._timerId < b._timerId);
}
function siftUp(i) {
  const item = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(item, heap[p])) break;
    heap[i] = heap[p];
    heap[i]._heapIndex = i;
    i = p;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function siftDown(i) {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(heap[c + 1], heap[c])) c++;
    if (!less(heap[c], item)) break;
    heap[i] = heap[c];
    heap[i]._heapIndex = i;
    i = c;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function heapInsert(t) {
  heap.push(t);
  siftUp(heap.length - 1);
}
function heapRemove(t) {
  const i = t._heapIndex;
  if (i < 0 || heap[i] !== t) return;
  const last = heap.pop();
  if (last !== t) {
    heap[i] = last;
    last._heapIndex = i;
    siftDown(i);
    siftUp(last._heapIndex);
  }
  t._heapIndex = -1;
}

function getNow() {
  return binding.getLibuvNow();
}

function arm() {
  if (heap.length === 0) {
    armedAt = 0;
    binding.toggleTimerRef(false);
    return;
  }
  const first = heap[0];
  const expiry = first._idleStart + first._idleTimeout;
  if (armedAt !== expiry) {
    armedAt = expiry;
    binding.scheduleTimer(Math.max(1, expiry - getNow()));
  }
  binding.toggleTimerRef(refCount > 0);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    // Node documents that non-integer delays are truncated: 1.8 and 1 share
    // a duration and fire in insertion order.
    after = Math.trunc(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = timerListId.next++;
    this[triggerAsyncIdSymbol] = 0;
    this._timerId = this[asyncIdSymbol];
    this._heapIndex = -1;
    this._domain = process.domain || null;
    if (isRefed) refCount++;
  }

  _schedule(start) {
    this._idleStart = start;
    heapInsert(this);
    arm();
  }

  refresh() {
    if (this._heapIndex >= 0) {
      heapRemove(this);
      this._timerId = timerListId.next++;
      this._schedule(getNow());
    } else if (!this._destroyed && this._onTimeout !== null) {
      if (this[kRefed]) refCount++;
      this._timerId = timerListId.next++;
      this._schedule(getNow());
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed && this._heapIndex >= 0) refCount--;
      arm();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed && this._heapIndex >= 0) refCount++;
      arm();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(this[asyncIdSymbol], this);
    }
    return this[asyncIdSymbol];
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

const knownTimersById = new Map();

function insertNew(timer) {
  timer._schedule(getNow());
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) knownTimersById.delete(timer[asyncIdSymbol]);
  if (timer._heapIndex >= 0) {
    heapRemove(timer);
    if (timer[kRefed]) refCount--;
    arm();
  }
  timer._idleTimeout = -1;
}

// Called by C when the uv timer fires: runs at most one due timer.
// Returns -1 if one ran, else the next expiry (negative: no ref'd timers), 0 if none.
function runNextTimer(now) {
  armedAt = 0;
  if (heap.length === 0) {
    binding.toggleTimerRef(false);
    return 0;
  }
  const t = heap[0];
  const expiry = t._idleStart + t._idleTimeout;
  if (expiry > now) {
    armedAt = expiry;
    return refCount > 0 ? expiry : -expiry;
  }
  heapRemove(t);
  if (t[kRefed]) refCount--;
  let start;
  if (t._repeat) start = getNow();
  try {
    const args = t._timerArgs;
    if (t._domain) t._domain.enter();
    if (args === undefined) t._onTimeout();
    else Reflect.apply(t._onTimeout, t, args);
    if (t._domain) t._domain.exit();
  } finally {
    if (t._repeat && t._idleTimeout !== -1 && !t._destroyed) {
      t._idleTimeout = t._repeat;
      if (t[kRefed]) refCount++;
      t._timerId = timerListId.next++;
      t._idleStart = start;
      heapInsert(t);
    } else if (t._heapIndex < 0 && !t._destroyed) {
      t._destroyed = true;
      if (t[kHasPrimitive]) knownTimersById.delete(t[asyncIdSymbol]);
    }
  }
  return -1;
}

// ---- immediates ----
class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    if (this.tail !== null) { this.tail._idleNext = item; item._idlePrev = this.tail; }
    else this.head = item;
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}
const immediateQueue = new ImmediateList();
let runningQueue = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._domain = process.domain || null;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = timerListId.next++;
    this.ref();
    tickInfo[kImmediateCount]++;
    immediateQueue.append(this);
  }
  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (tickInfo[kImmediateRefs]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }
  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--tickInfo[kImmediateRefs] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }
  hasRef() { return !!this[kRefed]; }
  [Symbol.dispose]() { clearImmediate(this); }
}

// Called by C in the check phase. first=true takes the current queue as the
// batch to run; each call runs one immediate; returns whether more remain.
function runImmediates(first) {
  if (first) {
    runningQueue = new ImmediateList();
    runningQueue.head = immediateQueue.head;
    runningQueue.tail = immediateQueue.tail;
    immediateQueue.head = immediateQueue.tail = null;
  }
  const q = runningQueue;
  if (q === null || q.head === null) {
    runningQueue = null;
    return false;
  }
  const imm = q.head;
  q.remove(imm);
  if (!imm._destroyed) {
    imm._destroyed = true;
    tickInfo[kImmediateCount]--;
    if (imm[kRefed] && --tickInfo[kImmediateRefs] === 0) binding.toggleImmediateRef(false);
    imm[kRefed] = null;
    const argv = imm._argv;
    try {
      if (imm._domain) imm._domain.enter();
      if (!argv) imm._onImmediate();
      else Reflect.apply(imm._onImmediate, imm, argv);
      if (imm._domain) imm._domain.exit();
    } catch (err) {
      // the rest of the batch waits for the next check phase, as in Node
      if (q.head !== null) {
        const rest = q;
        runningQueue = null;
        if (immediateQueue.head === null) {
          immediateQueue.head = rest.head;
          immediateQueue.tail = rest.tail;
        } else {
          rest.tail._idleNext = immediateQueue.head;
          immediateQueue.head._idlePrev = rest.tail;
          immediateQueue.head = rest.head;
        }
      }
      throw err;
    }
  }
  if (q.head === null) {
    runningQueue = null;
    return false;
  }
  return true;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  tickInfo[kImmediateCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --tickInfo[kImmediateRefs] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (runningQueue !== null && (runningQueue.head === immediate || immediate._idlePrev !== null || runningQueue.tail === immediate)) {
    let n = runningQueue.head;
    while (n !== null && n !== immediate) n = n._idleNext;
    if (n === immediate) { runningQueue.remove(immediate); return; }
  }
  immediateQueue.remove(immediate);
}

// ---- public functions ----
// Arguments after the first `skip` ones, or undefined when there are none
// (the common case allocates nothing).
function extraArgs(args, skip) {
  return args.length > skip ? Array.prototype.slice.call(args, skip) : undefined;
}

// The unused parameters keep Node's function lengths (5, 5, 4).
function setTimeout(callback, after, arg1, arg2, arg3) { // eslint-disable-line no-unused-vars
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, extraArgs(arguments, 2), false, true);
  insertNew(timeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) { // eslint-disable-line no-unused-vars
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
  insertNew(timeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById.get(+timer);
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function setImmediate(callback, arg1, arg2, arg3) { // eslint-disable-line no-unused-vars
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

// Legacy timers API (timers.enroll / unenroll / active)
function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  if (item._idleTimeout !== undefined && item._heapIndex >= 0) unenroll(item);
  if (msecs > TIMEOUT_MAX) msecs = TIMEOUT_MAX;
  item._idleTimeout = msecs;
}

// Whether a ref'd timer is waiting (from inside a timer callback the
// native timer is stopped, so the loop alone cannot tell)
function hasRefedTimers() {
  return refCount > 0;
}

module.exports = {
  hasRefedTimers,
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  kRefed,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  runNextTimer,
  runImmediates,
  unenroll,
  enroll,
  getNow,
};
