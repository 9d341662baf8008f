// node:crypto on OpenSSL: digests, HMAC, key derivation against published
// test vectors, randomness, Node's errors, the stream interface, and the
// web-crypto global.
'use strict';
const assert = require('assert');
const crypto = require('crypto');

// FIPS 180 / RFC 1321 vectors
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('hex'),
  'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
assert.strictEqual(crypto.createHash('SHA1').update('ab').update(Buffer.from('c')).digest('hex'),
  'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('md5').update('').digest('hex'), 'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(crypto.createHash('sha512').update('abc').digest('base64').slice(0, 12), '3a81oZNherrM');
assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('hex').slice(0, 8), 'ba7816bf');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 5 }).update('a').digest('hex'), '867e2cb04f');
assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.ok(Buffer.isBuffer(crypto.createHash('sha256').digest()));
// copy() forks the state
const h = crypto.createHash('sha1').update('a');
const h2 = h.copy().update('b');
assert.strictEqual(h.digest('hex'), '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8');
assert.strictEqual(h2.digest('hex'), 'da23614e02469a0d7c7bd1bdab5c9c474b1904dc');

// RFC 4231 test case 2
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
const mac = crypto.createHmac('sha256', Buffer.alloc(0));
mac.digest();
assert.strictEqual(mac.digest('hex'), ''); // a second digest is empty, as in Node

// RFC 6070 (PBKDF2-HMAC-SHA1) and RFC 7914 (scrypt)
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'),
  'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
  'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');

// randomness
const a = crypto.randomBytes(32), b = crypto.randomBytes(32);
assert.strictEqual(a.length, 32);
assert.notDeepStrictEqual(a, b);
assert.match(crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const seen = new Set();
for (let i = 0; i < 2000; i++) seen.add(crypto.randomInt(3, 6));
assert.deepStrictEqual([...seen].sort(), [3, 4, 5]);
const u32 = crypto.randomFillSync(new Uint32Array(8), 2, 4);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[7], 0);
assert.ok(u32.slice(2, 6).some((x) => x !== 0));
assert.strictEqual(globalThis.crypto.getRandomValues(new Uint8Array(16)).length, 16);
assert.throws(() => globalThis.crypto.getRandomValues(new Float64Array(2)), { name: 'TypeMismatchError' });
assert.ok(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
assert.ok(!crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
assert.ok(crypto.getHashes().includes('sha256') && crypto.getHashes().includes('md5'));

// Node's errors
assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHmac('nope', 'k'), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
const done = crypto.createHash('sha256');
done.digest();
assert.throws(() => done.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.createHash('sha256').update(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.randomInt(5, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 1',
});

// a hash is a Transform stream; callbacks come on a later tick
const order = [];
const s = crypto.createHash('sha256');
s.setEncoding('hex');
s.on('data', (d) => order.push(`stream ${d.slice(0, 8)}`));
s.write('ab');
s.end('c');
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  assert.strictEqual(err, null);
  order.push(`pbkdf2 ${key.toString('hex').slice(0, 8)}`);
});
crypto.randomBytes(4, (err, buf) => order.push(`randomBytes ${err} ${buf.length}`));
order.push('sync');
process.on('exit', () => {
  assert.deepStrictEqual(order.sort(), ['pbkdf2 ea6c014d', 'randomBytes null 4', 'stream ba7816bf', 'sync']);
});

// ---- ciphers (NIST SP 800-38A F.2.5 and a GCM round trip) ----
{
  const key = Buffer.from('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex');
  const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  const plain = Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex');
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  c.setAutoPadding(false);
  assert.strictEqual(Buffer.concat([c.update(plain), c.final()]).toString('hex'), 'f58c4c04d6e5f1ba779eabfb5f7bfbd6');
  // padded round trip with string encodings
  const e = crypto.createCipheriv('aes-256-cbc', key, iv);
  const text = e.update('héllo wörld, a message longer than one block', 'utf8', 'base64') + e.final('base64');
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  assert.strictEqual(d.update(text, 'base64', 'utf8') + d.final('utf8'), 'héllo wörld, a message longer than one block');
  // GCM: tag, AAD, a wrong tag fails
  const gk = crypto.randomBytes(32), giv = crypto.randomBytes(12);
  const g = crypto.createCipheriv('aes-256-gcm', gk, giv);
  g.setAAD(Buffer.from('header'));
  const sealed = Buffer.concat([g.update('secret'), g.final()]);
  const tag = g.getAuthTag();
  assert.strictEqual(tag.length, 16);
  const o = crypto.createDecipheriv('aes-256-gcm', gk, giv);
  o.setAAD(Buffer.from('header'));
  o.setAuthTag(tag);
  assert.strictEqual(Buffer.concat([o.update(sealed), o.final()]).toString(), 'secret');
  const bad = crypto.createDecipheriv('aes-256-gcm', gk, giv);
  bad.setAuthTag(Buffer.alloc(16));
  bad.update(sealed);
  assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
  // errors
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', Buffer.alloc(5), iv), { code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length' });
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(5)), { code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector' });
  assert.throws(() => crypto.createCipheriv('nope', key, iv), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
  const wrong = crypto.createDecipheriv('aes-256-cbc', key, iv);
  wrong.update(Buffer.alloc(16));
  assert.throws(() => wrong.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).getAuthTag(),
    { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag' });
  assert.ok(crypto.getCiphers().includes('aes-256-gcm'));
}

// RFC 5869 test case 1 (HKDF-SHA256)
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', Buffer.from('0b'.repeat(22), 'hex'),
  Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)).toString('hex'),
'3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
