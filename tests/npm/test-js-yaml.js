// js-yaml: a parser and dumper; regexps, string building, error classes.
'use strict';
const { check, eq, throws } = require('./support/check');
const yaml = require('js-yaml');

check('load', () => {
  eq(yaml.load('a: 1\nb: [x, y]\nc:\n  d: true\n  e: ~\n'), { a: 1, b: ['x', 'y'], c: { d: true, e: null } });
  eq(yaml.load('- &anchor {k: v}\n- *anchor\n'), [{ k: 'v' }, { k: 'v' }]);
  eq(yaml.load('s: |\n  line1\n  line2\n'), { s: 'line1\nline2\n' });
  eq(yaml.loadAll('---\na: 1\n---\nb: 2\n'), [{ a: 1 }, { b: 2 }]);
});
check('dump', () => {
  eq(yaml.dump({ a: 1 }), 'a: 1\n');
  eq(yaml.dump({ list: [1, 'two'], nested: { k: null } }), 'list:\n  - 1\n  - two\nnested:\n  k: null\n');
  eq(yaml.dump('multi\nline'), '|-\n  multi\n  line\n');
});
check('errors carry a position', () => {
  throws(() => yaml.load('a: [1, 2'), /unexpected end of the stream/);
  try { yaml.load('a: b: c'); } catch (e) { eq(e.name, 'YAMLException'); eq(e.mark.line, 0); }
});
check('round trip unicode', () => {
  const o = { s: 'héllo ✓ 😀', n: -1.5e3 };
  eq(yaml.load(yaml.dump(o)), o);
});
