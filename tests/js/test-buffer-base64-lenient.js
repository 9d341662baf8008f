// base64 decoding is lenient as in Node: junk skipped, either alphabet, '=' stops.
'use strict';
const assert = require('assert');

assert.strictEqual(Buffer.from('aGVs bG8=', 'base64').toString(), 'hello');
assert.strictEqual(Buffer.from('aGVs\nbG8', 'base64').toString(), 'hello');
assert.strictEqual(Buffer.from('aGVs*bG8', 'base64').toString(), 'hello');
assert.deepStrictEqual([...Buffer.from('-_8', 'base64')], [0xfb, 0xff]);
assert.deepStrictEqual([...Buffer.from('+/8', 'base64url')], [0xfb, 0xff]);
assert.strictEqual(Buffer.from('YQ==YQ==', 'base64').toString(), 'a');
assert.strictEqual(Buffer.from('Y', 'base64').length, 0);
const b = Buffer.alloc(2);
assert.strictEqual(b.write('aGVsbG8=', 'base64'), 2);
assert.strictEqual(b.toString(), 'he');
