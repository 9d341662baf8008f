// minimist: a zero-dependency argv parser.
'use strict';
const { check, eq } = require('./support/check');
const minimist = require('minimist');

check('short, long, positional', () => {
  eq(minimist(['-x', '3', '--y=z', 'a']), { _: ['a'], x: 3, y: 'z' });
  eq(minimist(['-abc', '--no-d', '--', '-e']), { _: ['-e'], a: true, b: true, c: true, d: false });
});
check('options: string, boolean, alias, default', () => {
  const a = minimist(['-n', '007', '-v', 'file'], {
    string: ['n'], boolean: ['v'], alias: { v: 'verbose' }, default: { p: 80 },
  });
  eq(a, { _: ['file'], n: '007', v: true, verbose: true, p: 80 });
});
check('dotted keys and repeated flags', () => {
  eq(minimist(['--a.b=1', '--a.c', 'x', '--t', '1', '--t', '2']), { _: [], a: { b: 1, c: 'x' }, t: [1, 2] });
});
