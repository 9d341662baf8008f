// process.stdin on a pipe is a net.Socket: a child fed through its stdin
// reads everything, gets 'end', and exits on its own.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  let s = '';
  assert.ok(process.stdin instanceof require('net').Socket);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { s += d; });
  process.stdin.on('end', () => process.stdout.write(`got:${s.length}:${s.slice(0, 5)}`));
  return;
}
const input = 'hello'.repeat(40000);
const r = spawnSync(process.execPath, [__filename, 'child'], { input, timeout: 10000 });
assert.strictEqual(r.status, 0, r.stderr.toString());
assert.strictEqual(r.stdout.toString(), `got:${input.length}:hello`);
// an untouched stdin does not keep the process alive
const idle = spawnSync(process.execPath, ['-e', 'process.stdin; 1'], { timeout: 5000 });
assert.strictEqual(idle.status, 0);
