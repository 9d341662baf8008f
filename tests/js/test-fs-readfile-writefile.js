// fs.readFileSync / writeFileSync / appendFileSync round trips: strings,
// Uint8Array data, flags, and the utf8 encoding option.
'use strict';
const assert = require('assert');
const fs = require('fs');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-rw-');
const f = dir + '/a.txt';
try {
  fs.writeFileSync(f, 'héllo');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo');
  assert.strictEqual(fs.readFileSync(f, { encoding: 'utf8' }), 'héllo');
  const raw = fs.readFileSync(f);
  assert(raw instanceof Uint8Array);
  assert.strictEqual(raw.length, 6);
  fs.appendFileSync(f, new Uint8Array([33, 33]));
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo!!');
  fs.writeFileSync(f, 'x', { flag: 'a' });
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo!!x');
  assert.throws(() => fs.writeFileSync(f, 'y', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
  fs.writeFileSync(f, '');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), '');
  // an fd reads from its current position
  fs.writeFileSync(f, 'abcdef');
  const fd = fs.openSync(f, 'r');
  fs.readSync(fd, new Uint8Array(2), 0, 2, null);
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'cdef');
  fs.closeSync(fd);
  assert.throws(() => fs.writeFileSync(f, 5), { code: 'ERR_INVALID_ARG_TYPE' });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
