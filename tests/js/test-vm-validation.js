// node:vm argument checks: Node's codes for bad contexts and options.
'use strict';
const assert = require('assert');
const vm = require('vm');

assert.throws(() => vm.runInContext('1', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"contextifiedObject" argument must be an vm\.Context/,
});
assert.throws(() => vm.runInContext('1', undefined), {
  code: 'ERR_INVALID_ARG_TYPE', message: /must be of type object/,
});
assert.throws(() => vm.createContext('str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', { lineOffset: 0.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new vm.Script('1', { filename: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1').runInThisContext({ timeout: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new vm.Script('1').runInThisContext('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1').runInThisContext({ displayErrors: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
// a filename string in place of options is fine for the helpers
assert.strictEqual(vm.runInNewContext('1 + 1', {}, 'file.vm'), 2);
