// Console methods: group indentation, count, assert, dir options, stderr
// routing of warn/error/trace, time labels, and bound methods.
'use strict';
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

let out = '';
let err = '';
const sink = (fn) => new Writable({ write(ch, enc, cb) { fn(String(ch)); cb(); } });
const c = new Console({ stdout: sink((s) => { out += s; }), stderr: sink((s) => { err += s; }) });
c.group('G');
c.log('in\nner');
c.groupEnd();
c.count();
c.count();
c.countReset();
c.count();
c.assert(false, 'x %d', 1);
c.assert(true, 'never');
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
const { log } = c;
log('%s|%d', 'a', 2, { x: [1, 2] });
c.error(new Map([[1, 2]]));
c.trace('here %s', 'now');
assert.strictEqual(out, 'G\n  in\n  ner\ndefault: 1\ndefault: 2\ndefault: 1\n{ a: [Object] }\na|2 { x: [ 1, 2 ] }\n');
assert.match(err, /^Assertion failed: x 1\nMap\(1\) \{ 1 => 2 \}\nTrace: here now\n    at /);
c.time('t');
out = '';
c.timeEnd('t');
assert.match(out, /^t: \d+(\.\d+)?ms\n$/);
assert.throws(() => new Console({ stdout: {} }), { code: 'ERR_CONSOLE_WRITABLE_STREAM' });
assert.strictEqual(typeof console.log, 'function');
assert(console instanceof Console); // not a real instance: Symbol.hasInstance says so
