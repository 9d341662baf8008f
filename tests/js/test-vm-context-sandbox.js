// vm contexts: the sandbox's properties are the context's globals, and what a
// script declares or assigns at top level lands on the sandbox.
'use strict';
const assert = require('assert');
const vm = require('vm');

const sandbox = { base: 40, log: [] };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.ok(vm.isContext(sandbox));
assert.ok(!vm.isContext({}));

assert.strictEqual(vm.runInContext('base + 2', sandbox), 42);
vm.runInContext('var declared = 1; assigned = 2; function fn() { return base; } log.push("ran")', sandbox);
assert.strictEqual(sandbox.declared, 1);
assert.strictEqual(sandbox.assigned, 2);
assert.strictEqual(typeof sandbox.fn, 'function');
assert.deepStrictEqual(sandbox.log, ['ran']);

// the context reads the sandbox live, also from a function it kept
sandbox.base = 7;
assert.strictEqual(sandbox.fn(), 7);
sandbox.declared = 5;
assert.strictEqual(vm.runInContext('declared', sandbox), 5);

// writes to sandbox-provided names go to the sandbox at once
vm.runInContext('base = 100', sandbox);
assert.strictEqual(sandbox.base, 100);

// deleting in the context deletes on the sandbox
vm.runInContext('delete this.assigned', sandbox);
assert.ok(!('assigned' in sandbox));

// undeclared names are still ReferenceErrors, of the context's realm
assert.throws(() => vm.runInContext('nope', sandbox), (e) => e.name === 'ReferenceError');

// the context has its own built-ins; values pass between realms
const arr = vm.runInContext('[1, 2]', sandbox);
assert.ok(!(arr instanceof Array));
assert.ok(Array.isArray(arr));
assert.strictEqual(vm.runInNewContext('typeof require + typeof process'), 'undefinedundefined');
