// opendirSync / opendir / promises.opendir: readSync, read, async iteration,
// ERR_DIR_CLOSED.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-opendir-');
fs.writeFileSync(d + '/a', '');
fs.mkdirSync(d + '/b');
const dir = fs.opendirSync(d);
assert.strictEqual(dir.path, d);
const names = [];
let e;
while ((e = dir.readSync()) !== null) names.push([e.name, e.isDirectory()]);
assert.deepStrictEqual(names.sort(), [['a', false], ['b', true]]);
dir.closeSync();
assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => fs.opendirSync(d + '/none'), { code: 'ENOENT', syscall: 'opendir' });
(async () => {
  const seen = [];
  for await (const ent of await fs.promises.opendir(d)) seen.push(ent.name);
  assert.deepStrictEqual(seen.sort(), ['a', 'b']);
  fs.opendir(d, (err, dh) => {
    assert.ifError(err);
    dh.read((err, ent) => {
      assert.ifError(err);
      assert(['a', 'b'].includes(ent.name));
      dh.close().then(() => fs.rmSync(d, { recursive: true }));
    });
  });
})();
