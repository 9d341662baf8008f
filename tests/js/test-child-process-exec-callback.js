// exec/execFile callbacks: stdout/stderr strings, and on failure an Error
// "Command failed: cmd\nstderr" with code, killed, signal and cmd.
'use strict';
const assert = require('assert');
const { exec, execFile } = require('child_process');

let calls = 0;
exec('echo out; echo err >&2', (err, stdout, stderr) => {
  calls++;
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
});
exec('echo bad >&2; exit 4', (err, stdout, stderr) => {
  calls++;
  assert.strictEqual(err.message, 'Command failed: echo bad >&2; exit 4\nbad\n');
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo bad >&2; exit 4');
  assert.strictEqual(stderr, 'bad\n');
});
execFile('cathode-no-such-command', ['a'], (err) => {
  calls++;
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.cmd, 'cathode-no-such-command a');
});
exec('sleep 10', { timeout: 50 }, (err) => {
  calls++;
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
});
execFile('echo', ['x'], { encoding: 'buffer' }, (err, stdout) => {
  calls++;
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'x\n');
});
exec('yes | head -c 5000', { maxBuffer: 100 }, (err, stdout) => {
  calls++;
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout.length, 100);
});
process.on('exit', () => assert.strictEqual(calls, 6));
