// assert.js — node:assert. (Bootstrap version: the common assertions; the
// util/assert work replaces it with Node's full module and AssertionError.)
'use strict';

const { inspect } = require('internal/util/inspect');

class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = !options.userMessage;
  }
}

function fail(actual, expected, message, operator, defaultMsg) {
  if (message instanceof Error) throw message;
  throw new AssertionError({
    message: message !== undefined ? message : defaultMsg, userMessage: message !== undefined,
    actual, expected, operator,
  });
}

function isDeepEqual(a, b, strict, seen = new Map()) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (ArrayBuffer.isView(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && a[i] !== b[i]) return false;
  }
  if (a instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!isDeepEqual(a[k], b[k], strict, seen)) return false;
  }
  return true;
}

function matchesExpected(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected.call({}, err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  if (typeof expected === 'object' && expected !== null) {
    for (const k of Object.keys(expected)) {
      const e = expected[k];
      if (e instanceof RegExp && typeof err[k] === 'string') {
        if (!e.test(err[k])) return false;
      } else if (!isDeepEqual(err[k], e, true)) {
        return false;
      }
    }
    return true;
  }
  return true;
}

function assert(value, message) { ok(value, message); }
function ok(value, message) {
  if (!value) fail(value, true, message, '==', 'The expression evaluated to a falsy value:\n\n  assert.ok(' + inspect(value) + ')\n');
}
assert.ok = ok;
assert.AssertionError = AssertionError;
assert.fail = (message = 'Failed') => fail(undefined, undefined, message, 'fail', message);
assert.equal = (a, b, m) => { if (!(a == b || (a !== a && b !== b))) fail(a, b, m, '==', `${inspect(a)} == ${inspect(b)}`); };
assert.notEqual = (a, b, m) => { if (a == b) fail(a, b, m, '!=', `${inspect(a)} != ${inspect(b)}`); };
assert.strictEqual = (a, b, m) => { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', `Expected values to be strictly equal:\n\n${inspect(a)} !== ${inspect(b)}\n`); };
assert.notStrictEqual = (a, b, m) => { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', `Expected "actual" to be strictly unequal to: ${inspect(b)}`); };
assert.deepEqual = (a, b, m) => { if (!isDeepEqual(a, b, false)) fail(a, b, m, 'deepEqual', `Expected values to be loosely deep-equal:\n\n${inspect(a)}\n\nshould loosely deep-equal\n\n${inspect(b)}`); };
assert.deepStrictEqual = (a, b, m) => { if (!isDeepEqual(a, b, true)) fail(a, b, m, 'deepStrictEqual', `Expected values to be strictly deep-equal:\n${inspect(a)}\n\nshould equal\n\n${inspect(b)}`); };
assert.notDeepStrictEqual = (a, b, m) => { if (isDeepEqual(a, b, true)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + inspect(b)); };
assert.notDeepEqual = (a, b, m) => { if (isDeepEqual(a, b, false)) fail(a, b, m, 'notDeepEqual', 'Expected "actual" not to be loosely deep-equal to: ' + inspect(b)); };
assert.throws = (fn, expected, message) => {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try { fn(); } catch (err) {
    if (!matchesExpected(err, expected)) {
      if (typeof expected === 'function' && expected.prototype !== undefined && !(err instanceof expected)) throw err;
      fail(err, expected, message, 'throws', `The error did not match the expected value: ${inspect(err)}`);
    }
    return;
  }
  fail(undefined, expected, message, 'throws', 'Missing expected exception.');
};
assert.doesNotThrow = (fn, message) => {
  try { fn(); } catch (err) { fail(err, undefined, message, 'doesNotThrow', `Got unwanted exception.\nActual message: "${err && err.message}"`); }
};
assert.rejects = async (p, expected, message) => {
  if (typeof p === 'function') p = p();
  try { await p; } catch (err) {
    if (!matchesExpected(err, expected)) fail(err, expected, message, 'rejects', `The error did not match the expected value: ${inspect(err)}`);
    return;
  }
  fail(undefined, expected, message, 'rejects', 'Missing expected rejection.');
};
assert.doesNotReject = async (p, message) => {
  if (typeof p === 'function') p = p();
  try { await p; } catch (err) { fail(err, undefined, message, 'doesNotReject', 'Got unwanted rejection.'); }
};
assert.match = (s, re, m) => { if (!re.test(s)) fail(s, re, m, 'match', `The input did not match the regular expression ${re}. Input:\n\n${inspect(s)}\n`); };
assert.doesNotMatch = (s, re, m) => { if (re.test(s)) fail(s, re, m, 'doesNotMatch', `The input was expected to not match the regular expression ${re}. Input:\n\n${inspect(s)}\n`); };
assert.ifError = (err) => { if (err !== null && err !== undefined) throw err; };
assert.strict = assert;

module.exports = assert;
