// test.js — node:test: test(), describe()/it() (suite()), the hooks
// (before, after, beforeEach, afterEach), subtests through the test
// context, skip/todo/only, timeouts, plans, mock.fn/mock.method, and Node
// 22's default "spec" report on stdout with its summary. A failed test sets
// process.exitCode to 1.
//
// Tests run one at a time, in the order they were declared (Node's default
// concurrency for a file); the report is printed as each test finishes and
// the summary when the process is about to exit. Not provided: the --test
// runner (files, watch, coverage), run(), other reporters, mock.timers and
// mock.module, snapshot tests.
'use strict';

const { inspect } = require('util');

const kDefaultTimeout = Infinity;

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// ---- the report ("spec") ----
const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
const failures = [];
const started = now();

function write(line) {
  process.stdout.write(`${line}\n`);
}

function indent(depth) {
  return '  '.repeat(depth);
}

function errorText(err) {
  if (err instanceof Error) return inspect(err);
  return `${inspect(err)}`;
}

function reportTest(t) {
  const pad = indent(t.depth);
  const ms = `(${t.duration.toFixed(6).replace(/0+$/, '').replace(/\.$/, '')}ms)`;
  let mark = t.passed ? '✔' : '✖';
  let suffix = '';
  if (t.skipped) {
    mark = '﹣';
    suffix = ` # ${typeof t.skipped === 'string' ? t.skipped : 'SKIP'}`;
  } else if (t.todo) {
    mark = t.passed ? '✔' : '✖';
    suffix = ` # ${typeof t.todo === 'string' ? t.todo : 'TODO'}`;
  }
  if (t.kind === 'suite' && t.passed) mark = '▶';
  write(`${pad}${mark} ${t.name} ${ms}${suffix}`);
  if (!t.passed && !t.todo && t.error !== undefined && t.kind !== 'suite') {
    for (const line of errorText(t.error).split('\n')) write(`${pad}  ${line}`);
    write('');
  }
}

let summaryPrinted = false;
function printSummary() {
  if (summaryPrinted || root.children.length === 0) return; // no test declared: no report
  summaryPrinted = true;
  write(`ℹ tests ${counts.tests}`);
  write(`ℹ suites ${counts.suites}`);
  write(`ℹ pass ${counts.pass}`);
  write(`ℹ fail ${counts.fail}`);
  write(`ℹ cancelled ${counts.cancelled}`);
  write(`ℹ skipped ${counts.skipped}`);
  write(`ℹ todo ${counts.todo}`);
  write(`ℹ duration_ms ${(now() - started).toFixed(6).replace(/0+$/, '').replace(/\.$/, '')}`);
  if (failures.length > 0) {
    write('');
    write('✖ failing tests:');
    write('');
    for (const t of failures) {
      write(`✖ ${t.name} (${t.duration.toFixed(3)}ms)`);
      for (const line of errorText(t.error).split('\n')) write(`  ${line}`);
      write('');
    }
  }
  if (counts.fail > 0 || counts.cancelled > 0) process.exitCode = 1;
}

// ---- tests and suites ----
function parseArgs(name, options, fn) {
  if (typeof name === 'function') [name, options, fn] = [name.name || '<anonymous>', {}, name];
  else if (typeof options === 'function') [options, fn] = [{}, options];
  if (name === undefined || name === null) name = (fn && fn.name) || '<anonymous>';
  return { name: String(name), options: options || {}, fn: typeof fn === 'function' ? fn : undefined };
}

class Test {
  constructor(kind, name, options, fn, parent) {
    this.kind = kind;
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.parent = parent;
    this.depth = parent && parent.parent ? parent.depth + 1 : 0;
    this.children = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.skipped = options.skip ? options.skip : false;
    this.todo = options.todo ? options.todo : false;
    this.timeout = typeof options.timeout === 'number' ? options.timeout : kDefaultTimeout;
    this.plan = typeof options.plan === 'number' ? options.plan : undefined;
    this.assertions = 0;
    this.passed = true;
    this.error = undefined;
    this.duration = 0;
    this.done = false;
    this.abort = new AbortController();
    this.diagnostics = [];
  }

  get fullName() {
    return this.parent && this.parent.parent ? `${this.parent.fullName} > ${this.name}` : this.name;
  }

  fail(err) {
    if (this.passed) {
      this.passed = false;
      this.error = err;
    }
  }

  // beforeEach/afterEach of every enclosing suite or test, outermost first
  eachHooks(which) {
    const chain = [];
    for (let p = this.parent; p; p = p.parent) chain.unshift(p);
    const hooks = chain.flatMap((p) => p.hooks[which]);
    return which === 'afterEach' ? hooks.reverse() : hooks;
  }

