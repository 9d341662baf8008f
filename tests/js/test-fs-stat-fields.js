// fs.Stats fields and Date getters; BigIntStats with { bigint: true }.
'use strict';
const assert = require('assert');
const fs = require('fs');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-stat-');
try {
  fs.writeFileSync(dir + '/f', '12345');
  const s = fs.statSync(dir + '/f');
  assert(s instanceof fs.Stats);
  for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
    'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) {
    assert.strictEqual(typeof s[k], 'number', k);
  }
  assert.strictEqual(s.size, 5);
  assert(s.isFile() && !s.isDirectory() && !s.isSymbolicLink());
  assert(s.mtime instanceof Date);
  assert.strictEqual(s.mtime.getTime(), Math.round(s.mtimeMs));
  assert(Math.abs(s.mtime.getTime() - Date.now()) < 60000);
  const b = fs.statSync(dir, { bigint: true });
  assert.strictEqual(typeof b.size, 'bigint');
  assert.strictEqual(typeof b.mtimeNs, 'bigint');
  assert.strictEqual(b.mtimeMs, b.mtimeNs / 1000000n);
  assert(b.isDirectory());
  const fd = fs.openSync(dir + '/f', 'r');
  assert.strictEqual(fs.fstatSync(fd).ino, s.ino);
  fs.closeSync(fd);
  fs.symlinkSync(dir + '/f', dir + '/l');
  assert(fs.lstatSync(dir + '/l').isSymbolicLink());
  assert(fs.statSync(dir + '/l').isFile());
  const sf = fs.statfsSync(dir);
  assert(sf.bsize > 0 && sf.blocks > 0);
  fs.lstat(dir + '/l', { bigint: true }, (err, st) => {
    assert.ifError(err);
    assert(st.isSymbolicLink());
    fs.rmSync(dir, { recursive: true });
  });
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
