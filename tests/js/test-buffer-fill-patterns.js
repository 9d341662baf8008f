// fill() with numbers, strings in each encoding, buffers, ranges and bad values.
'use strict';
const assert = require('assert');

assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 0x101).toString('hex'), '01010101');
assert.strictEqual(Buffer.alloc(5, '6162', 'hex').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 'é').toString('hex'), 'c3a9c3a9');
assert.strictEqual(Buffer.alloc(4, 'é', 'latin1').toString('hex'), 'e9e9e9e9');
assert.strictEqual(Buffer.alloc(6, 'a', 'ucs2').toString('hex'), '610061006100');
assert.strictEqual(Buffer.alloc(3, Buffer.from('xy')).toString(), 'xyx');
assert.strictEqual(Buffer.alloc(4).fill('z', 1, 3).toString('hex'), '007a7a00');
assert.strictEqual(Buffer.alloc(3).fill('').toString('hex'), '000000');
const self = Buffer.from('abcdef');
self.fill(self.subarray(0, 2), 2);
assert.strictEqual(self.toString(), 'ababab');
assert.throws(() => Buffer.alloc(3).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(3).fill('a', 0, 4), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(3).fill('a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
