// ES modules: builtins (default + named), live bindings, hoisted default
// function, JSON modules, CommonJS named exports, import.meta, import(),
// namespace objects.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');

const out = execFileSync(process.execPath, [path.join(__dirname, 'fixtures/esm/basic.mjs')],
  { encoding: 'utf8' }).trim().split('\n');
assert.deepStrictEqual(JSON.parse(out[0]), [true, true, 'function', 1, 2, 'dflt', 'named', 'k', 42, 'N', 'N', 17,
  5, 'export 2 import nested }', true, true, 1]);
assert.strictEqual(out[1], '2 Klass,alias,count,default,fn,inc,other [object Module]');
