// structuredClone copies built-in types and keeps cycles and sharing.
'use strict';
const assert = require('assert');

const buf = new ArrayBuffer(8);
const src = {
  d: new Date(1234), r: /x/gi, m: new Map([[1, { a: 1 }]]), s: new Set(['k']),
  u8: new Uint8Array(buf, 2, 4), dv: new DataView(buf), b: Object(false), n: 5n,
  e: new RangeError('bad', { cause: 'why' }), arr: [1, , 3],
};
src.self = src;
const out = structuredClone(src);
assert.notStrictEqual(out, src);
assert.strictEqual(out.self, out);
assert.strictEqual(out.d.getTime(), 1234);
assert.strictEqual(out.r.flags, 'gi');
assert.deepStrictEqual(out.m.get(1), { a: 1 });
assert.ok(out.s.has('k'));
assert.strictEqual(out.u8.buffer, out.dv.buffer);
assert.notStrictEqual(out.u8.buffer, buf);
assert.strictEqual(out.u8.byteOffset, 2);
assert.strictEqual(typeof out.b, 'object');
assert.ok(out.e instanceof RangeError);
assert.strictEqual(out.e.message, 'bad');
assert.strictEqual(out.e.cause, 'why');
assert.strictEqual(1 in out.arr, false);
assert.strictEqual(Object.getPrototypeOf(structuredClone(Buffer.from('a'))), Uint8Array.prototype);
const t = new ArrayBuffer(4);
const moved = structuredClone(t, { transfer: [t] });
assert.strictEqual(moved.byteLength, 4);
assert.strictEqual(t.byteLength, 0);
