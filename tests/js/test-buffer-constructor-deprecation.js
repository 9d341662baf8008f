// Buffer() called from outside node_modules emits DEP0005 once; it still works.
'use strict';
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
const a = new Buffer(3);
const b = Buffer('ab');
assert.ok(a instanceof Buffer && a.length === 3 && a.every((x) => x === 0));
assert.strictEqual(b.toString(), 'ab');
assert.throws(() => Buffer(1, 'utf8'), { code: 'ERR_INVALID_ARG_TYPE' });
setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0005');
  assert.match(warnings[0].message, /^Buffer\(\) is deprecated due to security and usability issues/);
});
