// util.inspect of errors: Node-style "at" frames converted from
// JavaScriptCore's stack, own properties after the stack, [cause], class
// names in the header, errors without a stack in brackets.
'use strict';
const assert = require('assert');
const { inspect } = require('util');

function make() { return new Error('boom'); }
const lines = inspect(make()).split('\n');
assert.strictEqual(lines[0], 'Error: boom');
assert.match(lines[1], /^    at make \(.*test-util-inspect-errors\.js:\d+:\d+\)$/);

const t = new TypeError('tt');
t.code = 'E_X';
t.stack = 'TypeError: tt\n    at foo (file.js:1:1)';
assert.strictEqual(inspect(t), "TypeError: tt\n    at foo (file.js:1:1) {\n  code: 'E_X'\n}");
assert.strictEqual(inspect({ e: t }),
                   "{\n  e: TypeError: tt\n      at foo (file.js:1:1) {\n    code: 'E_X'\n  }\n}");
const c = new Error('m', { cause: 'c' });
c.stack = 'Error: m\n    at x (y:1:1)';
assert.strictEqual(inspect(c), "Error: m\n    at x (y:1:1) {\n  [cause]: 'c'\n}");
class MyErr extends Error {}
const my = new MyErr('my');
my.stack = 'Error: my\n    at z (q:1:1)';
assert.strictEqual(inspect(my), 'MyErr [Error]: my\n    at z (q:1:1)');
const ns = new Error('m');
ns.stack = '';
assert.strictEqual(inspect(ns), '[Error: m]');
