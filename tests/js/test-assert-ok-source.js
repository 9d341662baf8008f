// assert.ok / assert() without a message quotes the failing call from the
// source file, as Node does. (Calls are in statement position: JavaScriptCore
// makes a strict-mode `() => assert.ok(x)` a proper tail call, which removes
// the caller's frame and with it the call site.)
'use strict';
const assert = require('assert');

assert.throws(() => { assert.ok(typeof 1 === 'string'); }, {
  message: "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 1 === 'string')\n",
});
assert.throws(() => { assert(null); }, {
  message: 'The expression evaluated to a falsy value:\n\n  assert(null)\n',
});
assert.throws(() => {
  assert.ok(
    0,
  );
}, { message: 'The expression evaluated to a falsy value:\n\n  assert.ok(\n    0,\n  )\n' });
assert.throws(() => { assert.ok(); }, { message: 'No value argument passed to `assert.ok()`' });
