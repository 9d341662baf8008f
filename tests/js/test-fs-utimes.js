// utimesSync/futimesSync/lutimesSync with numbers, numeric strings and Dates.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-utimes-');
try {
  const f = d + '/f';
  fs.writeFileSync(f, '');
  fs.utimesSync(f, 1000, 2000.5);
  let s = fs.statSync(f);
  assert.strictEqual(s.atimeMs, 1000000);
  assert.strictEqual(s.mtimeMs, 2000500);
  fs.utimesSync(f, '3000', new Date(4000000));
  s = fs.statSync(f);
  assert.strictEqual(s.atime.getTime(), 3000000);
  assert.strictEqual(s.mtime.getTime(), 4000000);
  const fd = fs.openSync(f, 'r');
  fs.futimesSync(fd, 5, 6);
  fs.closeSync(fd);
  assert.strictEqual(fs.statSync(f).mtimeMs, 6000);
  fs.symlinkSync(f, d + '/l');
  fs.lutimesSync(d + '/l', 7, 8);
  assert.strictEqual(fs.lstatSync(d + '/l').mtimeMs, 8000);
  assert.strictEqual(fs.statSync(f).mtimeMs, 6000);
  assert.throws(() => fs.utimesSync(f, 'foo', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "atime" argument must be an instance of Date or an Time in seconds. Received type string (\'foo\')',
  });
  fs.utimes(f, 9, 10, (err) => {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(f).mtimeMs, 10000);
    fs.rmSync(d, { recursive: true });
  });
} catch (e) {
  fs.rmSync(d, { recursive: true });
  throw e;
}
