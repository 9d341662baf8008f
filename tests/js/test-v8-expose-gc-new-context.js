// v8.setFlagsFromString('--expose_gc') after start: contexts node:vm makes
// from then on have gc(), as V8's do (Electron's spec preloads rely on it).
'use strict';
const assert = require('assert');
const v8 = require('v8');
const vm = require('vm');

assert.strictEqual(vm.runInNewContext('typeof gc'), 'undefined');
v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc');
assert.strictEqual(typeof gc, 'function');
gc();
assert.strictEqual(vm.runInNewContext('typeof gc'), 'function');
v8.setFlagsFromString('--no-expose-gc');
assert.strictEqual(vm.runInNewContext('typeof gc'), 'undefined');
assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE' });
