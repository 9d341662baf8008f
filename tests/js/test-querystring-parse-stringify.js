// querystring: duplicate keys, '+', bad escapes, maxKeys, custom separators.
'use strict';
const assert = require('assert');
const qs = require('querystring');

const parsed = qs.parse('a=1&a=2&b=x+y&c=%zz&d');
assert.strictEqual(Object.getPrototypeOf(parsed), null);
assert.deepStrictEqual({ ...parsed }, { a: ['1', '2'], b: 'x y', c: '%zz', d: '' });
assert.strictEqual(Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })).length, 2);
assert.deepStrictEqual({ ...qs.parse('a=>1;;b=>2', ';;', '=>') }, { a: '1', b: '2' });
assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: 1e21 }),
                   'a=1&a=2&b=x%20y&c=true&d=&e=1e%2B21');
assert.strictEqual(qs.escape('a b€'), 'a%20b%E2%82%AC');
assert.throws(() => qs.escape('\uD800'), { code: 'ERR_INVALID_URI' });
assert.strictEqual(qs.unescape('%41%zz'), 'A%zz');
assert.strictEqual(qs.unescapeBuffer('%41+', true).toString(), 'A ');
