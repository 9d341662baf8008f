// Node's libuv error shape from fs, sync and async: message, code, errno,
// syscall, path, dest.
'use strict';
const assert = require('assert');
const fs = require('fs');
const missing = '/nonexistent-ct-dir/file';
assert.throws(() => fs.readFileSync(missing), {
  message: `ENOENT: no such file or directory, open '${missing}'`,
  code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
});
assert.throws(() => fs.renameSync(missing, '/tmp/x-ct'), {
  message: `ENOENT: no such file or directory, rename '${missing}' -> '/tmp/x-ct'`,
  dest: '/tmp/x-ct',
});
assert.throws(() => fs.statSync(missing), { syscall: 'stat', code: 'ENOENT' });
assert.throws(() => fs.readdirSync(missing), { syscall: 'scandir' });
assert.throws(() => fs.readFileSync('/'), {
  message: 'EISDIR: illegal operation on a directory, read', code: 'EISDIR',
});
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
let called = 0;
fs.stat(missing, (err, st) => {
  called++;
  assert.strictEqual(err.message, `ENOENT: no such file or directory, stat '${missing}'`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(st, undefined);
});
fs.promises.readFile(missing).catch((err) => {
  called++;
  assert.strictEqual(err.syscall, 'open');
});
process.on('exit', () => assert.strictEqual(called, 2));
