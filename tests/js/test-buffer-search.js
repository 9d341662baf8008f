// indexOf/lastIndexOf/includes: strings in each encoding, buffers, bytes, offsets.
'use strict';
const assert = require('assert');

const b = Buffer.from('abcdefabcdef');
assert.strictEqual(b.indexOf('cd'), 2);
assert.strictEqual(b.indexOf('cd', 3), 8);
assert.strictEqual(b.indexOf('cd', -4), 8);
assert.strictEqual(b.lastIndexOf('cd'), 8);
assert.strictEqual(b.lastIndexOf('cd', 7), 2);
assert.strictEqual(b.lastIndexOf('cd', -5), 2);
assert.strictEqual(b.indexOf(0x66), 5);
assert.strictEqual(b.indexOf(0x66 + 256), 5);
assert.strictEqual(b.lastIndexOf(0x61), 6);
assert.strictEqual(b.indexOf(Buffer.from('fa')), 5);
assert.strictEqual(b.indexOf('6263', 'hex'), 1);
assert.strictEqual(b.indexOf('YmM=', 'base64'), 1);
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 20), 12);
assert.strictEqual(b.indexOf('x'), -1);
assert.ok(b.includes('fab'));
assert.ok(!b.includes('fab', 6));
const u = Buffer.from('xaxbab', 'ucs2');
assert.strictEqual(u.indexOf('ab', 0, 'ucs2'), 8);
assert.strictEqual(u.indexOf('xb', 'utf16le'), 4);
const l = Buffer.from('\u00e9t\u00e9', 'latin1');
assert.strictEqual(l.indexOf('t\u00e9', 0, 'latin1'), 1);
assert.throws(() => b.indexOf({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.indexOf('a', 0, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
