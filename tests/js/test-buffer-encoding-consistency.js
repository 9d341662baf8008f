// Seeded fuzz: every encoding round-trips, Buffer and TextEncoder/Decoder
// agree, partial writes never split a character (JS fast paths and C alike).
'use strict';
const assert = require('assert');

let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const te = new TextEncoder();
const td = new TextDecoder('utf-8', { ignoreBOM: true });
for (let it = 0; it < 1500; it++) {
  const bytes = Buffer.alloc(rnd(100));
  for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(it % 2 ? 256 : 128);
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
    const back = Buffer.from(bytes.toString(enc), enc);
    const expect = enc === 'ucs2' ? bytes.subarray(0, bytes.length & ~1) : bytes;
    assert.ok(back.equals(expect), enc);
  }
  const str = bytes.toString();
  assert.ok(Buffer.from(str).equals(te.encode(str)));
  assert.strictEqual(td.decode(bytes), str);
  let t = '';
  const n = rnd(80);
  for (let i = 0; i < n; i++) {
    t += String.fromCharCode([rnd(128), rnd(0x800), rnd(0x10000), 0xd800 + rnd(0x800)][rnd(4)]);
  }
  const wellFormed = t.toWellFormed();
  assert.strictEqual(Buffer.from(t).toString(), wellFormed);
  assert.ok(Buffer.from(wellFormed).equals(te.encode(t)));
  assert.strictEqual(Buffer.byteLength(t), Buffer.from(t).length);
  const dst = Buffer.alloc(rnd(100));
  const w = dst.write(t);
  const full = Buffer.from(wellFormed);
  assert.ok(full.subarray(0, w).equals(dst.subarray(0, w)));
  assert.ok(w === full.length || w > dst.length - 4, 'stopped early');
  assert.strictEqual(dst.subarray(0, w).toString(), wellFormed.slice(0, dst.subarray(0, w).toString().length));
}
