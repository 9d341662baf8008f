// TextDecoder: labels, BOM, fatal, streaming, utf-16 and windows-1252.
'use strict';
const assert = require('assert');

const td = new TextDecoder();
assert.strictEqual(td.encoding, 'utf-8');
assert.strictEqual(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), 'hi');
assert.strictEqual(new TextDecoder('utf8', { ignoreBOM: true }).decode(Buffer.from('\ufeffx')), '\ufeffx');
assert.strictEqual(td.decode(new Uint8Array([0xff])), '\ufffd');
assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError',
  message: 'The encoded data was not valid for encoding utf-8',
});
const s = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
assert.strictEqual(s.decode(new Uint8Array(euro.slice(0, 1)), { stream: true }), '');
assert.strictEqual(s.decode(new Uint8Array(euro.slice(1)), { stream: true }), '€');
assert.strictEqual(s.decode(new Uint8Array([0xe2])), '\ufffd');
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x00, 0xde])), '😀');
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8])), '\ufffd');
assert.strictEqual(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x61])), 'a');
const w = new TextDecoder('latin1');
assert.strictEqual(w.encoding, 'windows-1252');
assert.strictEqual(w.decode(new Uint8Array([0x80, 0xe9, 0x9f])), '€éŸ');
assert.strictEqual(new TextDecoder(' UTF-8 ').encoding, 'utf-8');
assert.throws(() => new TextDecoder('nope'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError', message: 'The "nope" encoding is not supported',
});
assert.throws(() => td.decode('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(Object.prototype.toString.call(td), '[object TextDecoder]');
