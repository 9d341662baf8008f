// qs: nested query strings; pulls in side-channel / object-inspect (util.inspect).
'use strict';
const { check, eq } = require('./support/check');
const qs = require('qs');

check('parse', () => {
  eq(qs.parse('a[b]=1&a[c]=2'), { a: { b: '1', c: '2' } });
  eq(qs.parse('a[]=x&a[]=y'), { a: ['x', 'y'] });
  eq(qs.parse('q=%E2%9C%93+ok&e='), { q: '✓ ok', e: '' });
  eq(qs.parse('?a=1', { ignoreQueryPrefix: true }), { a: '1' });
});
check('stringify', () => {
  eq(qs.stringify({ a: [1, 2] }, { encode: false }), 'a[0]=1&a[1]=2');
  eq(qs.stringify({ a: { b: 'c d' } }), 'a%5Bb%5D=c%20d');
  eq(qs.stringify({ a: ['x', 'y'] }, { arrayFormat: 'brackets' }), 'a%5B%5D=x&a%5B%5D=y');
});
check('round trip', () => {
  const o = { user: { name: 'Zoë', tags: ['a', 'b'] }, n: '3' };
  eq(qs.parse(qs.stringify(o)), o);
});
