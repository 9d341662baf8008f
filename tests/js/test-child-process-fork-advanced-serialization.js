// fork({ serialization: 'advanced' }): Map, Set, BigInt, typed arrays,
// Buffers, Dates, Errors and cycles survive the round trip to the child.
'use strict';
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send(m);
    process.disconnect();
  });
  return;
}
const cyc = { name: 'c' };
cyc.self = cyc;
const msg = {
  map: new Map([[1, { a: 1 }]]), set: new Set(['x']), big: 2n ** 70n, u8: new Uint8Array([1, 2, 3]),
  f64: new Float64Array([Math.PI]), buf: Buffer.from('hi'), date: new Date(5), undef: undefined,
  neg0: -0, nan: NaN, err: new RangeError('r'), cyc,
};
const child = fork(__filename, ['child'], { serialization: 'advanced' });
let got;
child.on('message', (m) => { got = m; });
child.send(msg);
assert.throws(() => fork(__filename, ['child'], { serialization: 'v8' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received 'v8'",
});
process.on('exit', () => {
  assert.ok(got, 'no reply');
  assert.strictEqual(got.cyc.self, got.cyc);
  assert.ok(got.map instanceof Map && got.map.get(1).a === 1);
  assert.ok(got.set.has('x'));
  assert.strictEqual(got.big, 2n ** 70n);
  assert.deepStrictEqual(got.u8, new Uint8Array([1, 2, 3]));
  assert.ok(got.f64 instanceof Float64Array && got.f64[0] === Math.PI);
  assert.ok(Buffer.isBuffer(got.buf) && got.buf.toString() === 'hi');
  assert.strictEqual(got.date.getTime(), 5);
  assert.ok('undef' in got && got.undef === undefined);
  assert.ok(Object.is(got.neg0, -0) && Number.isNaN(got.nan));
  assert.ok(got.err instanceof RangeError && got.err.message === 'r');
});
