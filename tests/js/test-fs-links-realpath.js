// symlink/readlink/link/realpath(.native)/copyFile/rename/unlink/chmod/access.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.realpathSync(fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-link-'));
try {
  fs.writeFileSync(d + '/f', 'data');
  fs.symlinkSync('f', d + '/s');
  assert.strictEqual(fs.readlinkSync(d + '/s'), 'f');
  assert.strictEqual(fs.realpathSync(d + '/s'), d + '/f');
  assert.strictEqual(fs.realpathSync.native(d + '/s'), d + '/f');
  assert.throws(() => fs.realpathSync(d + '/none/x'), {
    code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${d}/none'`,
  });
  assert.throws(() => fs.realpathSync.native(d + '/none'), { code: 'ENOENT', syscall: 'realpath' });
  assert.throws(() => fs.symlinkSync('f', d + '/s'), {
    message: `EEXIST: file already exists, symlink 'f' -> '${d}/s'`,
  });
  fs.linkSync(d + '/f', d + '/h');
  assert.strictEqual(fs.statSync(d + '/f').nlink, 2);
  fs.copyFileSync(d + '/f', d + '/c');
  assert.throws(() => fs.copyFileSync(d + '/f', d + '/c', fs.constants.COPYFILE_EXCL), { code: 'EEXIST', syscall: 'copyfile' });
  fs.renameSync(d + '/c', d + '/c2');
  assert.strictEqual(fs.readFileSync(d + '/c2', 'utf8'), 'data');
  fs.unlinkSync(d + '/c2');
  fs.chmodSync(d + '/f', 0o600);
  assert.strictEqual(fs.statSync(d + '/f').mode & 0o777, 0o600);
  fs.chmodSync(d + '/f', '644');
  assert.strictEqual(fs.statSync(d + '/f').mode & 0o777, 0o644);
  fs.accessSync(d + '/f', fs.constants.R_OK | fs.constants.W_OK);
  fs.realpath(d + '/s', (err, p) => {
    assert.ifError(err);
    assert.strictEqual(p, d + '/f');
    fs.readlink(d + '/s', (err, t) => {
      assert.ifError(err);
      assert.strictEqual(t, 'f');
      fs.rmSync(d, { recursive: true });
    });
  });
} catch (e) {
  fs.rmSync(d, { recursive: true });
  throw e;
}
