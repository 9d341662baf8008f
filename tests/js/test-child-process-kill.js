// kill(): returns true, sets killed, and the child exits with the signal
// name as signalCode (exit code null); unknown signals throw.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('sleep', ['30']);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE' });
assert.strictEqual(child.killed, false);
assert.strictEqual(child.kill(), true);
assert.strictEqual(child.killed, true);
let exited = false;
child.on('exit', (code, signal) => {
  exited = true;
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(child.signalCode, 'SIGTERM');
  // after exit there is nothing left to signal
  assert.strictEqual(child.kill('SIGKILL'), false);
});
process.on('exit', () => assert.ok(exited));
