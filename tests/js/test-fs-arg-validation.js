// Argument errors carry Node's codes and exact messages.
'use strict';
const assert = require('assert');
const fs = require('fs');
assert.throws(() => fs.readFileSync(5.5), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5.5)',
});
assert.throws(() => fs.statSync('a\u0000b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
});
assert.throws(() => fs.closeSync('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.stat('/'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.openSync('/tmp', 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'bogus'",
});
assert.throws(() => fs.chmodSync('/tmp', 'abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
});
assert.throws(() => fs.accessSync('/', 8), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readFileSync('/', { encoding: 'nope' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'nope' is invalid encoding. Received 'encoding'",
});
assert.throws(() => fs.readFileSync('/', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
assert.strictEqual(fs.existsSync('a\u0000b'), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('/'), true);
