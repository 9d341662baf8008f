// StringDecoder returns Node's exact chunks for invalid UTF-8 and UTF-16 edges.
'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const hex = (h) => Buffer.from(h, 'hex');
let d = new StringDecoder('utf8');
assert.strictEqual(d.write(hex('f69b')), ''); // held like a 4-byte lead, as Node does
assert.strictEqual(d.write(hex('d1')), '\ufffd\ufffd');
assert.strictEqual(d.end(), '\ufffd');
d = new StringDecoder('utf8');
assert.strictEqual(d.write(hex('f1')), '');
assert.strictEqual(d.write(hex('41f2')), '\ufffdA');
assert.strictEqual(d.end(), '\ufffd');
d = new StringDecoder('utf16le');
assert.strictEqual(d.write(hex('3dd8')), '');
assert.strictEqual(d.write(hex('4d')), '');
assert.strictEqual(d.write(hex('dc')), '\ud83d\udc4d');
d = new StringDecoder('utf16le');
assert.strictEqual(d.write(hex('3dd84d')), '\ud83d');
assert.strictEqual(d.end(), '');
d = new StringDecoder('base64');
assert.strictEqual(d.write(Buffer.from('abcd')), 'YWJj');
assert.strictEqual(d.end(), 'ZA==');
