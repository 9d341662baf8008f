// TextEncoder.encode returns a plain Uint8Array; encodeInto never splits a character.
'use strict';
const assert = require('assert');

const te = new TextEncoder();
assert.strictEqual(te.encoding, 'utf-8');
const out = te.encode('a€');
assert.strictEqual(Object.getPrototypeOf(out), Uint8Array.prototype);
assert.deepStrictEqual([...out], [0x61, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual([...te.encode()], []);
assert.deepStrictEqual([...te.encode('\udc00')], [0xef, 0xbf, 0xbd]);
const dest = new Uint8Array(7);
assert.deepStrictEqual(te.encodeInto('a😀b', dest.subarray(1, 6)), { read: 3, written: 5 });
assert.deepStrictEqual([...dest], [0, 0x61, 0xf0, 0x9f, 0x98, 0x80, 0]);
assert.deepStrictEqual(te.encodeInto('a😀b', dest.subarray(0, 4)), { read: 1, written: 1 });
assert.deepStrictEqual(te.encodeInto('😀', new Uint8Array(3)), { read: 0, written: 0 });
assert.throws(() => te.encodeInto('a', []), { code: 'ERR_INVALID_ARG_TYPE' });
