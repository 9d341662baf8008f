// node:v8 serialize/deserialize (src/core/clone.c through internalBinding
// ('serdes')): the bytes match Node 20's v8.serialize() for every type in the
// table (hex generated once with node), each fixture decodes back to an equal
// value, and error texts, malformed input and the Serializer/Deserializer
// classes behave as Node's do.
'use strict';
const assert = require('assert');
const v8 = require('v8');

function cycle() { const o = {}; o.self = o; return o; }
function shared() { const s = { x: 1 }; return [s, s]; }
function typeErrorNoStack() { const e = new TypeError('t'); e.stack = undefined; return e; }
function rangeErrorWithCause() { const e = new RangeError('r', { cause: 1 }); e.stack = 'S'; return e; }
function errorNoStack() { const e = new Error('m'); delete e.stack; return e; }

// [source evaluated here, node 20's v8.serialize(value).toString('hex')]
const fixtures = [
  ["undefined", 'ff0f5f'],
  ["null", 'ff0f30'],
  ["true", 'ff0f54'],
  ["false", 'ff0f46'],
  ["1", 'ff0f4902'],
  ["-1", 'ff0f4901'],
  ["2 ** 31 - 1", 'ff0f49feffffff0f'],
  ["-(2 ** 31)", 'ff0f49ffffffff0f'],
  ["2 ** 31", 'ff0f4e000000000000e041'],
  ["1.5", 'ff0f4e000000000000f83f'],
  ["-0", 'ff0f4e0000000000000080'],
  ["NaN", 'ff0f4e000000000000f87f'],
  ["'abc'", 'ff0f2203616263'],
  ["'\\u00e9'", 'ff0f2201e9'],
  ["'\\u2192'", 'ff0f63029221'],
  ["'aa\\u2192'", 'ff0f6306610061009221'],
  ["''", 'ff0f2200'],
  ["({ ab: '\\u2192' })", 'ff0f6f2202616200630292217b01'],
  ["1n", 'ff0f5a100100000000000000'],
  ["0n", 'ff0f5a00'],
  ["-(2n ** 70n)", 'ff0f5a2100000000000000004000000000000000'],
  ["2n ** 64n", 'ff0f5a2000000000000000000100000000000000'],
  ["({ a: 1, b: 'x' })", 'ff0f6f22016149022201622201787b02'],
  ["({ 1: 'a', b: 2 })", 'ff0f6f490222016122016249047b02'],
  ["({ a: { b: { c: [1] } } })", 'ff0f6f2201616f2201626f220163410149022400017b017b017b01'],
  ["[1, 2]", 'ff0f410249024904240002'],
  ["[1, , 3]", 'ff0f61034900490249044906400203'],
  ["Object.assign([], { x: 1 })", 'ff0f41002201784902240100'],
  ["[undefined]", 'ff0f41015f240001'],
  ["new Date(0)", 'ff0f440000000000000000'],
  ["/a/gi", 'ff0f5222016103'],
  ["/x+/msuy", 'ff0f522202782b3c'],
  ["/a/ds", 'ff0f52220161a001'],
  ["new Map([[1, 2], ['a', {}]])", 'ff0f3b490249042201616f7b003a04'],
  ["new Set([1, 'x'])", 'ff0f2749022201782c02'],
  ["new ArrayBuffer(3)", 'ff0f4203000000'],
  ["new Uint8Array([1, 2, 3])", 'ff0f5c0103010203'],
  ["Buffer.from([1, 2])", 'ff0f5c0a020102'],
  ["new Uint16Array([1, 2])", 'ff0f5c040401000200'],
  ["new Float64Array([1.5])", 'ff0f5c0808000000000000f83f'],
  ["new BigInt64Array([5n])", 'ff0f5c0b080500000000000000'],
  ["new Int8Array([-1])", 'ff0f5c0001ff'],
  ["new DataView(new ArrayBuffer(2))", 'ff0f5c09020000'],
  ["new Number(3)", 'ff0f6e0000000000000840'],
  ["new String('s')", 'ff0f73220173'],
  ["new Boolean(true)", 'ff0f79'],
  ["Object(1n)", 'ff0f7a100100000000000000'],
  ["Object.create({ a: 1 })", 'ff0f6f7b00'],
  ["cycle()", 'ff0f6f220473656c665e007b01'],
  ["shared()", 'ff0f41026f22017849027b015e01240002'],
  ["typeErrorNoStack()", 'ff0f72546d2201742e'],
  ["rangeErrorWithCause()", 'ff0f72526d220172634902732201532e'],
  ["errorNoStack()", 'ff0f726d22016d2e'],
  ["new Map([[new Set([new Date(5)]), [new Map()]]])", 'ff0f3b274400000000000014402c0141013b3a002400013a02'],
];