  async runHooks(list, context) {
    for (const hook of list) await callWithTimeout(hook.fn, [context], hook.timeout);
  }

  async run() {
    const start = now();
    if (this.kind === 'suite') counts.suites++;
    else counts.tests++;
    if (this.skipped) {
      counts.skipped++;
      this.finish(start);
      return;
    }
    const ctx = new TestContext(this);
    try {
      if (this.kind === 'suite') {
        await this.runSuite(ctx);
      } else {
        await this.runHooks(this.eachHooks('beforeEach'), ctx);
        try {
          await runBody(this, ctx);
          // subtests declared with t.test() and not awaited still run
          for (const child of this.children) if (!child.done) await child.run();
          if (this.plan !== undefined && this.plan !== this.assertions) {
            throw new Error(`plan expected ${this.plan} assertions but received ${this.assertions}`);
          }
        } finally {
          await this.runHooks(this.eachHooks('afterEach'), ctx);
        }
      }
    } catch (err) {
      this.fail(err);
    }
    if (this.kind === 'suite' && this.children.some((c) => !c.passed && !c.todo)) this.passed = false;
    if (this.todo) counts.todo++;
    else if (this.kind !== 'suite') {
      if (this.passed) counts.pass++;
      else {
        counts.fail++;
        failures.push(this);
      }
    } else if (!this.passed && this.error !== undefined) {
      counts.fail++;
      failures.push(this);
    }
    this.finish(start);
  }

  // the suite's body runs first, its it()/describe() calls landing in it,
  // then its tests in order
  async runSuite(ctx) {
    write(`${indent(this.depth)}▶ ${this.name}`);
    const previous = current;
    current = this;
    try {
      if (this.fn) await this.fn.call(ctx, ctx);
    } finally {
      current = previous;
    }
    await this.runHooks(this.hooks.before, ctx);
    try {
      for (const child of this.children) await child.run();
    } finally {
      await this.runHooks(this.hooks.after, ctx);
    }
  }

  finish(start) {
    this.duration = now() - start;
    this.done = true;
    reportTest(this);
  }
}

