// os: host facts have Node's types and shapes and coerce to their values.
'use strict';
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.arch(), process.arch);
assert.ok(os.hostname().length > 0);
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(+os.totalmem, os.totalmem());
assert.ok(os.totalmem() >= os.freemem() && os.freemem() > 0);
assert.ok(os.uptime() > 0);
assert.strictEqual(os.loadavg().length, 3);
assert.ok(os.availableParallelism() >= 1);
const cpus = os.cpus();
assert.ok(cpus.length > 0);
assert.deepStrictEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);
const lo = os.networkInterfaces().lo.find((e) => e.family === 'IPv4');
assert.deepStrictEqual(lo, {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4',
  mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8',
});
const u = os.userInfo();
assert.strictEqual(u.uid, process.getuid());
assert.strictEqual(typeof u.username, 'string');
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
assert.strictEqual(typeof os.version(), 'string');
assert.strictEqual(typeof os.release(), 'string');
assert.strictEqual(typeof os.machine(), 'string');
