// readdirSync / readdir: names, withFileTypes Dirents, recursive listings.
'use strict';
const assert = require('assert');
const fs = require('fs');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-readdir-');
try {
  fs.mkdirSync(dir + '/sub/deep', { recursive: true });
  fs.writeFileSync(dir + '/f.txt', '');
  fs.writeFileSync(dir + '/sub/g.txt', '');
  fs.symlinkSync('f.txt', dir + '/link');
  assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['f.txt', 'link', 'sub']);
  const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  assert(ents[0] instanceof fs.Dirent);
  assert.deepStrictEqual(ents.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink()]),
    [['f.txt', true, false, false], ['link', false, false, true], ['sub', false, true, false]]);
  assert.strictEqual(ents[0].parentPath, dir);
  assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(),
    ['f.txt', 'link', 'sub', 'sub/deep', 'sub/g.txt']);
  fs.readdir(dir, { withFileTypes: true, recursive: true }, (err, list) => {
    assert.ifError(err);
    assert.strictEqual(list.length, 5);
    fs.rmSync(dir, { recursive: true });
  });
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
