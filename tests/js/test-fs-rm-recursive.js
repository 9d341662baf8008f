// rmSync/rm: recursive trees, force on missing paths, ERR_FS_EISDIR for a
// directory without recursive; rmdirSync({ recursive }).
'use strict';
const assert = require('assert');
const fs = require('fs');
const base = (process.env.TMPDIR || '/tmp') + '/ct-fs-rm-';
function tree() {
  const d = fs.mkdtempSync(base);
  fs.mkdirSync(d + '/a/b/c', { recursive: true });
  fs.writeFileSync(d + '/a/b/c/f', 'x');
  fs.writeFileSync(d + '/a/g', 'y');
  fs.symlinkSync('/nonexistent', d + '/a/dangling');
  return d;
}
const d1 = tree();
assert.throws(() => fs.rmSync(d1), {
  code: 'ERR_FS_EISDIR', name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${d1}`,
});
fs.rmSync(d1, { recursive: true });
assert.strictEqual(fs.existsSync(d1), false);
assert.throws(() => fs.rmSync(d1), { code: 'ENOENT' });
fs.rmSync(d1, { force: true });
const d2 = tree();
fs.rmdirSync(d2, { recursive: true });
assert.strictEqual(fs.existsSync(d2), false);
const d3 = tree();
fs.rm(d3, { recursive: true }, (err) => {
  assert.ifError(err);
  assert.strictEqual(fs.existsSync(d3), false);
  fs.promises.rm(d3, { force: true, recursive: true }).then(() => {
    const d4 = tree();
    return fs.promises.rm(d4, { recursive: true }).then(() => assert(!fs.existsSync(d4)));
  });
});
