// compare/equals ordering and copy() clamping, including overlapping copies.
'use strict';
const assert = require('assert');

assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), Buffer.from('a')), 1);
assert.strictEqual(Buffer.from('abc').compare(Buffer.from('xbcx'), 1, 3, 1), 0);
assert.ok(Buffer.from('x').equals(new Uint8Array([0x78])));
assert.throws(() => Buffer.from('x').equals('x'), { code: 'ERR_INVALID_ARG_TYPE' });
const t = Buffer.alloc(4);
assert.strictEqual(Buffer.from('abcdef').copy(t, 1), 3);
assert.strictEqual(t.toString('latin1'), '\0abc');
const o = Buffer.from('abcdef');
assert.strictEqual(o.copy(o, 2, 0, 4), 4);
assert.strictEqual(o.toString(), 'ababcd');
assert.throws(() => o.copy(t, -1), { code: 'ERR_OUT_OF_RANGE' });
