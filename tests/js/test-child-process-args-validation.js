// Argument errors from spawn and friends carry Node's codes and messages.
'use strict';
const assert = require('assert');
const cp = require('child_process');

assert.throws(() => cp.spawn(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (1)',
});
assert.throws(() => cp.spawn(''), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => cp.spawn('echo', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('echo', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE', message: 'Child process can have only one IPC pipe',
});
assert.throws(() => cp.spawnSync('echo', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
});
assert.throws(() => cp.spawn('echo', [], { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.execFile('echo', [], { maxBuffer: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.spawn('ec\u0000ho'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
});
