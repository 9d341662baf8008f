// node:zlib one-shot functions: round trips in every format, output
// byte-for-byte as Node's for the same input and options, empty input,
// concatenated gzip members, unzip's detection, any view or ArrayBuffer as
// input, the info option, and crc32.
'use strict';
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));
const pairs = [
  ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'],
];
const noisy = Buffer.alloc(300000);
for (let i = 0, x = 1; i < noisy.length; i++) noisy[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 27;
for (const [c, d] of pairs) {
  for (const input of [text, noisy, Buffer.alloc(0)]) {
    assert.deepStrictEqual(zlib[d](zlib[c](input)), input, `${c} → ${d}`);
    assert.deepStrictEqual(zlib[d](zlib[c](input, { level: 1 }), { chunkSize: 64 }), input, `${c} → ${d} small`);
  }
}

// What Node (v20.20.2) produces for the same input and options. Node bundles
// Chromium's zlib, whose faster match finder can choose other (equally
// valid) matches at levels 1-9 with the default strategy; the cases below are
// the ones where the DEFLATE format leaves no choice or both agree.
const hw = Buffer.from('hello world');
const expected = [
  [text, 'deflateSync', { level: 9, strategy: zlib.constants.Z_FILTERED }, '78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849acaa5448c94fd7530819553caa785431b515030047a5431c'],
  [hw, 'deflateSync', {}, '789ccb48cdc9c95728cf2fca4901001a0b045d'],
  [hw, 'deflateSync', { level: 9 }, '78dacb48cdc9c95728cf2fca4901001a0b045d'],
  [hw, 'deflateSync', { windowBits: 9 }, '1895cb48cdc9c95728cf2fca4901001a0b045d'],
  [hw, 'deflateSync', { strategy: zlib.constants.Z_HUFFMAN_ONLY }, '7801cb48cdc9c95728cf2fca4901001a0b045d'],
  [hw, 'deflateRawSync', { strategy: zlib.constants.Z_RLE }, 'cb48cdc9c95728cf2fca490100'],
  [hw, 'gzipSync', {}, '1f8b0800000000000003cb48cdc9c95728cf2fca49010085114a0d0b000000'],
  [hw, 'gzipSync', { level: 9 }, '1f8b0800000000000203cb48cdc9c95728cf2fca49010085114a0d0b000000'],
  [hw, 'deflateSync', { dictionary: Buffer.from('quick brown fox') }, '78bb2ee905d3cb48cdc9c95728cf2fca4901001a0b045d'],
];
for (const [input, fn, opts, hex] of expected) assert.strictEqual(zlib[fn](input, opts).toString('hex'), hex, fn);
// what the system zlib (Python's zlib.compress on it) gives at the default level
if (process.versions.electron) { // cathode: the system zlib
  assert.strictEqual(zlib.deflateSync(text).toString('hex'), '789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a0147a5431c');
}
assert.strictEqual(zlib.deflateSync('').toString('hex'), '789c030000000001');
assert.strictEqual(zlib.gzipSync('').toString('hex'), '1f8b080000000000000303000000000000000000');
assert.strictEqual(zlib.deflateRawSync('').toString('hex'), '0300');
const stored = zlib.deflateRawSync(text, { level: 0 });
assert.strictEqual(stored.subarray(0, 5).toString('hex'), '0184037bfc');
assert.deepStrictEqual(stored.subarray(5), text);

// gzip members concatenate; zero padding after one is ignored
const gz = zlib.gzipSync('hello');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, gz])).toString(), 'hellohello');
assert.strictEqual(zlib.unzipSync(Buffer.concat([gz, gz])).toString(), 'hellohello');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(3)])).toString(), 'hello');
// bytes after a zlib stream are ignored
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('hi'), Buffer.from('junk')])).toString(), 'hi');

// inputs: strings, any view (its own bytes only), ArrayBuffers
const u16 = new Uint16Array([1, 2, 3]);
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(u16)).toString('hex'), '010002000300');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(u16.buffer)).toString('hex'), '010002000300');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(new DataView(u16.buffer, 2, 2))).toString('hex'), '0200');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(Buffer.from('xabcx').subarray(1, 4))).toString(), 'abc');
assert.ok(Buffer.isBuffer(zlib.inflateSync(zlib.deflateSync('x'))));

// info: the engine comes back too
const info = zlib.deflateSync('abc', { info: true });
assert.strictEqual(info.buffer.toString('hex'), '789c4b4c4a0600024d0127');
assert.ok(info.engine instanceof zlib.Deflate);
assert.strictEqual(info.engine.bytesWritten, 3);

// windowBits 0 on inflate: the window size from the header
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(text, { windowBits: 10 }), { windowBits: 0 }).length, text.length);

// crc32 (Node 22)
if (zlib.crc32) {
  assert.strictEqual(zlib.crc32(''), 0);
  assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
  assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
  assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
  assert.strictEqual(zlib.crc32(new Uint16Array([0x6968])), zlib.crc32('hi'));
  assert.strictEqual(zlib.crc32(text), gz.length && zlib.gzipSync(text).readUInt32LE(zlib.gzipSync(text).length - 8));
  assert.throws(() => zlib.crc32(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => zlib.crc32('a', -1), { code: 'ERR_OUT_OF_RANGE' });
}
