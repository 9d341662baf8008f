// process.on('SIGxxx'): a listener catches the signal instead of the default
// action, removing the last listener restores it, listening does not keep
// the process alive, and SIGKILL cannot be caught.
'use strict';
const assert = require('assert');
const { spawn, spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('SIGTERM', (name) => {
    process.stdout.write(`caught ${name}\n`);
    process.exit(42);
  });
  process.stdout.write('ready\n');
  setTimeout(() => {}, 10000);
  return;
}
assert.throws(() => process.on('SIGKILL', () => {}), { code: 'EINVAL', syscall: 'uv_signal_start' });
process.removeAllListeners('SIGKILL');

// a handler that goes away restores the default action (termination)
const onUsr2 = () => assert.fail('listener was removed');
process.on('SIGUSR2', onUsr2);
process.off('SIGUSR2', onUsr2);
const idle = spawnSync(process.execPath, ['-e', "process.on('SIGINT', () => {}); 'not kept alive'"],
                       { timeout: 5000 });
assert.strictEqual(idle.status, 0);

const child = spawn(process.execPath, [__filename, 'child']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => {
  out += d;
  if (out === 'ready\n') child.kill('SIGTERM');
});
child.on('exit', (code, signal) => {
  assert.strictEqual(signal, null);
  assert.strictEqual(code, 42);
  assert.strictEqual(out, 'ready\ncaught SIGTERM\n');
});
process.on('exit', () => assert.ok(out.includes('caught')));
