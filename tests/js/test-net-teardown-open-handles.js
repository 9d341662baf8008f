// Teardown: process.exit() while a server listens, a client is connecting,
// a child runs and stdin is being read must exit cleanly with the code.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const net = require('net');
  const { spawn } = require('child_process');
  const server = net.createServer(() => {}).listen(0, '127.0.0.1', () => {
    net.connect(server.address().port, '127.0.0.1');
    spawn('sleep', ['30']);
    process.stdin.on('data', () => {});
    setImmediate(() => process.exit(7));
  });
  return;
}
const r = spawnSync(process.execPath, [__filename, 'child'], { timeout: 10000, input: '' });
assert.strictEqual(r.signal, null, r.stderr.toString());
assert.strictEqual(r.status, 7, r.stderr.toString());
