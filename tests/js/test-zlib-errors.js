// node:zlib errors: corrupt and truncated input with zlib's message and
// Node's code/errno, dictionaries missing or wrong, and Node's option and
// argument checks (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE,
// ERR_BUFFER_TOO_LARGE) with Node's exact texts.
'use strict';
const assert = require('assert');
const zlib = require('zlib');

function zerr(code, errno, message) {
  return (e) => {
    assert.strictEqual(e.constructor, Error);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.errno, errno);
    assert.strictEqual(e.message, message);
    return true;
  };
}
const gz = zlib.gzipSync('hello');
assert.throws(() => zlib.gunzipSync(Buffer.from('x')), zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.gunzipSync(gz.subarray(0, 10)), zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.inflateSync(zlib.deflateSync('hello').subarray(0, 5)),
  zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.inflateSync(Buffer.from('xxxxxxxxxx')), zerr('Z_DATA_ERROR', -3, 'incorrect header check'));
assert.throws(() => zlib.gunzipSync(Buffer.from('not gzip at all')), zerr('Z_DATA_ERROR', -3, 'incorrect header check'));
assert.throws(() => zlib.unzipSync(Buffer.from('neither format')), zerr('Z_DATA_ERROR', -3, 'incorrect header check'));
assert.throws(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])),
  zerr('Z_DATA_ERROR', -3, 'invalid block type'));
// a trailing non-zero byte after a gzip member starts a new (truncated) one
assert.throws(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('x')])), zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
const corrupt = Buffer.from(gz);
corrupt[corrupt.length - 6] ^= 1; // the CRC
assert.throws(() => zlib.gunzipSync(corrupt), zerr('Z_DATA_ERROR', -3, 'incorrect data check'));

// dictionaries
const dict = Buffer.from('hel');
const withDict = zlib.deflateSync('hello', { dictionary: dict });
assert.throws(() => zlib.inflateSync(withDict), zerr('Z_NEED_DICT', 2, 'Missing dictionary'));
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('abc') }), zerr('Z_NEED_DICT', 2, 'Bad dictionary'));
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: dict }).toString(), 'hello');
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: new Uint8Array(dict).buffer }).toString(), 'hello');
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync('abcab', { dictionary: dict }), { dictionary: dict }).toString(), 'abcab');

// option and argument checks
function rangeErr(message) {
  return { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message };
}
assert.throws(() => zlib.deflateSync('x', { level: 10 }),
  rangeErr('The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 10'));
assert.throws(() => zlib.deflateSync('x', { windowBits: Infinity }),
  rangeErr('The value of "options.windowBits" is out of range. It must be a finite number. Received Infinity'));
assert.throws(() => zlib.gzipSync('x', { windowBits: 8 }),
  rangeErr('The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. Received 8'));
assert.throws(() => zlib.deflateSync('x', { chunkSize: 10 }),
  rangeErr('The value of "options.chunkSize" is out of range. It must be >= 64. Received 10'));
assert.throws(() => zlib.deflateSync('x', { maxOutputLength: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.deflateSync('x', { finishFlush: 9 }),
  rangeErr('The value of "options.finishFlush" is out of range. It must be >= 0 and <= 5. Received 9'));
assert.throws(() => zlib.deflateSync('x', { strategy: 9 }),
  rangeErr('The value of "options.strategy" is out of range. It must be >= 0 and <= 4. Received 9'));
assert.throws(() => zlib.deflateSync('x', { memLevel: 0 }),
  rangeErr('The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. Received 0'));
assert.throws(() => zlib.deflateSync('x', { level: 'a' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.level" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => zlib.deflateSync(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, ' +
    'or ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.deflateSync('x', { dictionary: 5 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, ' +
    'or ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.deflate('x'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => zlib.createDeflate().params(10, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(zlib.deflateSync('x', { level: NaN }).toString('hex'), zlib.deflateSync('x').toString('hex'));

// maxOutputLength
const zeros = zlib.deflateSync(Buffer.alloc(1000));
assert.throws(() => zlib.inflateSync(zeros, { maxOutputLength: 100 }), {
  name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 100 bytes',
});
assert.strictEqual(zlib.inflateSync(zeros, { maxOutputLength: 1000 }).length, 1000);
zlib.inflate(zeros, { maxOutputLength: 999 }, (err, res) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message, 'Cannot create a Buffer larger than 999 bytes');
  assert.strictEqual(res, undefined);
});
