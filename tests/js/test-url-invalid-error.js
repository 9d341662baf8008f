// A parse failure is a TypeError with code, input and base, printed
// without the code in toString() (Node raises it from C++).
'use strict';
const assert = require('assert');

try {
  new URL('nope', 'also nope');
  assert.fail('should throw');
} catch (err) {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.input, 'nope');
  assert.strictEqual(err.base, 'also nope');
  assert.strictEqual(String(err), 'TypeError: Invalid URL');
}
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('/x', 'http://h').href, 'http://h/x');
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS' });
