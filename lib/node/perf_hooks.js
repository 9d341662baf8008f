// perf_hooks.js — node:perf_hooks: the `performance` object (now, timeOrigin,
// User Timing marks and measures, the entry buffer, timerify) and
// PerformanceObserver for 'mark', 'measure' and 'function' entries.
//
// now() reads the monotonic clock (uv_hrtime) relative to process start, the
// same origin process.uptime() uses. Not provided, rather than faked:
// nodeTiming, eventLoopUtilization, resource timing, GC/HTTP/DNS/net entries,
// monitorEventLoopDelay and createHistogram.
'use strict';

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { EventTarget } = require('internal/event_target');

const processBinding = internalBinding('process');

// Milliseconds since process start, from the monotonic clock.
function now() {
  return processBinding.uptime() * 1000;
}

// Wall-clock time of process start in ms; fixed at first load.
const timeOrigin = Date.now() - now();

const kConstruct = Symbol('kConstruct');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let DOMExceptionClass;
function domException(message, name) {
  DOMExceptionClass ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionClass(message, name);
}

// V8's wording for symbols, which tests match on.
function toName(name) {
  if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${name}`;
}

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key = undefined, name, type, start, duration, detail = null) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#name in self)) throw new ERR_INVALID_THIS('PerformanceEntry');
  }

  get name() { PerformanceEntry.#check(this); return this.#name; }
  get entryType() { PerformanceEntry.#check(this); return this.#type; }
  get startTime() { PerformanceEntry.#check(this); return this.#start; }
  get duration() { PerformanceEntry.#check(this); return this.#duration; }
  get detail() { PerformanceEntry.#check(this); return this.#detail; }

  toJSON() {
    PerformanceEntry.#check(this);
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: depth == null ? depth : depth - 1 })}`;
  }
}
for (const name of ['name', 'entryType', 'startTime', 'duration', 'detail', 'toJSON']) {
  Object.defineProperty(PerformanceEntry.prototype, name, { enumerable: true });
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toName(name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    let detail = options?.detail;
    detail = detail != null ? structuredClone(detail) : null;
    super(kConstruct, name, 'mark', startTime, 0, detail);
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, ...args) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, ...args);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: 'PerformanceMeasure', configurable: true,
});

// ---- the entry buffer and observers ----

const buffers = { mark: [], measure: [] };
let deliver;
const observers = new Set();

function enqueue(entry) {
  const list = buffers[entry.entryType];
  if (list !== undefined) list.push(entry);
  for (const observer of observers) deliver(observer, entry);
}

function filterEntries(list, name, type) {
  return list.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type))
    .sort((a, b) => a.startTime - b.startTime);
}

function allEntries() {
  return [...buffers.mark, ...buffers.measure];
}

function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  for (let i = buffers.mark.length - 1; i >= 0; i--) {
    if (buffers.mark[i].name === name) return buffers.mark[i].startTime;
  }
  throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

// Takes its arguments as given: PerformanceMark tells a missing name from
// an undefined one.
function mark(...args) {
  const entry = new PerformanceMark(...args);
  enqueue(entry);
  return entry;
}

function measure(name, startOrOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = toName(name);
  let start;
  let end;
  let duration;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    if (startOrOptions.detail != null) detail = structuredClone(startOrOptions.detail);
  } else {
    start = startOrOptions;
    end = endMark;
  }
  let endTime;
  if (endMark !== undefined && (startOrOptions === null || typeof startOrOptions !== 'object')) {
    endTime = markTime(endMark);
  } else if (end !== undefined) {
    endTime = markTime(end);
  } else if (start !== undefined && duration !== undefined) {
    endTime = markTime(start) + duration;
  } else {
    endTime = now();
  }
  let startTime;
  if (start !== undefined) startTime = markTime(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - duration;
  else startTime = 0;
  const entry = new PerformanceMeasure(kConstruct, name, 'measure', startTime, endTime - startTime, detail);
  enqueue(entry);
  return entry;
}

function clearEntries(type, name) {
  if (name === undefined) buffers[type].length = 0;
  else buffers[type] = buffers[type].filter((e) => e.name !== `${name}`);
}

function timerify(fn, options = undefined) {
  validateFunction(fn, 'fn');
  if (options != null) validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const record = () => {
      const entry = new PerformanceEntry(kConstruct, fn.name, 'function', start, now() - start, args);
      for (const observer of observers) deliver(observer, entry);
    };
    if (result !== null && typeof result?.finally === 'function') return result.finally(record);
    record();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() { return now(); }
  get timeOrigin() { return timeOrigin; }
  mark(name, options) { return mark(...arguments); }
  measure(name, startOrOptions, endMark) { return measure(...arguments); }
  clearMarks(name = undefined) { clearEntries('mark', name); }
  clearMeasures(name = undefined) { clearEntries('measure', name); }
  clearResourceTimings() {}
  getEntries() { return filterEntries(allEntries()); }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(allEntries(), `${name}`, type === undefined ? undefined : `${type}`);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(allEntries(), undefined, `${type}`);
  }
  timerify(fn, options) { return timerify(fn, options); }
  toJSON() {
    return { timeOrigin };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

const performance = new Performance(kConstruct);

const kSupportedTypes = Object.freeze(['function', 'mark', 'measure']);

class PerformanceObserverEntryList {
  #entries;
  constructor(key = undefined, entries) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries;
  }
  getEntries() { return filterEntries(this.#entries); }
  getEntriesByType(type) { return filterEntries(this.#entries, undefined, `${type}`); }
  getEntriesByName(name, type = undefined) {
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #queue = [];
  #scheduled = false;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return kSupportedTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    this.#types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (kSupportedTypes.includes(t)) this.#types.add(t);
    } else {
      if (!kSupportedTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) for (const e of filterEntries(buffers[type] ?? [])) deliver(this, e);
    }
    if (this.#types.size > 0) observers.add(this);
    else observers.delete(this);
  }

  disconnect() {
    observers.delete(this);
    this.#queue = [];
  }

  takeRecords() {
    const list = this.#queue;
    this.#queue = [];
    return list;
  }

  static {
    // Entries reach the callback in batches, after the current task.
    deliver = (observer, entry) => observer.#deliver(entry);
  }

  #deliver(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#queue.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      if (this.#queue.length === 0) return;
      const list = new PerformanceObserverEntryList(kConstruct, this.takeRecords());
      this.#callback.call(this, list, this);
    });
  }
}

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
