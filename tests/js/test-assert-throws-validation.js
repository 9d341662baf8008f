// assert.throws / rejects / doesNotThrow with every validation form: class,
// RegExp, validation object (with RegExp fields), function, and errors.
'use strict';
const assert = require('assert');

assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new TypeError('wrong'); }, /wrong/);
assert.throws(() => { throw new TypeError('wrong'); }, { name: 'TypeError', message: /wro/ });
assert.throws(() => { throw new Error('v'); }, (err) => err.message === 'v');
let e;
try {
  assert.throws(() => { throw new Error('a'); }, { message: 'b' });
} catch (err) { e = err; }
assert.strictEqual(e.message,
                   "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'a'\n-   message: 'b'\n  }");
assert.throws(() => assert.throws(() => {}), { message: 'Missing expected exception.' });
assert.throws(() => assert.throws(() => {}, TypeError, 'msg'),
              { message: 'Missing expected exception (TypeError): msg' });
assert.throws(() => assert.throws(() => { throw new Error('x'); }, RangeError),
              { message: 'The error is expected to be an instance of "RangeError". Received "Error"\n\n' +
                         'Error message:\n\nx' });
assert.throws(() => assert.doesNotThrow(() => { throw new Error('oops'); }),
              { message: 'Got unwanted exception.\nActual message: "oops"' });
assert.throws(() => assert.throws(() => { throw new Error('x'); }, {}),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => assert.match('abc', /x/),
              { message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n" });
assert.throws(() => assert.ifError(new Error('bad')), { message: 'ifError got unwanted exception: bad' });
assert.throws(() => assert.fail(), { message: 'Failed' });
(async () => {
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  await assert.rejects(assert.rejects(Promise.resolve()), { message: 'Missing expected rejection.' });
  await assert.doesNotReject(Promise.resolve());
})().catch((err) => { console.error(err); process.exit(1); });
