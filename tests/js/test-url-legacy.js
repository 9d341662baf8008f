// Legacy url.parse / format / resolve keep Node's historic results.
'use strict';
const assert = require('assert');
const url = require('url');

const u = url.parse('HTTP://user:pw@Host.COM:8080/p/a?x=1&y=2#h', true);
assert.strictEqual(u.protocol, 'http:');
assert.strictEqual(u.auth, 'user:pw');
assert.strictEqual(u.host, 'host.com:8080');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.path, '/p/a?x=1&y=2');
assert.deepStrictEqual({ ...u.query }, { x: '1', y: '2' });
assert.strictEqual(u.href, 'http://user:pw@host.com:8080/p/a?x=1&y=2#h');
assert.strictEqual(url.format({ protocol: 'https', hostname: 'h', pathname: 'a b', query: { q: 'x y' } }),
                   'https://h/a b?q=x%20y');
assert.strictEqual(url.resolve('http://a/b/c/d;p?q', '../../g'), 'http://a/g');
assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('mailto:a@b', 'mailto:c'), 'mailto:c');
assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });
