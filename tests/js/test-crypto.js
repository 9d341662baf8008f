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
