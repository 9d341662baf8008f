// assert's generated messages: the short "a !== b" form, the line diff for
// deepStrictEqual, notStrictEqual, deepEqual blocks, and AssertionError's
// fields and Node-shaped stack.
'use strict';
const assert = require('assert');

function msgOf(fn) {
  try { fn(); } catch (e) { return e; }
  throw new Error('did not throw');
}
let e = msgOf(() => assert.strictEqual(1, 2));
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.operator, 'strictEqual');
assert.strictEqual(e.generatedMessage, true);
assert.match(e.stack, /^AssertionError \[ERR_ASSERTION\]: Expected values/);
assert.match(e.stack, /\n    at /);

e = msgOf(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
assert.strictEqual(e.message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }');
e = msgOf(() => assert.strictEqual('hello world', 'hello there'));
assert.strictEqual(e.message,
                   "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^");
e = msgOf(() => assert.notStrictEqual(1, 1));
assert.strictEqual(e.message, 'Expected "actual" to be strictly unequal to: 1');
e = msgOf(() => assert.deepEqual([1], [2]));
assert.strictEqual(e.message,
                   'Expected values to be loosely deep-equal:\n\n[\n  1\n]\n\nshould loosely deep-equal\n\n[\n  2\n]');
e = msgOf(() => assert.equal(1, 2));
assert.strictEqual(e.message, '1 == 2');
e = msgOf(() => assert.strictEqual(1, 2, 'custom'));
// Node >= 20.20 keeps the comparison under a custom message
assert.strictEqual(e.message, 'custom\n\n1 !== 2\n');
assert.strictEqual(e.generatedMessage, false);
e = msgOf(() => assert.notStrictEqual(1, 1, 'n'));
assert.strictEqual(e.message, 'n');
e = msgOf(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
assert.strictEqual(e.message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n-   3\n  ]');
