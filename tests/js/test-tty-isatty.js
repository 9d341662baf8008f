// tty.isatty: false for pipes, files and bad descriptors; WriteStream on a
// non-TTY descriptor fails with Node's codes.
'use strict';
const assert = require('assert');
const tty = require('tty');
const { spawnSync } = require('child_process');

assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty(123456), false);
// under a pipe, the child's stdout is not a TTY
const r = spawnSync(process.execPath, ['-p', 'require("tty").isatty(1) + " " + process.stdout.isTTY'],
                    { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'false false\n');
assert.throws(() => new tty.WriteStream(-1), { code: 'ERR_INVALID_FD' });
assert.throws(() => new tty.ReadStream(123456), { code: 'ERR_TTY_INIT_FAILED', name: 'SystemError' });
