// rmSync/rm remove files whose names are not valid UTF-8, and readdir with
// encoding 'buffer' returns those names' exact bytes.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-rm8-');
const name = Buffer.from([0x3d, 0xff, 0xfe]);
fs.writeFileSync(Buffer.concat([Buffer.from(d + '/'), name]), 'x');
const listed = fs.readdirSync(d, { encoding: 'buffer' });
assert.strictEqual(listed.length, 1);
assert(Buffer.isBuffer(listed[0]));
assert.deepStrictEqual([...listed[0]], [0x3d, 0xff, 0xfe]);
fs.rmSync(d, { recursive: true });
assert.strictEqual(fs.existsSync(d), false);
const d2 = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-rm8-');
fs.mkdirSync(d2 + '/sub');
fs.writeFileSync(Buffer.concat([Buffer.from(d2 + '/sub/'), name]), 'x');
fs.promises.rm(d2, { recursive: true }).then(() => assert.strictEqual(fs.existsSync(d2), false));
