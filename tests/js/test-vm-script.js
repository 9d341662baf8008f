// vm.Script: compiled once (syntax errors at construction), run in this
// context, in a given context and in new ones; filename and lineOffset reach
// stack traces.
'use strict';
const assert = require('assert');
const vm = require('vm');

const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1',
                             { filename: 'counter.vm' });
const a = vm.createContext({});
script.runInContext(a);
script.runInContext(a);
assert.strictEqual(a.count, 2);
const b = { count: 10 };
script.runInNewContext(b);
assert.strictEqual(b.count, 11);

globalThis.fromThis = 1;
assert.strictEqual(new vm.Script('fromThis + 1').runInThisContext(), 2);
delete globalThis.fromThis;

assert.throws(() => new vm.Script('var = ;'), SyntaxError);

try {
  vm.runInNewContext('\n\nthrow new Error("where")', {}, { filename: 'place.vm', lineOffset: 10 });
  assert.fail('no throw');
} catch (e) {
  assert.match(e.stack, /place\.vm:13/);
}

// no code cache on JavaScriptCore: an empty one is produced, any given one rejected
const cached = new vm.Script('1', { cachedData: Buffer.from('x') });
assert.strictEqual(cached.cachedDataRejected, true);
assert.ok(Buffer.isBuffer(script.createCachedData()));
