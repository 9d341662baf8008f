// node:zlib Brotli on libbrotli: round trips (sync, callback, streams),
// output as Node's for the same input and quality, parameters and their
// checks, and decoder errors with Node's codes.
'use strict';
const assert = require('assert');
const zlib = require('zlib');
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_SIZE_HINT } = zlib.constants;

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));
const noisy = Buffer.alloc(300000);
for (let i = 0, x = 5; i < noisy.length; i++) noisy[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 27;
for (const input of [text, noisy, Buffer.alloc(0)]) {
  const packed = zlib.brotliCompressSync(input, { params: { [BROTLI_PARAM_QUALITY]: 5 } });
  assert.deepStrictEqual(zlib.brotliDecompressSync(packed), input);
  assert.deepStrictEqual(zlib.brotliDecompressSync(packed, { chunkSize: 64 }), input);
}

// Node v20.20.2's bytes for the same input and quality
assert.strictEqual(zlib.brotliCompressSync(text).toString('hex'),
  '1b8303882c0e78d3d0955d9710bb172ba9cad092cc8cad415ce6f236c8199e9e0a7b830d387048206f24be41a715ce1c1e27aa2938c289b84f8301');
assert.strictEqual(zlib.brotliCompressSync(text, { params: { [BROTLI_PARAM_QUALITY]: 4 } }).toString('hex'),
  '1b83030044db46a92e245b3214c553916772f2a72950159817bab25990836fe195a723f2a2ac3626b8451f18276275ff21301900');
assert.strictEqual(zlib.brotliCompressSync('hello world', { params: { [BROTLI_PARAM_QUALITY]: 1 } }).toString('hex'),
  '0b058068656c6c6f20776f726c6403');
assert.strictEqual(zlib.brotliCompressSync('').toString('hex'), '3b');
assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(text, {
  params: { [BROTLI_PARAM_SIZE_HINT]: text.length, [BROTLI_PARAM_QUALITY]: true },
})), text);

// errors: Node's codes and texts
const packed = zlib.brotliCompressSync('hello hello hello');
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('garbage data here')), (e) => {
  assert.strictEqual(e.code, 'ERR__ERROR_FORMAT_PADDING_1');
  assert.strictEqual(e.errno, -14);
  assert.strictEqual(e.message, 'Decompression failed');
  return true;
});
assert.throws(() => zlib.brotliDecompressSync(packed.subarray(0, 5)),
  { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 99: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '99 is not a valid Brotli parameter',
});
assert.throws(() => zlib.brotliCompressSync('x', { params: { a: 1 } }), { code: 'ERR_BROTLI_INVALID_PARAM' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 1: 'a' } }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => zlib.brotliDecompressSync(packed, { params: { 5: 1 } }), {
  name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Initialization failed',
});
assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat([packed, Buffer.from('zz')])).toString(), 'hello hello hello');

// callback form and a stream with flush()
let pending = 2;
process.on('exit', (code) => { if (code === 0) assert.strictEqual(pending, 0); });
zlib.brotliCompress(noisy, (err, out) => {
  assert.ifError(err);
  zlib.brotliDecompress(out, (err2, back) => {
    assert.ifError(err2);
    assert.ok(back.equals(noisy));
    pending--;
  });
});
const s = zlib.createBrotliCompress();
const got = [];
s.on('data', (chunk) => got.push(chunk));
s.write('abc');
s.flush(() => {
  assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(got), {
    finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
  }).toString(), 'abc');
  s.end();
});
s.on('end', () => {
  assert.strictEqual(Buffer.concat(got).toString('hex'), '0b018061626303');
  assert.ok(s instanceof zlib.BrotliCompress);
  pending--;
});
