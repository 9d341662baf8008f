// ES modules: the import/export transform on tricky syntax (strings, templates,
// regex vs division, comments, `x.import`, every declaration form) gives the
// same values as Node.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');

const out = execFileSync(process.execPath, [path.join(__dirname, 'fixtures/esm/syntax-user.mjs')],
  { encoding: 'utf8' }).trim().split('\n');
assert.deepStrictEqual(JSON.parse(out[0]), ['function', 1, 1, 1, 'side', 3, 2, '\\/*import*\\/ "\'`',
  "export { nope } from 'x'", '}import{ } ', 1, 'm']);
assert.deepStrictEqual(JSON.parse(out[1]), [['K', 'af', 'd1', 'd3', 'd4', 'default', 'drest', 'gen', 'l1', 'l2',
  'renamed', 's1', 's2', 'starDefault', 'starNs', 'string name', 'v1'], 's1', 's1', 's2', 1, 3, 5, { x: 9 }, 1, 3, 1,
[1], 'function', 1, 'default', 'async default', true]);
