// util.inspect of built-in objects: functions, classes, Map/Set, Date,
// RegExp, boxed primitives, typed arrays, ArrayBuffer, Promise (state read
// through internalBinding('util')), WeakMap, Proxy.
'use strict';
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(function f() {}), '[Function: f]');
assert.strictEqual(inspect(() => {}), '[Function (anonymous)]');
assert.strictEqual(inspect(async function af() {}), '[AsyncFunction: af]');
assert.strictEqual(inspect(function* g() {}), '[GeneratorFunction: g]');
class A {}
class B extends A {}
assert.strictEqual(inspect(A), '[class A]');
assert.strictEqual(inspect(B), '[class B extends A]');
assert.strictEqual(inspect(new Map([[1, 'a'], [{ k: 1 }, [1, 2]]])), "Map(2) { 1 => 'a', { k: 1 } => [ 1, 2 ] }");
assert.strictEqual(inspect(new Set([1, 'two'])), "Set(2) { 1, 'two' }");
assert.strictEqual(inspect(new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(inspect(/ab+c/gi), '/ab+c/gi');
assert.strictEqual(inspect(new Number(3)), '[Number: 3]');
assert.strictEqual(inspect(new String('ab')), "[String: 'ab']");
assert.strictEqual(inspect(Object(Symbol('q'))), '[Symbol: Symbol(q)]');
assert.strictEqual(inspect(new Uint8Array([1, 2, 3])), 'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(inspect(new ArrayBuffer(3)), 'ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }');
assert.strictEqual(inspect(Promise.resolve(3)), 'Promise { 3 }');
assert.strictEqual(inspect(new Promise(() => {})), 'Promise { <pending> }');
const rejected = Promise.reject(new Error('x').message);
rejected.catch(() => {});
assert.strictEqual(inspect(rejected), "Promise { <rejected> 'x' }");
assert.strictEqual(inspect(new WeakMap()), 'WeakMap { <items unknown> }');
// the proxy's traps must not run: the target is shown
assert.strictEqual(inspect(new Proxy({ a: 1 }, { get() { return 5; } })), '{ a: 1 }');
assert.strictEqual(inspect(new Proxy({ a: 1 }, {}), { showProxy: true }), 'Proxy [ { a: 1 }, {} ]');
const r = Proxy.revocable({}, {});
r.revoke();
assert.strictEqual(inspect(r.proxy), '<Revoked Proxy>');
