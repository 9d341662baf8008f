// mkdirSync/mkdir with { recursive }: the first directory created comes back,
// undefined when all exist; a file in the way is an error.
'use strict';
const assert = require('assert');
const fs = require('fs');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-mkdir-');
try {
  assert.strictEqual(fs.mkdirSync(dir + '/a/b/c', { recursive: true }), dir + '/a');
  assert(fs.statSync(dir + '/a/b/c').isDirectory());
  assert.strictEqual(fs.mkdirSync(dir + '/a/b/c', { recursive: true }), undefined);
  assert.strictEqual(fs.mkdirSync(dir + '/a/b/d/'), undefined);
  assert.throws(() => fs.mkdirSync(dir + '/a'), {
    code: 'EEXIST', message: `EEXIST: file already exists, mkdir '${dir}/a'`,
  });
  fs.writeFileSync(dir + '/file', '');
  assert.throws(() => fs.mkdirSync(dir + '/file/x', { recursive: true }), { code: 'ENOTDIR' });
  assert.throws(() => fs.mkdirSync(dir + '/file', { recursive: true }), { code: 'EEXIST' });
  assert.throws(() => fs.mkdirSync(dir + '/q', { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  fs.mkdir(dir + '/p/q', { recursive: true }, (err, first) => {
    assert.ifError(err);
    assert.strictEqual(first, dir + '/p');
    fs.promises.mkdir(dir + '/r/s', { recursive: true }).then((p) => {
      assert.strictEqual(p, dir + '/r');
      fs.rmSync(dir, { recursive: true });
    });
  });
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
