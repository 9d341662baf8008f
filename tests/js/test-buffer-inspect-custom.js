// Buffers inspect as <Buffer xx ...> with at most INSPECT_MAX_BYTES bytes.
'use strict';
const assert = require('assert');
const buffer = require('buffer');

const custom = Symbol.for('nodejs.util.inspect.custom');
assert.strictEqual(Buffer.from('hi')[custom](), '<Buffer 68 69>');
assert.strictEqual(Buffer.alloc(0)[custom](), '<Buffer >');
const big = Buffer.alloc(52, 1)[custom]();
assert.ok(big.endsWith('01 ... 2 more bytes>'), big);
buffer.INSPECT_MAX_BYTES = 1;
assert.strictEqual(Buffer.from('hi')[custom](), '<Buffer 68 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });
