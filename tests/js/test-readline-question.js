// readline: question() writes the query, hands the next line to its
// callback instead of 'line'; promises.question resolves; async iteration.
'use strict';
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false });
const seen = [];
rl.on('line', (l) => seen.push(l));
rl.question('name? ', (answer) => {
  assert.strictEqual(answer, 'bob');
  rl.close();
});
input.write('bob\nafter\n');

(async () => {
  const in2 = new PassThrough();
  const rl2 = require('readline/promises').createInterface({ input: in2 });
  const p = rl2.question('q ');
  in2.write('yes\n');
  assert.strictEqual(await p, 'yes');
  rl2.close();

  const in3 = new PassThrough();
  const rl3 = readline.createInterface({ input: in3 });
  const got = [];
  // lines are only buffered for an iterator that exists: feed it afterwards
  setImmediate(() => in3.end('1\n2\n3'));
  for await (const line of rl3) got.push(line);
  assert.deepStrictEqual(got, ['1', '2', '3']);
  done = true;
})();
let done = false;
process.on('exit', () => {
  assert.ok(done);
  assert.strictEqual(written, 'name? ');
  assert.deepStrictEqual(seen, []);
});
