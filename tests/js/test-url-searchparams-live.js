// URL.searchParams is the same object and stays in sync both ways.
'use strict';
const assert = require('assert');

const u = new URL('https://h/p?a=1&b=2#f');
const sp = u.searchParams;
assert.strictEqual(u.searchParams, sp);
sp.append('c', 'x y~');
assert.strictEqual(u.href, 'https://h/p?a=1&b=2&c=x+y%7E#f');
u.search = '?z=9';
assert.deepStrictEqual([...sp], [['z', '9']]);
sp.delete('z');
assert.strictEqual(u.href, 'https://h/p#f');
u.href = 'https://h/?q=new';
assert.strictEqual(sp.get('q'), 'new');
sp.set('q', 'a'); sp.append('b', '1'); sp.sort();
assert.strictEqual(u.search, '?b=1&q=a');
assert.strictEqual(sp.size, 2);
assert.throws(() => new URLSearchParams([['a']]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => sp.append('a'), { code: 'ERR_MISSING_ARGS' });
