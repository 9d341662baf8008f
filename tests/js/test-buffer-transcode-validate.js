// transcode between utf8/ucs2/latin1/ascii, and isUtf8/isAscii.
'use strict';
const assert = require('assert');
const { transcode, isUtf8, isAscii } = require('buffer');

assert.strictEqual(transcode(Buffer.from('€a'), 'utf8', 'ucs2').toString('hex'), 'ac206100');
assert.strictEqual(transcode(Buffer.from('é€'), 'utf8', 'latin1').toString('hex'), 'e93f');
assert.strictEqual(transcode(Buffer.from([0xe9]), 'latin1', 'utf8').toString(), 'é');
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR', message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.ok(isUtf8(Buffer.from('héllo')));
assert.ok(!isUtf8(Buffer.from([0xc0, 0xaf])));
assert.ok(!isUtf8(Buffer.from([0xed, 0xa0, 0x80])));
assert.ok(isUtf8(new ArrayBuffer(3)));
assert.ok(isAscii(Buffer.from('abc')));
assert.ok(!isAscii(Buffer.from('é')));
assert.throws(() => isUtf8('x'), { code: 'ERR_INVALID_ARG_TYPE' });
