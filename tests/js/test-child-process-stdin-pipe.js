// Writing to a child's stdin and ending it: cat echoes everything back.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');

const cat = spawn('cat');
const big = 'x'.repeat(200000); // more than a pipe buffer: exercises queued writes
cat.stdin.write('hello ');
cat.stdin.write(Buffer.from('world '));
cat.stdin.end(big);
assert.strictEqual(cat.stdin.readable, false);
let got = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', (d) => { got += d; });
cat.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(got, `hello world ${big}`);
});
process.on('exit', () => assert.ok(got.length > 0));
