// ES modules: cycles (hoisted functions usable before their module runs, TDZ
// for let/const), top-level await (only when used at top level).
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');
const run = (f) => execFileSync(process.execPath, [path.join(__dirname, 'fixtures/esm', f)], { encoding: 'utf8' });

assert.strictEqual(run('cycle-a.mjs'), 'b runs\na runs b a late\n');
assert.strictEqual(run('tla.mjs'), 'tla main after\n');
assert.strictEqual(run('notla.mjs'), '');
