// A missing executable: pid undefined, stdio sockets present, an async
// 'error' shaped like Node's ("spawn x ENOENT" with errno/code/syscall/path/
// spawnargs), and no 'spawn' event.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('cathode-no-such-command', ['a', 'b']);
assert.strictEqual(child.pid, undefined);
assert.notStrictEqual(child.stdout, null);
assert.strictEqual(child.stdio[1], child.stdout);
let errors = 0;
child.on('spawn', () => assert.fail('spawn must not be emitted'));
child.on('error', (e) => {
  errors++;
  assert.strictEqual(e.message, 'spawn cathode-no-such-command ENOENT');
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.syscall, 'spawn cathode-no-such-command');
  assert.strictEqual(e.path, 'cathode-no-such-command');
  assert.deepStrictEqual(e.spawnargs, ['a', 'b']);
});
process.on('exit', () => assert.strictEqual(errors, 1));