const tag = (v) => Object.prototype.toString.call(v);
// Deep comparison that also checks classes, typed-array kinds and errors.
function same(a, b, path) {
  if (typeof a !== 'object' || a === null) {
    assert.ok(Object.is(a, b), `${path}: ${String(a)} !== ${String(b)}`);
    return;
  }
  assert.strictEqual(tag(a), tag(b), `${path}: class`);
  if (a instanceof Error) {
    assert.strictEqual(a.constructor, b.constructor, `${path}: error class`);
    assert.strictEqual(a.message, b.message, `${path}: message`);
    assert.strictEqual(a.stack, b.stack, `${path}: stack`);
    assert.strictEqual('cause' in a, 'cause' in b, `${path}: has cause`);
    if ('cause' in a) same(a.cause, b.cause, `${path}.cause`);
    return;
  }
  if (a instanceof Date || a instanceof RegExp || a instanceof Number || a instanceof String ||
      a instanceof Boolean || tag(a) === '[object BigInt]') {
    assert.strictEqual(String(a), String(b), `${path}: value`);
    return;
  }
  if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    assert.strictEqual(Buffer.isBuffer(a), Buffer.isBuffer(b), `${path}: Buffer-ness`);
    const bytes = (x) => Buffer.from(x instanceof ArrayBuffer ? x : x.buffer, x.byteOffset || 0, x.byteLength);
    assert.ok(bytes(a).equals(bytes(b)), `${path}: bytes`);
    return;
  }
  if (a instanceof Map || a instanceof Set) {
    const ea = [...a], eb = [...b];
    assert.strictEqual(ea.length, eb.length, `${path}: size`);
    ea.forEach((x, i) => same(x, eb[i], `${path}[${i}]`));
    return;
  }
  assert.strictEqual(Array.isArray(a), Array.isArray(b), `${path}: array-ness`);
  if (Array.isArray(a)) assert.strictEqual(a.length, b.length, `${path}: length`);
  assert.deepStrictEqual(Object.keys(a), Object.keys(b), `${path}: keys`);
  for (const k of Object.keys(a)) {
    if (a[k] === a) assert.strictEqual(b[k], b, `${path}.${k}: cycle`);
    else same(a[k], b[k], `${path}.${k}`);
  }
}

let checked = 0;
for (const [src, hex] of fixtures) {
  const value = eval(src);
  const bytes = v8.serialize(value);
  assert.ok(Buffer.isBuffer(bytes), `${src}: serialize returns a Buffer`);
  assert.strictEqual(bytes.toString('hex'), hex, `${src}: bytes differ from node's`);
  same(value, v8.deserialize(Buffer.from(hex, 'hex')), src);
  checked++;
}
assert.strictEqual(checked, fixtures.length);

