// tape.js — a small stand-in for the `tape` test harness, enough to run the
// test files that ship inside the path-browserify and events npm packages
// (ports of Node's path and events tests) without installing tape's ~130
// dependencies. tests/npm/run.sh places it at node_modules/tape.
//
// Comparisons are written here rather than taken from `assert`, so a path
// result measures `path` alone. Tests run one after another, starting on
// setImmediate after the file has loaded. Output is TAP-like; the footer
// gives "# tests / # pass / # fail" counts, and any failure sets exitCode 1.
'use strict';

const queue = [];
const finishHooks = [];
let started = false;
let asserts = 0;
let passed = 0;
let failed = 0;

function isDeepEqual(a, b, seen) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  seen = seen || [];
  for (const [x, y] of seen) if (x === a && y === b) return true;
  seen.push([a, b]);
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!isDeepEqual(a[k], b[k], seen)) return false;
  }
  return true;
}

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

function where() {
  const stack = String(new Error().stack || '').split('\n');
  const frame = stack.find((l) => /test[^/]*\.js|tests\//.test(l) && !/tape\.js/.test(l));
  return frame ? frame.trim() : '';
}

class Test {
  constructor(name, fn) {
    this.name = name;
    this.fn = fn;
    this.ended = false;
    this.endHooks = [];
    this.failures = 0;
    this.done = null; // resolves the runner's wait
    // tape binds its methods; tests pass them around (console.warn = t.comment)
    for (const k of Object.getOwnPropertyNames(Test.prototype)) {
      if (k !== 'constructor') this[k] = this[k].bind(this);
    }
  }
  _result(ok, msg, detail) {
    asserts++;
    if (ok) {
      passed++;
      console.log(`ok ${asserts} ${msg || ''}`);
    } else {
      failed++;
      this.failures++;
      console.log(`not ok ${asserts} ${msg || ''}`);
      if (detail) console.log(`  ---\n  ${detail}\n  at: ${where()}\n  ...`);
    }
  }
  ok(v, msg) { this._result(!!v, msg || 'should be truthy', `value: ${show(v)}`); }
  notOk(v, msg) { this._result(!v, msg || 'should be falsy', `value: ${show(v)}`); }
  strictEqual(a, b, msg) {
    this._result(Object.is(a, b) || a === b, msg || 'should be strictly equal',
                 `actual: ${show(a)}\n  expected: ${show(b)}`);
  }
  notStrictEqual(a, b, msg) {
    this._result(!(Object.is(a, b) || a === b), msg || 'should not be strictly equal',
                 `both: ${show(a)}`);
  }
  deepEqual(a, b, msg) {
    this._result(isDeepEqual(a, b), msg || 'should be deeply equal',
                 `actual: ${show(a)}\n  expected: ${show(b)}`);
  }
  notDeepEqual(a, b, msg) {
    this._result(!isDeepEqual(a, b), msg || 'should not be deeply equal', `both: ${show(a)}`);
  }
  throws(fn, expected, msg) {
    if (typeof expected === 'string') { msg = expected; expected = undefined; }
    let threw = false;
    let err;
    try { fn(); } catch (e) { threw = true; err = e; }
    let ok = threw;
    if (ok && expected instanceof RegExp) ok = expected.test(String(err));
    else if (ok && typeof expected === 'function') ok = err instanceof expected;
    else if (ok && expected && typeof expected === 'object') {
      ok = Object.keys(expected).every((k) => isDeepEqual(err[k], expected[k]));
    }
    this._result(ok, msg || 'should throw', threw ? `threw: ${show(err && err.message)}` : 'did not throw');
  }
  doesNotThrow(fn, msg) {
    let err;
    try { fn(); } catch (e) { err = e || new Error('thrown falsy value'); }
    this._result(!err, msg || 'should not throw', err ? `threw: ${show(err.message)}` : '');
  }
  fail(msg) {
    const text = msg instanceof Error ? `${msg.name}: ${msg.message}` : msg;
    this._result(false, text || 'fail', msg instanceof Error ? String(msg.stack) : '');
  }
  pass(msg) { this._result(true, msg || 'pass'); }
  comment(...args) { console.log(`# ${args.join(' ')}`); }
  on(event, fn) { if (event === 'end') this.endHooks.push(fn); return this; }
  plan() {}
  end(err) {
    if (err) this.fail(err);
    if (this.ended) return;
    this.ended = true;
    for (const fn of this.endHooks) fn();
    if (this.done) this.done();
  }
}
Test.prototype.equal = Test.prototype.equals = Test.prototype.is = Test.prototype.strictEqual;
Test.prototype.notEqual = Test.prototype.notStrictEqual;
Test.prototype.same = Test.prototype.deepEqual;
Test.prototype.assert = Test.prototype.true = Test.prototype.ok;
Test.prototype.error = Test.prototype.ifError = function ifError(e, msg) {
  this._result(!e, msg || String(e), e ? String(e && e.stack) : '');
};

async function runAll() {
  let tests = 0;
  while (queue.length) {
    const { name, opts, fn } = queue.shift();
    if (opts.skip) {
      console.log(`# SKIP ${name}`);
      continue;
    }
    tests++;
    console.log(`# ${name}`);
    const t = new Test(name, fn);
    const finished = new Promise((resolve) => { t.done = resolve; });
    const timer = setTimeout(() => {
      t.fail(`test "${name}" did not end within 20 s`);
      t.end();
    }, 20000);
    try {
      fn(t);
    } catch (e) {
      t.fail(e);
      t.end();
    }
    await finished;
    clearTimeout(timer);
  }
  for (const fn of finishHooks) {
    try { fn(); } catch (e) { failed++; console.log(`not ok - onFinish hook threw: ${e && e.stack}`); }
  }
  console.log(`\n1..${asserts}\n# tests ${tests}\n# pass  ${passed}\n# fail  ${failed}`);
  if (failed) process.exitCode = 1;
}

function test(name, opts, fn) {
  if (typeof name === 'function') { fn = name; name = '(anonymous)'; opts = {}; }
  if (typeof opts === 'function') { fn = opts; opts = {}; }
  queue.push({ name, opts: opts || {}, fn });
  if (!started) {
    started = true;
    setImmediate(() => {
      runAll().catch((e) => {
        console.log(`not ok - harness error: ${e && e.stack}`);
        process.exitCode = 1;
      });
    });
  }
}
test.onFinish = (fn) => { finishHooks.push(fn); };
test.skip = (name, fn) => test(name, { skip: true }, fn);
test.test = test;

module.exports = test;
