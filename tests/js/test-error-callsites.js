// Error.prepareStackTrace with Error.captureStackTrace gets V8-style
// CallSite objects (the depd/callsites way of finding a caller); without a
// prepareStackTrace, .stack stays a string.
'use strict';
const assert = require('assert');

function where() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (obj, stack) => stack;
  const holder = {};
  Error.captureStackTrace(holder, where);
  const stack = holder.stack;
  Error.prepareStackTrace = prep;
  return stack;
}

function caller() {
  return where(); // line 18
}

const sites = caller();
assert.ok(Array.isArray(sites) && sites.length > 0);
assert.strictEqual(sites[0].getFunctionName(), 'caller');
assert.strictEqual(sites[0].getFileName(), __filename);
assert.strictEqual(sites[0].getLineNumber(), 18);
assert.strictEqual(typeof sites[0].getColumnNumber(), 'number');
assert.strictEqual(sites[0].isNative(), false);
assert.match(String(sites[0]), /^caller \(.*test-error-callsites\.js:18:\d+\)$/);

// stackTraceLimit bounds the frames handed over
const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
assert.strictEqual(caller().length, 1);
Error.stackTraceLimit = limit;

// without prepareStackTrace: JSC's text, as before
const o = {};
Error.captureStackTrace(o);
assert.strictEqual(typeof o.stack, 'string');
