// util.inspect options: compact, breakLength, sorted, colors, depth,
// maxArrayLength, custom inspect functions and array grouping.
'use strict';
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect({ a: [1, 2], b: { c: 1 } }, { compact: false }),
                   '{\n  a: [\n    1,\n    2\n  ],\n  b: {\n    c: 1\n  }\n}');
assert.strictEqual(inspect({ a: 1, b: 2, c: 3 }, { breakLength: 3 }), '{\n  a: 1,\n  b: 2,\n  c: 3\n}');
assert.strictEqual(inspect({ b: 1, a: 2 }, { sorted: true }), '{ a: 2, b: 1 }');
assert.strictEqual(inspect({ a: 1, b: 'x' }, { colors: true }),
                   "{ a: \u001b[33m1\u001b[39m, b: \u001b[32m'x'\u001b[39m }");
assert.strictEqual(inspect({ a: { b: 1 } }, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(inspect([1, 2, 3, 4], { maxArrayLength: 2 }), '[ 1, 2, ... 2 more items ]');
assert.strictEqual(inspect({ [inspect.custom](depth) { return 'CUSTOM' + depth; } }), 'CUSTOM2');
assert.strictEqual(inspect(Array.from({ length: 30 }, (_, i) => i * 37)),
                   '[\n' +
                   '    0,  37,  74, 111,  148,  185,\n' +
                   '  222, 259, 296, 333,  370,  407,\n' +
                   '  444, 481, 518, 555,  592,  629,\n' +
                   '  666, 703, 740, 777,  814,  851,\n' +
                   '  888, 925, 962, 999, 1036, 1073\n' +
                   ']');
assert.strictEqual(inspect.defaultOptions.breakLength, 80);
assert.throws(() => { inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE' });
