// console.table draws Node's box table (left-aligned cells) for arrays of
// objects, arrays of primitives and Maps.
'use strict';
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
const c = new Console({ stdout: new Writable({ write(ch, enc, cb) { out += ch; cb(); } }) });
c.table([{ a: 1, b: 'xyz' }, { a: 22 }]);
assert.strictEqual(out,
                   '┌─────────┬────┬───────┐\n' +
                   '│ (index) │ a  │ b     │\n' +
                   '├─────────┼────┼───────┤\n' +
                   "│ 0       │ 1  │ 'xyz' │\n" +
                   '│ 1       │ 22 │       │\n' +
                   '└─────────┴────┴───────┘\n');
out = '';
c.table(new Map([['k', 1]]));
assert.strictEqual(out,
                   '┌───────────────────┬─────┬────────┐\n' +
                   '│ (iteration index) │ Key │ Values │\n' +
                   '├───────────────────┼─────┼────────┤\n' +
                   "│ 0                 │ 'k' │ 1      │\n" +
                   '└───────────────────┴─────┴────────┘\n');
out = '';
c.table(5);
assert.strictEqual(out, '5\n');