function callWithTimeout(fn, args, timeout) {
  return new Promise((resolve, reject) => {
    let timer;
    if (timeout !== Infinity && timeout !== undefined) {
      timer = setTimeout(() => reject(new Error(`test timed out after ${timeout}ms`)), timeout);
    }
    const settle = (err) => {
      if (timer !== undefined) clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    try {
      if (fn.length >= 2 && args.length === 1) {
        // callback style: fn(t, done)
        let called = false;
        const r = fn(...args, (err) => {
          if (called) return;
          called = true;
          settle(err);
        });
        if (r && typeof r.then === 'function') {
          settle(new Error('passed a callback but also returned a Promise'));
        }
        return;
      }
      Promise.resolve(fn(...args)).then(() => settle(), settle);
    } catch (err) {
      settle(err);
    }
  });
}

async function runBody(test, ctx) {
  if (!test.fn) return;
  await callWithTimeout(test.fn, [ctx], test.timeout);
}

// ---- the context a test function receives ----
class TestContext {
  #test;
  constructor(test) {
    this.#test = test;
  }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get signal() { return this.#test.abort.signal; }
  get mock() { return this.#test.mock ??= new MockTracker(); }

  diagnostic(message) {
    write(`${indent(this.#test.depth + 1)}ℹ ${message}`);
  }

  plan(count) {
    this.#test.plan = count;
  }

  skip(message) {
    this.#test.skipped = message || true;
  }

  todo(message) {
    this.#test.todo = message || true;
  }

  // t.assert: node:assert's functions, counted for plan()
  get assert() {
    const t = this.#test;
    const assert = require('assert');
    const out = {};
    for (const k of Object.keys(assert)) {
      if (typeof assert[k] === 'function') {
        out[k] = (...args) => {
          t.assertions++;
          return assert[k](...args);
        };
      }
    }
    return out;
  }

  test(name, options, fn) {
    const a = parseArgs(name, options, fn);
    const child = new Test('test', a.name, a.options, a.fn, this.#test);
    this.#test.children.push(child);
    return child.run();
  }

  before(fn, options) { this.#test.hooks.before.push({ fn, timeout: options && options.timeout }); }
  after(fn, options) { this.#test.hooks.after.push({ fn, timeout: options && options.timeout }); }
  beforeEach(fn, options) { this.#test.hooks.beforeEach.push({ fn, timeout: options && options.timeout }); }
  afterEach(fn, options) { this.#test.hooks.afterEach.push({ fn, timeout: options && options.timeout }); }
}

// ---- the root: top-level tests and suites run one after the other ----
const root = new Test('suite', '<root>', {}, undefined, null);
let current = root;          // the suite whose body is being collected
let queue = Promise.resolve();

process.on('beforeExit', () => {
  queue.then(printSummary);
});
process.on('exit', () => printSummary());

function declare(kind, name, options, fn, extra) {
  const a = parseArgs(name, options, fn);
  Object.assign(a.options, extra);
  const parent = current;
  const t = new Test(kind, a.name, a.options, a.fn, parent);
  parent.children.push(t);
  if (parent !== root) return Promise.resolve();
  // top level: run in declaration order, after what came before
  queue = queue.then(() => t.run());
  return queue;
}

function test(name, options, fn) {
  return declare('test', name, options, fn);
}

function describe(name, options, fn) {
  return declare('suite', name, options, fn);
}

function hook(which) {
  return (fn, options) => {
    current.hooks[which].push({ fn, timeout: options && options.timeout });
  };
}

for (const f of [test, describe]) {
  f.skip = (name, options, fn) => { const a = parseArgs(name, options, fn); return (f === test ? test : describe)(a.name, { ...a.options, skip: true }, a.fn); };
  f.todo = (name, options, fn) => { const a = parseArgs(name, options, fn); return (f === test ? test : describe)(a.name, { ...a.options, todo: true }, a.fn); };
  f.only = (name, options, fn) => { const a = parseArgs(name, options, fn); return (f === test ? test : describe)(a.name, { ...a.options, only: true }, a.fn); };
}

// ---- mocks ----
class MockFunctionContext {
  constructor(impl, original, times) {
    this.calls = [];
    this._impl = impl;
    this._original = original;
    this._once = new Map();
    this._times = times;
  }
  callCount() { return this.calls.length; }
  mockImplementation(impl) { this._impl = impl; }
  mockImplementationOnce(impl, onCall) { this._once.set(onCall ?? this.calls.length, impl); }
  resetCalls() { this.calls = []; }
  restore() { if (this._restore) this._restore(); }
}

class MockTracker {
  constructor() {
    this._mocks = [];
  }

  fn(original = function () {}, implementation = original, options = {}) {
    if (implementation !== null && typeof implementation === 'object') [options, implementation] = [implementation, original];
    const ctx = new MockFunctionContext(implementation, original, options.times);
    const mock = function (...args) {
      const n = ctx.calls.length;
      let impl = ctx._once.get(n);
      if (impl !== undefined) ctx._once.delete(n);
      else impl = ctx._times !== undefined && n >= ctx._times ? ctx._original : ctx._impl;
      const call = { arguments: args, result: undefined, error: undefined, this: this, target: new.target };
      ctx.calls.push(call);
      try {
        call.result = new.target ? Reflect.construct(impl, args, new.target) : Reflect.apply(impl, this, args);
        return call.result;
      } catch (err) {
        call.error = err;
        throw err;
      }
    };
    Object.defineProperty(mock, 'mock', { value: ctx, enumerable: false });
    Object.defineProperty(mock, 'name', { value: original.name });
    Object.defineProperty(mock, 'length', { value: original.length });
    this._mocks.push(ctx);
    return mock;
  }

  method(object, methodName, implementation, options) {
    if (implementation !== null && typeof implementation === 'object' && typeof implementation !== 'function') {
      [options, implementation] = [implementation, undefined];
    }
    const desc = Object.getOwnPropertyDescriptor(object, methodName);
    let original = object[methodName];
    if (options && (options.getter || options.setter)) {
      const d = desc || Object.getOwnPropertyDescriptor(Object.getPrototypeOf(object), methodName);
      original = options.getter ? d.get : d.set;
    }
    if (typeof original !== 'function') {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const mock = this.fn(original, implementation ?? original, options || {});
    if (options && options.getter) Object.defineProperty(object, methodName, { get: mock, configurable: true });
    else if (options && options.setter) Object.defineProperty(object, methodName, { set: mock, configurable: true });
    else Object.defineProperty(object, methodName, { value: mock, writable: true, configurable: true, enumerable: desc ? desc.enumerable : false });
    mock.mock._restore = () => {
      if (desc) Object.defineProperty(object, methodName, desc);
      else delete object[methodName];
    };
    return mock;
  }

  getter(object, methodName, implementation, options) {
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options) {
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this._mocks = [];
  }

  restoreAll() {
    for (const m of this._mocks) m.restore();
  }
}

const mock = new MockTracker();

module.exports = test;
Object.assign(module.exports, {
  test,
  describe,
  it: test,
  suite: describe,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  mock,
  MockTracker,
});
