// util.types brand checks cannot be fooled by Symbol.toStringTag or a
// replaced prototype, and recognise promises, proxies and natives errors.
'use strict';
const assert = require('assert');
const { types } = require('util');

assert(types.isMap(new Map()));
assert(!types.isMap(Object.create(Map.prototype)));
assert(!types.isDate({ [Symbol.toStringTag]: 'Date' }));
assert(types.isDate(Object.setPrototypeOf(new Date(), null)));
assert(types.isPromise(Promise.resolve()));
assert(!types.isPromise({ then() {} }));
assert(types.isProxy(new Proxy({}, {})));
assert(!types.isProxy({}));
assert(types.isNativeError(new TypeError()));
assert(!types.isNativeError(Object.create(Error.prototype)));
assert(types.isBoxedPrimitive(Object(1n)));
assert(types.isAsyncFunction(async () => {}));
assert(types.isGeneratorFunction(function* g() {}));
assert(types.isGeneratorObject((function* g() {})()));
assert(types.isUint8Array(new Uint8Array(1)));
assert(!types.isUint8Array(new Int8Array(1)));
assert(types.isArgumentsObject((function() { return arguments; })()));
assert(types.isRegExp(/x/));
assert(!types.isRegExp(RegExp.prototype));
assert(types.isSetIterator(new Set().values()));
