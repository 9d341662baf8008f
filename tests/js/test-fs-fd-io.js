// open/read/write/close with offsets and positions, readv/writev, ftruncate,
// fsync, and the callback forms' (err, bytes, buffer) arguments.
'use strict';
const assert = require('assert');
const fs = require('fs');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-fd-');
const f = dir + '/f';
const bytes = (s) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const str = (u) => String.fromCharCode(...u);
try {
  const fd = fs.openSync(f, 'w+');
  assert.strictEqual(fs.writeSync(fd, 'hello world'), 11);
  assert.strictEqual(fs.writeSync(fd, bytes('XYZ'), 1, 2, 0), 2);
  const buf = new Uint8Array(20);
  assert.strictEqual(fs.readSync(fd, buf, 0, 20, 0), 11);
  assert.strictEqual(str(buf.subarray(0, 11)), 'YZllo world');
  assert.strictEqual(fs.readSync(fd, buf, { position: 6, length: 5 }), 5);
  assert.strictEqual(str(buf.subarray(0, 5)), 'world');
  assert.strictEqual(fs.writevSync(fd, [bytes('ab'), bytes('cd')], 0), 4);
  const a = new Uint8Array(2);
  const b = new Uint8Array(3);
  assert.strictEqual(fs.readvSync(fd, [a, b], 0), 5);
  assert.strictEqual(str(a) + str(b), 'abcdo');
  fs.ftruncateSync(fd, 3);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  assert.strictEqual(fs.fstatSync(fd).size, 3);
  assert.throws(() => fs.readSync(fd, buf, 0, 30, 0), { code: 'ERR_OUT_OF_RANGE' });
  fs.closeSync(fd);
  fs.truncateSync(f, 1);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'a');
  fs.open(f, 'r+', (err, fd2) => {
    assert.ifError(err);
    const out = bytes('QRS');
    fs.write(fd2, out, 0, 3, 0, (err, n, b2) => {
      assert.ifError(err);
      assert.strictEqual(n, 3);
      assert.strictEqual(b2, out);
      const into = new Uint8Array(3);
      fs.read(fd2, into, 0, 3, 0, (err, n2, b3) => {
        assert.ifError(err);
        assert.strictEqual(n2, 3);
        assert.strictEqual(b3, into);
        assert.strictEqual(str(into), 'QRS');
        fs.close(fd2, (err) => {
          assert.ifError(err);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
