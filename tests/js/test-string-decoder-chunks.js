// StringDecoder never splits a character across writes, in any encoding.
'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const bytes = Buffer.from('a€😀é');
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
  const src = enc === 'utf16le' ? Buffer.from('a€😀é', 'utf16le') : bytes;
  for (let size = 1; size <= 4; size++) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < src.length; i += size) out += d.write(src.subarray(i, i + size));
    out += d.end();
    assert.strictEqual(out, src.toString(enc), `${enc}/${size}`);
  }
}
const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.write(Buffer.from([0xac])), '€');
assert.strictEqual(d.write(Buffer.from([0xe2])), '');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('UCS-2').encoding, 'utf16le');
assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => d.write(null), { code: 'ERR_INVALID_ARG_TYPE' });
