// spawnSync: Node's result shapes for success, input, a missing command,
// a timeout and maxBuffer.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');

const ok = spawnSync('sh', ['-c', 'cat; echo e >&2'], { input: Buffer.from('in') });
assert.deepStrictEqual(Object.keys(ok), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(ok.status, 0);
assert.strictEqual(ok.signal, null);
assert.strictEqual(ok.output[0], null);
assert.strictEqual(ok.stdout.toString(), 'in');
assert.strictEqual(ok.stderr.toString(), 'e\n');
assert.ok(Buffer.isBuffer(ok.stdout));

const enc = spawnSync('echo', ['hi'], { encoding: 'utf8' });
assert.strictEqual(enc.stdout, 'hi\n');

const missing = spawnSync('cathode-no-such-command', ['x']);
assert.strictEqual(missing.error.code, 'ENOENT');
assert.strictEqual(missing.error.syscall, 'spawnSync cathode-no-such-command');
assert.deepStrictEqual(missing.error.spawnargs, ['x']);
assert.strictEqual(missing.status, null);
assert.strictEqual(missing.output, null);
assert.strictEqual(missing.pid, 0);

const t0 = Date.now();
const slow = spawnSync('sleep', ['10'], { timeout: 100 });
assert.ok(Date.now() - t0 < 5000);
assert.strictEqual(slow.error.code, 'ETIMEDOUT');
assert.strictEqual(slow.signal, 'SIGTERM');
assert.strictEqual(slow.status, null);

const big = spawnSync('sh', ['-c', 'yes | head -c 100000'], { maxBuffer: 1000 });
assert.strictEqual(big.error.code, 'ENOBUFS');
// as in Node, the read that crossed the limit is kept whole
assert.ok(big.stdout.length >= 1000 && big.stdout.length < 100000);

assert.throws(() => spawnSync('cat', [], { input: 1234 }), { code: 'ERR_INVALID_ARG_TYPE' });
