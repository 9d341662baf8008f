// os.tmpdir follows TMPDIR, TMP, TEMP and strips a trailing slash;
// os.homedir prefers $HOME and falls back to the password database.
'use strict';
const assert = require('assert');
const os = require('os');

process.env.TMPDIR = '/tmpdir/';
assert.strictEqual(os.tmpdir(), '/tmpdir');
process.env.TMPDIR = '';
process.env.TMP = '/tmp2';
assert.strictEqual(os.tmpdir(), '/tmp2');
process.env.TMP = '';
process.env.TEMP = '/temp';
assert.strictEqual(os.tmpdir(), '/temp');
process.env.TEMP = '';
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');

process.env.HOME = '/some/home';
assert.strictEqual(os.homedir(), '/some/home');
delete process.env.HOME;
assert.strictEqual(os.homedir(), os.userInfo().homedir);
