// ES modules on real npm packages (devDependencies): js-yaml's ES module
// build (its "import" export condition), commander's ESM wrapper, and
// CommonJS packages (chalk 4, semver, lodash, debug) through default and
// named-export interop.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');

const out = execFileSync(process.execPath, [path.join(__dirname, 'fixtures/esm/npm.mjs')], { encoding: 'utf8' });
assert.strictEqual(out, 'a:|  - 1|  - 2 2 function function true 2 function\n');
