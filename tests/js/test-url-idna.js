// URL hosts go through UTS #46 mapping and Punycode; domainTo* round-trip.
'use strict';
const assert = require('assert');
const url = require('url');

assert.strictEqual(new URL('http://ÉXAMPLE.みんな/').host, 'xn--xample-9ua.xn--q9jyb4c');
assert.strictEqual(new URL('http://ｅｘａｍｐｌｅ．com/').host, 'example.com');
assert.strictEqual(new URL('http://a\u00ADb.com/').host, 'ab.com');
assert.strictEqual(new URL('http://faß.de/').host, 'xn--fa-hia.de');
assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.throws(() => new URL('http://a＠b/'), { code: 'ERR_INVALID_URL' });
