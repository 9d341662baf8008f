// check.js — the few helpers every tests/npm/test-*.js uses. Each check is a
// name and a function; a check fails when it throws or returns a promise that
// rejects. Comparisons are done here (JSON-shaped values), not with `assert`,
// so a package's result does not hinge on the assert module. Prints one line
// per check, then "N passed, N failed"; exit code 1 when anything failed.
'use strict';

const checks = [];

function check(name, fn) {
  checks.push({ name, fn });
  if (checks.length === 1) setImmediate(run);
}

function show(v) {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  if (Number.isNaN(v)) return 'NaN';
  try { return JSON.stringify(v); } catch { return String(v); }
}

// Deep equality on JSON-shaped values (plus undefined and NaN), same types.
function same(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
}

function eq(actual, expected, what) {
  if (!same(actual, expected)) {
    throw new Error(`${what ? what + ': ' : ''}got ${show(actual)}, expected ${show(expected)}`);
  }
}

function ok(v, what) {
  if (!v) throw new Error(`${what || 'value'} is ${show(v)}, expected truthy`);
}

function throws(fn, pattern, what) {
  try {
    fn();
  } catch (e) {
    if (pattern && !pattern.test(String(e && e.message))) {
      throw new Error(`${what || 'call'} threw ${show(String(e && e.message))}, expected ${pattern}`);
    }
    return;
  }
  throw new Error(`${what || 'call'} did not throw`);
}

async function run() {
  let passed = 0, failed = 0;
  for (const { name, fn } of checks) {
    try {
      await fn();
      passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      const msg = e && e.stack ? String(e.stack).split('\n').slice(0, 4).join('\n      ') : String(e);
      console.log(`FAIL ${name}\n      ${msg}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

module.exports = { check, eq, ok, throws };
