// Integer and float reads/writes, and Node's range-error messages.
'use strict';
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 0), 4);
assert.strictEqual(b.readUInt32LE(0), 0xefbeadde);
assert.strictEqual(b.readInt32BE(0), -559038737);
assert.strictEqual(b.writeIntLE(-123456789012, 0, 6), 6);
assert.strictEqual(b.readIntLE(0, 6), -123456789012);
assert.strictEqual(b.writeUIntBE(0x123456789abc, 2, 6), 8);
assert.strictEqual(b.readUIntBE(2, 6), 0x123456789abc);
b.writeBigInt64LE(-2n);
assert.strictEqual(b.readBigInt64LE(), -2n);
assert.strictEqual(b.readBigUInt64LE(), 2n ** 64n - 2n);
b.writeDoubleBE(Math.PI);
assert.strictEqual(b.readDoubleBE(), Math.PI);
b.writeFloatLE(1.5, 4);
assert.strictEqual(b.readFloatLE(4), 1.5);
assert.strictEqual(b.readUint8, b.readUInt8);
assert.throws(() => b.readUInt8(8), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8',
});
assert.throws(() => b.readUInt32LE(1.5), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => b.readInt16BE('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.writeUInt8(256), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => b.writeUIntLE(2 ** 48, 0, 6), {
  message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656',
});
assert.throws(() => b.writeBigInt64BE(2n ** 63n), {
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2 ** 63n. ' +
    'Received 9_223_372_036_854_775_808n',
});
assert.throws(() => b.readIntLE(0, 7), {
  message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
});
assert.throws(() => Buffer.alloc(2).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: 'Attempt to access memory outside buffer bounds',
});
