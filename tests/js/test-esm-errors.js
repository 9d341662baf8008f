// ES modules: errors point at the original file and line (the transform keeps
// lines), with the file: URL in stacks; link errors name the import.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');
const run = (f) => spawnSync(process.execPath, [path.join(__dirname, 'fixtures/esm', f)], { encoding: 'utf8' });

const dir = path.join(__dirname, 'fixtures/esm');
let r = run('err.mjs');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, new RegExp(`^file://${dir}/err.mjs:4\n  throw new Error\\('boom'\\);\n`));
assert.match(r.stderr, new RegExp(`at thrower \\(file://${dir}/err.mjs:4:`));
assert.match(r.stderr, new RegExp(`file://${dir}/err.mjs:6:`));
r = run('missing.mjs');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, new RegExp(`^file://${dir}/missing.mjs:2\nimport \\{ nothere \\} from './lib.mjs';\n {9}\\^`));
assert.match(r.stderr, /SyntaxError: The requested module '.\/lib.mjs' does not provide an export named 'nothere'/);
