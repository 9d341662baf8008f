// URL parser: special schemes, dot segments, IPv4 number forms, IPv6
// compression and percent-encoding sets.
'use strict';
const assert = require('assert');

const cases = [
  ['HTTP://EXAMPLE.com:80/a/./b/../c', 'http://example.com/a/c'],
  ['http://0x7f.1/', 'http://127.0.0.1/'],
  ['http://2130706433/', 'http://127.0.0.1/'],
  ['http://0300.0250.0.1/', 'http://192.168.0.1/'],
  ['http://[0:0:0:0:0:ffff:7f00:1]/', 'http://[::ffff:7f00:1]/'],
  ['http://[1:0:0:2:0:0:0:3]/', 'http://[1:0:0:2::3]/'],
  ['https://h/a b?c d#e f', 'https://h/a%20b?c%20d#e%20f'],
  ["https://h/?'", 'https://h/?%27'],
  ["foo://h/?'", "foo://h/?'"],
  ['http:\\\\h\\p', 'http://h/p'],
  ['file:///C|/x', 'file:///C:/x'],
  ['non-spec:/.//p', 'non-spec:/.//p'],
  ['data:text/plain,a b', 'data:text/plain,a b'],
];
for (const [input, href] of cases) assert.strictEqual(new URL(input).href, href, input);

assert.strictEqual(new URL('../x?q', 'http://h/a/b/c').href, 'http://h/a/x?q');
assert.strictEqual(new URL('//other/p', 'https://h/a').href, 'https://other/p');
for (const bad of ['http://[::1', 'http://a b/', 'http://1.2.3.256/', 'http://h:65536/', 'x']) {
  assert.strictEqual(URL.canParse(bad), false, bad);
}
