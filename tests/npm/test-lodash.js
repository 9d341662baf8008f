// lodash: the big CommonJS single-file bundle; _.template compiles with Function.
'use strict';
const { check, eq } = require('./support/check');
const _ = require('lodash');

check('chunk/zip/groupBy', () => {
  eq(_.chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  eq(_.zip(['a', 'b'], [1, 2]), [['a', 1], ['b', 2]]);
  eq(_.groupBy([6.1, 4.2, 6.3], Math.floor), { 4: [4.2], 6: [6.1, 6.3] });
});
check('merge/cloneDeep/isEqual', () => {
  eq(_.merge({ a: { b: 1 } }, { a: { c: 2 } }), { a: { b: 1, c: 2 } });
  const o = { x: [1, { y: 2 }] };
  const c = _.cloneDeep(o);
  eq(c, o);
  eq(c.x === o.x, false);
  eq(_.isEqual(new Map([[1, 2]]), new Map([[1, 2]])), true);
});
check('template', () => {
  eq(_.template('hi <%= n %>!')({ n: 'x' }), 'hi x!');
  eq(_.template('<% _.each(xs, function(x) { %><b><%- x %></b><% }); %>')({ xs: ['<a>', 'c'] }),
     '<b>&lt;a&gt;</b><b>c</b>');
});
check('string helpers', () => {
  eq(_.camelCase('Foo Bar-baz'), 'fooBarBaz');
  eq(_.kebabCase('fooBarBaz'), 'foo-bar-baz');
  eq(_.padStart('7', 3, '0'), '007');
  eq(_.words('fred, barney, & pebbles'), ['fred', 'barney', 'pebbles']);
});
check('debounce runs once on the timer', () => new Promise((resolve, reject) => {
  let calls = 0;
  const f = _.debounce(() => { calls++; }, 10);
  f(); f(); f();
  setTimeout(() => { try { eq(calls, 1); resolve(); } catch (e) { reject(e); } }, 60);
}));
check('lodash/fp-style deep paths', () => {
  const o = {};
  _.set(o, 'a[0].b.c', 4);
  eq(o, { a: [{ b: { c: 4 } }] });
  eq(_.get(o, ['a', '0', 'b', 'c']), 4);
  eq(_.sortBy([{ n: 3 }, { n: 1 }, { n: 2 }], 'n').map((x) => x.n), [1, 2, 3]);
});