// shared references and cycles come back as the same objects
{
  const [a, b] = v8.deserialize(v8.serialize(shared()));
  assert.strictEqual(a, b);
  const c = v8.deserialize(v8.serialize(cycle()));
  assert.strictEqual(c.self, c);
}
// objects of one shape share a key list in clone.c; shapes that differ only
// by order, an index key, a deleted key or an added key must not (bytes from node)
{
  const rows = [{ a: 1, b: 2 }, { a: 3, b: 4 }, { b: 5, a: 6 }, Object.assign({ a: 7, b: 8 }, { 1: 'x' }),
    (() => { const o = { a: 1, b: 2 }; delete o.a; return o; })(), { a: 1, b: 2, c: 3 }];
  assert.strictEqual(v8.serialize(rows).toString('hex'),
    'ff0f41066f220161490222016249047b026f220161490622016249087b026f220162490a220161490c7b026f490222017822016149' +
    '0e22016249107b036f22016249047b016f2201614902220162490422016349067b03240006');
  assert.deepStrictEqual(v8.deserialize(v8.serialize(rows)), rows);
}
// a Uint8Array stays a Uint8Array, a Buffer becomes a Buffer (type index 10)
assert.ok(!Buffer.isBuffer(v8.deserialize(v8.serialize(new Uint8Array(2)))));
assert.ok(Buffer.isBuffer(v8.deserialize(v8.serialize(Buffer.alloc(2)))));
// a pooled Buffer writes only its own bytes
{
  const pooled = Buffer.from('hi');
  assert.strictEqual(v8.serialize(pooled).toString('hex'), 'ff0f5c0a026869');
}
// getters run, prototypes are dropped, symbol keys are skipped
{
  const o = { get g() { return 7; }, [Symbol('s')]: 1 };
  assert.deepStrictEqual(v8.deserialize(v8.serialize(o)), { g: 7 });
  class K { constructor() { this.x = 1; } }
  const k = v8.deserialize(v8.serialize(new K()));
  assert.strictEqual(Object.getPrototypeOf(k), Object.prototype);
  assert.deepStrictEqual(k, { x: 1 });
}
// "__proto__" read from the wire is an own key, not a prototype change
{
  const bytes = Buffer.from('ff0f6f22095f5f70726f746f5f5f6f7b007b01', 'hex');
  const o = v8.deserialize(bytes);
  assert.strictEqual(Object.getPrototypeOf(o), Object.prototype);
  assert.ok(Object.prototype.hasOwnProperty.call(o, '__proto__'));
}

// error texts are node's
const cloneError = (v, message) => assert.throws(() => v8.serialize(v), (e) => {
  assert.strictEqual(e.constructor, Error);
  assert.strictEqual(e.message, message);
  return true;
});
cloneError(() => 1, '() => 1 could not be cloned.');
cloneError(function foo() {}, 'function foo() {} could not be cloned.');
cloneError(Symbol('q'), 'Symbol(q) could not be cloned.');
cloneError(new WeakMap(), '#<WeakMap> could not be cloned.');
cloneError(new WeakSet(), '#<WeakSet> could not be cloned.');
// exotic objects V8 refuses too, while ordinary objects of any class clone
cloneError(new Intl.Collator(), '#<Collator> could not be cloned.');
cloneError(new WeakRef({}), '#<WeakRef> could not be cloned.');
cloneError((function () { return arguments; })(1), '#<Object> could not be cloned.');
cloneError(globalThis, '#<Object> could not be cloned.');
assert.deepStrictEqual(v8.deserialize(v8.serialize(new (class K { constructor() { this.k = 1; } })())), { k: 1 });
cloneError(Promise.resolve(), '#<Promise> could not be cloned.');
cloneError(new Proxy({}, {}), '#<Object> could not be cloned.');
cloneError({ a: [{ f() {} }] }, 'f() {} could not be cloned.');
// a throwing getter's error comes through unchanged
assert.throws(() => v8.serialize({ get x() { throw new RangeError('getter'); } }), { name: 'RangeError', message: 'getter' });

