// util.inspect of primitives: quotes chosen by content, escapes, -0, bigint,
// symbols, numericSeparator and maxStringLength, as Node prints them.
'use strict';
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect('a'), "'a'");
assert.strictEqual(inspect("it's"), `"it's"`);
assert.strictEqual(inspect('a"\'b'), "`a\"'b`");
assert.strictEqual(inspect('a"\'`b'), "'a\"\\'`b'");
assert.strictEqual(inspect('\n\t\x01\x7f'), "'\\n\\t\\x01\\x7F'");
assert.strictEqual(inspect(-0), '-0');
assert.strictEqual(inspect(12n), '12n');
assert.strictEqual(inspect(Symbol('s')), 'Symbol(s)');
assert.strictEqual(inspect(undefined), 'undefined');
assert.strictEqual(inspect(null), 'null');
assert.strictEqual(inspect(1234567.891, { numericSeparator: true }), '1_234_567.891');
assert.strictEqual(inspect(-123456789n, { numericSeparator: true }), '-123_456_789n');
assert.strictEqual(inspect('abcdef', { maxStringLength: 2 }), "'ab'... 4 more characters");
assert.strictEqual(inspect('x'.repeat(70) + '\n' + 'y'.repeat(20)),
                   `'${'x'.repeat(70)}\\n' +\n  '${'y'.repeat(20)}'`);
