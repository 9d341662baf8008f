// AbortSignal.timeout aborts with a TimeoutError DOMException; abort()
// defaults to an AbortError one.
'use strict';
const assert = require('assert');

const s = AbortSignal.abort();
assert.strictEqual(s.aborted, true);
assert.strictEqual(s.reason.name, 'AbortError');
const t = AbortSignal.timeout(10);
const keep = setTimeout(() => {}, 1000);
t.addEventListener('abort', () => {
  clearTimeout(keep);
  assert.strictEqual(t.reason.name, 'TimeoutError');
  assert.strictEqual(t.reason.message, 'The operation was aborted due to timeout');
});
assert.throws(() => new AbortSignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
