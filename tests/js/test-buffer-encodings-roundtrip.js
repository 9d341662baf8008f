// Buffer.from/toString agree with Node for every encoding on known vectors.
'use strict';
const assert = require('assert');

const text = 'héllo wörld €😀';
const utf8Hex = '68c3a96c6c6f2077c3b6726c6420e282acf09f9880';
assert.strictEqual(Buffer.from(text).toString('hex'), utf8Hex);
assert.strictEqual(Buffer.from(utf8Hex, 'hex').toString('utf8'), text);
assert.strictEqual(Buffer.from(text).toString('base64'), 'aMOpbGxvIHfDtnJsZCDigqzwn5iA');
assert.strictEqual(Buffer.from('ab').toString('base64'), 'YWI=');
assert.strictEqual(Buffer.from('a').toString('base64'), 'YQ==');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.deepStrictEqual([...Buffer.from('aé€', 'ucs2')], [0x61, 0, 0xe9, 0, 0xac, 0x20]);
assert.strictEqual(Buffer.from([0x61, 0, 0xe9, 0, 0xac, 0x20, 0x41]).toString('utf16le'), 'aé€');
assert.deepStrictEqual([...Buffer.from('aé€', 'latin1')], [0x61, 0xe9, 0xac]);
assert.strictEqual(Buffer.from([0x61, 0xe9, 0x00]).toString('latin1'), 'aé\0');
assert.strictEqual(Buffer.from([0x61, 0xe9, 0xff]).toString('ascii'), 'ai\x7f');
assert.strictEqual(Buffer.from('abc', 'binary').toString('hex'), '616263');
assert.strictEqual(Buffer.from('00ff7F', 'hex').toString('hex'), '00ff7f');
assert.strictEqual(Buffer.from('', 'hex').length, 0);
assert.strictEqual(Buffer.byteLength(text), 21);
assert.strictEqual(Buffer.byteLength(text, 'ucs2'), text.length * 2);
assert.strictEqual(Buffer.byteLength('aGk=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('\ud800'), 3); // lone surrogate -> U+FFFD
assert.deepStrictEqual([...Buffer.from('\ud800x')], [0xef, 0xbf, 0xbd, 0x78]);
assert.throws(() => Buffer.from('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
assert.throws(() => Buffer.from('x').toString('nope'), { message: 'Unknown encoding: nope' });
for (const enc of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'BINARY',
  'base64', 'base64url', 'hex', 'ascii']) {
  assert.ok(Buffer.isEncoding(enc), enc);
}
assert.ok(!Buffer.isEncoding('utf-16'));
assert.ok(!Buffer.isEncoding(''));
