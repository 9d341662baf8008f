// readline: 'line' for each of \n, \r\n and \r endings (also split across
// chunks), the unterminated last line on end, then 'close'.
'use strict';
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => lines.push('<close>'));
input.write('a\r\nb\n');
input.write('c\r');
input.write('\nd\re\n\nlast');
input.end();
setImmediate(() => {
  assert.deepStrictEqual(lines, ['a', 'b', 'c', 'd', 'e', '', 'last', '<close>']);
});
process.on('exit', () => assert.strictEqual(lines.length, 8));
