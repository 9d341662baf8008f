// ES modules: import() in -e code (JavaScriptCore's own rejects in scripts;
// cathode rewrites it to the ES module loader's), resolved from the cwd.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');

const out = execFileSync(process.execPath,
  ['-e', "import('./lib.mjs').then((m) => console.log(m.count, typeof m.inc))"],
  { encoding: 'utf8', cwd: path.join(__dirname, 'fixtures/esm') });
assert.strictEqual(out, '1 function\n');

// --input-type=module: -e code and stdin are an ES module named [eval1]
const esm = execFileSync(process.execPath, ['--input-type=module', '-e',
  "import { count } from './lib.mjs'; await 0; console.log(count, import.meta.url.endsWith('/[eval1]'))"],
{ encoding: 'utf8', cwd: path.join(__dirname, 'fixtures/esm') });
assert.strictEqual(esm, '1 true\n');
const stdin = execFileSync(process.execPath, ['--input-type=module'],
  { encoding: 'utf8', input: 'console.log(typeof import.meta.resolve)' });
assert.strictEqual(stdin, 'function\n');
