// util.inspect of objects and arrays: class names, null prototypes, depth
// cut-off, holes, more than 100 items, symbol keys, getters, circular refs.
'use strict';
const assert = require('assert');
const { inspect } = require('util');

class Foo { constructor() { this.a = 1; } }
assert.strictEqual(inspect(new Foo()), 'Foo { a: 1 }');
assert.strictEqual(inspect(Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect([1, [2, [3, [4]]]]), '[ 1, [ 2, [ 3, [Array] ] ] ]');
const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
sparse[10] = 5;
assert.strictEqual(inspect(sparse), '[ 1, <1 empty item>, 3, <7 empty items>, 5 ]');
assert.match(inspect(Array.from({ length: 120 }, (_, i) => i)), /\n  \.\.\. 20 more items\n\]$/);
assert.strictEqual(inspect({ [Symbol('x')]: 3, 'b-c': 2, __proto__x: 4 }),
                   "{ 'b-c': 2, __proto__x: 4, [Symbol(x)]: 3 }");
assert.strictEqual(inspect({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }),
                   '{ a: [Getter], b: [Setter], c: [Getter/Setter] }');
assert.strictEqual(inspect({ get b() { return 'q'; } }, { getters: true }), "{ b: [Getter: 'q'] }");
const circ = { name: 'c' };
circ.self = circ;
circ.arr = [circ, { circ }];
assert.strictEqual(inspect(circ),
                   "<ref *1> {\n  name: 'c',\n  self: [Circular *1],\n  arr: [ [Circular *1], { circ: [Circular *1] } ]\n}");
assert.strictEqual(inspect(Object.assign([1, 2], { x: 'y' })), "[ 1, 2, x: 'y' ]");
assert.strictEqual(inspect([1, 2], { showHidden: true }), '[ 1, 2, [length]: 2 ]');
