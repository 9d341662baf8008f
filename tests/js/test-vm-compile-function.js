// vm.compileFunction: parameters, a parsing context, context extensions, and
// a body that tries to close the wrapper early is a SyntaxError.
'use strict';
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(2, 3), 5);

const ctx = vm.createContext({ factor: 3 });
const times = vm.compileFunction('return x * factor', ['x'], { parsingContext: ctx });
assert.strictEqual(times(5), 15);
ctx.factor = 4;
vm.runInContext('0', ctx);
assert.strictEqual(times(5), 20);

const ext = vm.compileFunction('"use strict"; return one + two', [],
                               { contextExtensions: [{ one: 1 }, { two: 2 }] });
assert.strictEqual(ext(), 3);

assert.throws(() => vm.compileFunction('}); (function () {'), SyntaxError);
assert.throws(() => vm.compileFunction('return', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', [1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', [], { parsingContext: {} }),
              { code: 'ERR_INVALID_ARG_TYPE' });
