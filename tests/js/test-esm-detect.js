// ES modules: a .js file under a package.json without "type" runs as an ES
// module when its syntax says so (Node 22's detection), as main script and
// through require(); CommonJS stays CommonJS.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');
const run = (f) => execFileSync(process.execPath, [path.join(__dirname, 'fixtures/esm/detect', f)], { encoding: 'utf8' });

assert.strictEqual(run('main.js'), 'function cjs dep undefined\n');
assert.strictEqual(run('req.js'), 'esm by syntax\n');
assert.strictEqual(require('./fixtures/esm/detect/dep.js'), 'cjs dep');
