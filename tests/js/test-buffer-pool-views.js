// Small buffers share the allocation pool; every binding call must use the
// view's own offset (a pooled buffer is a view at byteOffset > 0).
'use strict';
const assert = require('assert');

const a = Buffer.from('a');
const bc = Buffer.from('bc');
const hi = Buffer.from('hi');
assert.ok(bc.byteOffset > 0 && bc.buffer === a.buffer, 'expected pooled buffers');
assert.strictEqual(a.toString(), 'a');
assert.strictEqual(bc.toString(), 'bc');
assert.strictEqual(hi.toString('hex'), '6869');
assert.strictEqual(Buffer.concat([a, bc, hi]).toString(), 'abchi');
const sub = Buffer.from('0123456789').subarray(3, 7);
assert.strictEqual(sub.toString(), '3456');
assert.strictEqual(sub.indexOf('5'), 2);
sub.fill('x', 1, 3);
assert.strictEqual(sub.toString(), '3xx6');
sub.write('ab', 2);
assert.strictEqual(sub.toString(), '3xab');
assert.strictEqual(Buffer.compare(sub, Buffer.from('3xab')), 0);
const dv = new DataView(new ArrayBuffer(8), 2, 4);
new Uint8Array(dv.buffer)[2] = 0x41;
assert.strictEqual(Buffer.from(dv.buffer, 2, 1).toString(), 'A');
