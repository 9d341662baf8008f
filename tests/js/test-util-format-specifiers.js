// util.format: every %-specifier as Node formats it, extra arguments,
// %j on circular data, %s on objects, bigints and -0.
'use strict';
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%s %d %i %f %j %O %%', 'a', 1.5, 1.5, '2.5', { a: 1 }, { b: 2 }),
                   'a 1.5 1 2.5 {"a":1} { b: 2 } %');
assert.strictEqual(util.format('%o', [1]), '[ 1, [length]: 1 ]');
assert.strictEqual(util.format('%s', 1n), '1n');
assert.strictEqual(util.format('%s', -0), '-0');
assert.strictEqual(util.format('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
assert.strictEqual(util.format('%s', { toString() { return 'TS'; } }), 'TS');
assert.strictEqual(util.format('%d', '0x10'), '16');
assert.strictEqual(util.format('%i', 1n), '1n');
assert.strictEqual(util.format('%d', Symbol('s')), 'NaN');
assert.strictEqual(util.format('a', 'b', 1, {}), 'a b 1 {}');
assert.strictEqual(util.format(1, 2), '1 2');
assert.strictEqual(util.format('%s'), '%s');
assert.strictEqual(util.format('%c%s', 'css', 'x'), 'x');
assert.strictEqual(util.format('%s:%s', 'a'), 'a:%s');
assert.strictEqual(util.format('%x', 1), '%x 1');
const circ = {};
circ.a = circ;
assert.strictEqual(util.format('%j', circ), '[Circular]');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', 1), '\u001b[33m1\u001b[39m');
assert.throws(() => util.formatWithOptions(null), { code: 'ERR_INVALID_ARG_TYPE' });
