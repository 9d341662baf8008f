// atob/btoa follow forgiving-base64 and throw Node's DOMExceptions.
'use strict';
const assert = require('assert');
const { atob: batob, btoa: bbtoa } = require('buffer');

assert.strictEqual(batob, atob);
assert.strictEqual(btoa('hello\xff'), 'aGVsbG//');
assert.strictEqual(atob(' aGVs bG8= '), 'hello');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(bbtoa(''), '');
assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => atob('a'), {
  name: 'InvalidCharacterError', message: 'The string to be decoded is not correctly encoded.',
});
assert.throws(() => atob('a=b='), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => atob('-_'), { name: 'InvalidCharacterError' });
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS' });
