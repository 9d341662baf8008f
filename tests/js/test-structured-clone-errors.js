// structuredClone rejects what cannot be cloned with V8's messages.
'use strict';
const assert = require('assert');

const dce = (message) => ({ name: 'DataCloneError', code: 25, message });
assert.throws(() => structuredClone(function foo() {}), dce('function foo() {} could not be cloned.'));
assert.throws(() => structuredClone({ s: Symbol('x') }), dce('Symbol(x) could not be cloned.'));
assert.throws(() => structuredClone(new WeakMap()), dce('#<WeakMap> could not be cloned.'));
assert.throws(() => structuredClone(Promise.resolve()), dce('#<Promise> could not be cloned.'));
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => structuredClone(1, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => structuredClone(1, { transfer: [{}] }), { code: 'ERR_INVALID_TRANSFER_OBJECT' });
const ab = new ArrayBuffer(1);
assert.throws(() => structuredClone(1, { transfer: [ab, ab] }), dce('Transfer list contains duplicate ArrayBuffer'));
