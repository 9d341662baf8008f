// os.constants and node:constants carry this platform's numbers, frozen;
// internalBinding('constants').uvErrmap names every libuv error.
'use strict';
const assert = require('assert');
const os = require('os');
const constants = require('constants');

assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.errno.EADDRINUSE, 98);
assert.strictEqual(os.constants.dlopen.RTLD_NOW, 2);
assert.ok(Object.isFrozen(os.constants.signals));
assert.ok(Object.isFrozen(constants));
assert.strictEqual(constants.SIGINT, 2);
assert.strictEqual(constants.ENOENT, 2);
// errors built from a negative errno get libuv's name (uvErrmap)
assert.throws(() => process.kill(process.pid, 987654), { code: 'EINVAL', message: 'kill EINVAL' });
