// node:zlib Transform streams: gzip → gunzip piped end to end in small
// chunks, flush() and params() mid-stream (bytes as Node writes them),
// reset(), close(), bytesWritten, corrupt input as an 'error' event, and
// the class names.
'use strict';
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable, Transform } = require('stream');

let pending = 0;
function step() {
  pending++;
  return () => pending--;
}
process.on('exit', (code) => { if (code === 0) assert.strictEqual(pending, 0, 'every stream test finished'); });

// end to end, with a chunk size small enough to need several writes per chunk
const big = Buffer.alloc(200000);
for (let i = 0, x = 7; i < big.length; i++) big[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 28;
const chunks = [];
for (let i = 0; i < big.length; i += 7000) chunks.push(big.subarray(i, i + 7000));
for (const [c, d] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip']]) {
  const done = step();
  const out = [];
  pipeline(Readable.from(chunks), zlib[c]({ chunkSize: 1024 }), zlib[d](),
    new Writable({ write(chunk, enc, cb) { out.push(chunk); cb(); } }), (err) => {
      assert.ifError(err);
      assert.ok(Buffer.concat(out).equals(big), `${c} | ${d}`);
      done();
    });
}

// flush() pushes out what was written so far; params() then applies to
// what follows (Node writes exactly these bytes)
{
  const done = step();
  const d = zlib.createDeflate();
  const got = [];
  d.on('data', (chunk) => got.push(chunk));
  d.write('hello');
  d.flush(() => {
    const soFar = Buffer.concat(got);
    assert.strictEqual(soFar.toString('hex'), '789cca48cdc9c907000000ffff');
    assert.strictEqual(zlib.inflateSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'hello');
    d.params(0, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
      assert.ifError(err);
      d.end(' world');
    });
  });
  d.on('end', () => {
    const all = Buffer.concat(got);
    assert.strictEqual(all.toString('hex'), '789cca48cdc9c907000000ffff010600f9ff20776f726c641a0b045d');
    assert.strictEqual(d.bytesWritten, 11);
    assert.strictEqual(zlib.inflateSync(all).toString(), 'hello world');
    done();
  });
}

// corrupt input: an 'error' event with zlib's message, the stream destroyed
{
  const done = step();
  const g = zlib.createGunzip();
  g.on('error', (err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    assert.strictEqual(err.errno, -3);
    assert.strictEqual(err.message, 'incorrect header check');
    assert.ok(g.destroyed);
    done();
  });
  g.end(Buffer.from('not gzip data'));
}

// reset() while a write is in flight, then a fresh stream from the start
{
  const done = step();
  const s = zlib.createDeflateRaw();
  const got = [];
  s.write('discarded');
  s.reset();
  s.on('data', (chunk) => got.push(chunk));
  s.flush(() => {
    s.reset(); // nothing in flight now: immediate
    got.length = 0;
    s.end('fresh');
  });
  s.on('end', () => {
    assert.strictEqual(zlib.inflateRawSync(Buffer.concat(got)).toString(), 'fresh');
    done();
  });
}

// close(): the callback runs, the handle is gone, writes after it are refused
{
  const done = step();
  const c = zlib.createInflate();
  c.write(zlib.deflateSync('x'));
  c.close(() => {
    assert.strictEqual(c._closed, true);
    assert.throws(() => c.reset(), /zlib binding closed/);
    done();
  });
}

// classes: callable with or without new, Transform streams, named as in Node
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  assert.strictEqual(zlib[name].name, name);
  assert.ok(new zlib[name]() instanceof Transform);
  assert.ok(zlib[name]() instanceof zlib[name]);
  assert.ok(zlib[`create${name}`]() instanceof zlib[name]);
}
assert.strictEqual(zlib.Z_FINISH, 4);
assert.strictEqual(zlib.constants.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes[-3], 'Z_DATA_ERROR');
assert.ok(!Object.keys(zlib).includes('Z_OK'));
