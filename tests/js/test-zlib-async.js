// node:zlib callback forms: results equal the Sync forms, util.promisify
// works, errors reach the callback, info, and the work runs off the loop
// thread (an immediate fires while a large gzip is still compressing).
'use strict';
const assert = require('assert');
const util = require('util');
const zlib = require('zlib');

let pending = 0;
function step() {
  pending++;
  return () => pending--;
}
process.on('exit', (code) => { if (code === 0) assert.strictEqual(pending, 0, 'every callback ran'); });

const text = Buffer.from('async zlib '.repeat(1000));
for (const [c, d] of [['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'gunzip'], ['gzip', 'unzip']]) {
  const done = step();
  zlib[c](text, { level: 3 }, (err, packed) => {
    assert.ifError(err);
    assert.deepStrictEqual(packed, zlib[`${c}Sync`](text, { level: 3 }));
    zlib[d](packed, (err2, plain) => {
      assert.ifError(err2);
      assert.deepStrictEqual(plain, text);
      done();
    });
  });
}

{
  const done = step();
  zlib.gunzip(Buffer.from('garbage!'), (err, res) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    assert.strictEqual(err.errno, -3);
    assert.strictEqual(err.message, 'incorrect header check');
    assert.strictEqual(res, undefined);
    done();
  });
}

{
  const done = step();
  zlib.deflate('abc', { info: true }, (err, res) => {
    assert.ifError(err);
    assert.strictEqual(res.buffer.toString('hex'), '789c4b4c4a0600024d0127');
    assert.ok(res.engine instanceof zlib.Deflate);
    done();
  });
}

{
  const done = step();
  const gzip = util.promisify(zlib.gzip), gunzip = util.promisify(zlib.gunzip);
  gzip('promised').then(gunzip).then((buf) => {
    assert.strictEqual(buf.toString(), 'promised');
    return util.promisify(zlib.inflate)(Buffer.from('bad'));
  }).then(() => assert.fail('should reject'), (err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    done();
  });
}

// 8 MB of noise at level 9 takes long enough that a loop that is not blocked
// runs the immediate first
{
  const done = step();
  const noise = Buffer.alloc(8 * 1024 * 1024);
  for (let i = 0, x = 3; i < noise.length; i++) noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  let immediateRan = false;
  zlib.gzip(noise, { level: 9 }, (err, packed) => {
    assert.ifError(err);
    assert.ok(immediateRan, 'the loop ran while gzip worked');
    assert.strictEqual(zlib.gunzipSync(packed).length, noise.length);
    done();
  });
  setImmediate(() => { immediateRan = true; });
}
