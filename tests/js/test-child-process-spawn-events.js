// spawn: 'spawn' comes first, stdout/stderr carry the child's output, and
// 'close' follows 'exit' once both pipes are closed.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');

const events = [];
let out = '';
let err = '';
const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert.strictEqual(typeof child.pid, 'number');
child.on('spawn', () => events.push('spawn'));
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('close', () => events.push('stdout close'));
child.on('exit', (code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 3);
});
child.on('close', (code, signal) => {
  events.push('close');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
});
process.on('exit', () => {
  assert.strictEqual(out, 'out\n');
  assert.strictEqual(err.toString(), 'err\n');
  assert.strictEqual(events[0], 'spawn');
  // 'close' waits for 'exit' and for the pipes (whose own 'close' listeners
  // registered after spawn() run after the child's)
  assert.ok(events.indexOf('exit') < events.indexOf('close'));
  assert.ok(events.includes('stdout close'));
});
