// Dispose: many pipe/TCP handles and child processes are created, used and
// closed (some dropped while still open and unreferenced) with the
// collector running in between; nothing crashes and the loop drains.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const net = require('net');
  const { spawn } = require('child_process');
  let closed = 0;
  for (let i = 0; i < 200; i++) {
    const s = new net.Socket();
    s.connect(1, '127.0.0.1'); // refused
    s.on('error', () => {});
    s.on('close', () => { closed++; });
  }
  for (let i = 0; i < 20; i++) {
    // never closed: unref'd so the loop may end; freed at exit
    net.createServer().listen(0, '127.0.0.1').unref();
  }
  let exits = 0;
  for (let i = 0; i < 10; i++) {
    const c = spawn('true');
    c.on('close', () => { exits++; globalThis.gc(); });
  }
  globalThis.gc();
  process.on('exit', () => {
    globalThis.gc();
    process.stdout.write(`${closed} ${exits}`);
  });
  return;
}
const r = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'], { timeout: 20000 });
assert.strictEqual(r.status, 0, r.stderr.toString());
assert.strictEqual(r.stdout.toString(), '200 10');
