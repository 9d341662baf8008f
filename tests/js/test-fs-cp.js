// cpSync / cp / promises.cp: files, recursive directories, symlinks,
// errorOnExist, filter, and the ERR_FS_* errors.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-cp-');
try {
  fs.mkdirSync(d + '/src/sub', { recursive: true });
  fs.writeFileSync(d + '/src/a', 'A');
  fs.writeFileSync(d + '/src/sub/b', 'B');
  fs.writeFileSync(d + '/src/skip.log', 'L');
  fs.symlinkSync('a', d + '/src/link');
  assert.throws(() => fs.cpSync(d + '/src', d + '/dst'), { code: 'ERR_FS_EISDIR' });
  fs.cpSync(d + '/src', d + '/dst', { recursive: true, filter: (s) => !s.endsWith('.log') });
  assert.strictEqual(fs.readFileSync(d + '/dst/sub/b', 'utf8'), 'B');
  assert.strictEqual(fs.existsSync(d + '/dst/skip.log'), false);
  assert.strictEqual(fs.readlinkSync(d + '/dst/link'), d + '/src/a');
  fs.cpSync(d + '/src/a', d + '/single');
  assert.strictEqual(fs.readFileSync(d + '/single', 'utf8'), 'A');
  assert.throws(() => fs.cpSync(d + '/src/a', d + '/single', { force: false, errorOnExist: true }),
    { code: 'ERR_FS_CP_EEXIST' });
  assert.throws(() => fs.cpSync(d + '/src', d + '/src/sub/x', { recursive: true }),
    { code: 'ERR_FS_CP_EINVAL' });
  fs.cp(d + '/src', d + '/dst2', { recursive: true }, (err) => {
    assert.ifError(err);
    assert.strictEqual(fs.readFileSync(d + '/dst2/a', 'utf8'), 'A');
    fs.promises.cp(d + '/src/sub', d + '/dst3', { recursive: true }).then(() => {
      assert.strictEqual(fs.readFileSync(d + '/dst3/b', 'utf8'), 'B');
      fs.rmSync(d, { recursive: true });
    });
  });
} catch (e) {
  fs.rmSync(d, { recursive: true });
  throw e;
}
