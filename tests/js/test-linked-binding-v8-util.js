// process._linkedBinding: Electron's electron_common_v8_util (hidden values
// no enumeration sees, a full GC on request, isSameOrigin) and Node's
// error for a binding that is not linked.
'use strict';
const assert = require('assert');

const v8Util = process._linkedBinding('electron_common_v8_util');
assert.strictEqual(process._linkedBinding('electron_common_v8_util'), v8Util);
const o = {};
assert.strictEqual(v8Util.getHiddenValue(o, 'k'), undefined);
v8Util.setHiddenValue(o, 'k', 42);
assert.strictEqual(v8Util.getHiddenValue(o, 'k'), 42);
assert.deepStrictEqual(Object.keys(o), []);
assert.deepStrictEqual(Reflect.ownKeys(o), []);
v8Util.deleteHiddenValue(o, 'k');
assert.strictEqual(v8Util.getHiddenValue(o, 'k'), undefined);
assert.throws(() => v8Util.setHiddenValue(1, 'k', 1), TypeError);

// the collection really runs: a dropped object's WeakRef empties (after
// the job that made it, and off the conservatively scanned stack)
const refs = [];
(function drop() { for (let i = 0; i < 100; i++) refs.push(new WeakRef({ i })); })();
setTimeout(() => {
  v8Util.requestGarbageCollectionForTesting();
  setTimeout(() => {
    assert.ok(refs.some((r) => r.deref() === undefined), 'no object was collected');
  }, 10);
}, 10);

assert.strictEqual(v8Util.isSameOrigin('https://a.test/x', 'https://a.test:443/y'), true);
assert.strictEqual(v8Util.isSameOrigin('https://a.test/', 'http://a.test/'), false);
assert.strictEqual(v8Util.isSameOrigin('not a url', 'not a url'), false);

assert.throws(() => process._linkedBinding('electron_renderer_ipc'), (e) => {
  assert.strictEqual(e.message, 'No such binding was linked: electron_renderer_ipc');
  assert.strictEqual(e.code, 'ERR_INVALID_MODULE');
  return true;
});