// malformed input: the messages node prints
const bad = (hex, message) => assert.throws(() => v8.deserialize(Buffer.from(hex, 'hex')), (e) => {
  assert.strictEqual(e.constructor, Error, hex.slice(0, 40));
  assert.strictEqual(e.message, message, hex.slice(0, 40));
  return true;
});
const kBad = 'Unable to deserialize cloned data.';
const kVersion = 'Unable to deserialize cloned data due to invalid or unsupported version.';
bad('ff10', kVersion);
bad('0f49', kVersion);
bad('', kVersion);
bad('ff0f', kBad);
bad('ff0f49', kBad);
bad('ff0f5e05', kBad);
bad('ff0f22ff', kBad);
bad('ff0f7a', kBad);
bad('ff0f2205616263', kBad);            // string longer than the data
bad('ff0f41ffffffff0f', kBad);          // dense array longer than the data
bad('ff0f6f22016149027b05', kBad);      // wrong property count
bad('ff0f3b4902', kBad);                // unterminated Map
bad('ff0f5c0103', 'ReadRawBytes() failed'); // host object without its bytes (node's own text)
bad('ff0f5c04030102', 'ReadRawBytes() failed');
// a Uint16Array of an odd byte length keeps its whole elements, as in node
assert.deepStrictEqual(v8.deserialize(Buffer.from('ff0f5c0403010203', 'hex')), new Uint16Array([0x201]));
bad('ff0f5c4d0100', kBad);              // unknown host type index (node: a TypeError from its JS)
bad('ff0f722f2e', kBad);                // unknown error sub-tag
bad('ff0f52220128ff03', kBad);          // invalid regexp source and flags
// nesting beyond clone.c's depth limit (node overflows its stack: RangeError)
bad('ff0f' + '6f2201616f'.repeat(1100), kBad);
assert.throws(() => v8.deserialize('ff0f'), { code: 'ERR_INVALID_ARG_TYPE' });
// deep but within the limit still works
{
  let deep = 1;
  for (let i = 0; i < 500; i++) deep = [deep];
  let back = v8.deserialize(v8.serialize(deep));
  for (let i = 0; i < 500; i++) back = back[0];
  assert.strictEqual(back, 1);
}

// Serializer / Deserializer
{
  const ser = new v8.Serializer();
  ser.writeHeader();
  ser.writeUint32(300);
  ser.writeUint64(1, 2);
  ser.writeDouble(2.5);
  ser.writeRawBytes(Buffer.from('xy'));
  ser.writeValue({ a: [1, 'b'] });
  const buf = ser.releaseBuffer();
  // the same calls on node give these bytes
  assert.strictEqual(buf.toString('hex'),
    'ff0fac028280808010000000000000044078796f220161410249022201622400027b01');
  assert.strictEqual(ser.releaseBuffer().length, 0);

  const d = new v8.Deserializer(buf);
  assert.strictEqual(d.readHeader(), true);
  assert.strictEqual(d.getWireFormatVersion(), 15);
  assert.strictEqual(d.readUint32(), 300);
  assert.deepStrictEqual(d.readUint64(), [1, 2]);
  assert.strictEqual(d.readDouble(), 2.5);
  assert.strictEqual(d.readRawBytes(2).toString(), 'xy');
  assert.deepStrictEqual(d.readValue(), { a: [1, 'b'] });
  assert.throws(() => d.readValue(), { message: kBad });
  assert.throws(() => new v8.Deserializer(Buffer.from('ff20', 'hex')).readHeader(), { message: kVersion });
  assert.throws(() => new v8.Deserializer('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.ok(new v8.DefaultSerializer() instanceof v8.Serializer);
  assert.ok(new v8.DefaultDeserializer(buf) instanceof v8.Deserializer);
}

// the rest of the module surface
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
assert.strictEqual(v8.cachedDataVersionTag(), v8.cachedDataVersionTag());
{
  const stats = v8.getHeapStatistics();
  for (const k of ['total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
    'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
    'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
    'used_global_handles_size', 'external_memory']) {
    assert.strictEqual(typeof stats[k], 'number', k);
  }
  assert.ok(stats.used_heap_size > 0 && stats.used_heap_size <= stats.total_heap_size);
}
v8.setFlagsFromString('--allow-natives-syntax');
assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(require('node:v8'), v8);
assert.ok(require('module').builtinModules.includes('v8'));
