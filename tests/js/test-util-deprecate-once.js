// util.deprecate warns once per wrapper, and once per code across wrappers.
'use strict';
const assert = require('assert');
const util = require('util');

const seen = [];
process.on('warning', (w) => seen.push([w.name, w.code, w.message]));
const f1 = util.deprecate(() => 1, 'msg1', 'DEP_T1');
const f2 = util.deprecate(() => 2, 'msg1', 'DEP_T1');
assert.strictEqual(f1() + f1() + f2(), 4);
const f3 = util.deprecate(() => 3, 'msg3');
f3();
f3();
process.on('exit', () => {
  assert.deepStrictEqual(seen, [['DeprecationWarning', 'DEP_T1', 'msg1'],
                                ['DeprecationWarning', undefined, 'msg3']]);
});
