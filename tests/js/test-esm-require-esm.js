// ES modules from CommonJS: require(esm) of a synchronous graph returns its
// namespace, ERR_REQUIRE_ASYNC_MODULE with top-level await, import() works in
// CommonJS code (JavaScriptCore's own import() is rewritten).
'use strict';
const assert = require('assert');

const ns = require('./fixtures/esm/notla.mjs');
assert.strictEqual(ns.ok, 'sync');
assert.strictEqual(Object.prototype.toString.call(ns), '[object Module]');
assert.throws(() => require('./fixtures/esm/tla-dep.mjs'), { code: 'ERR_REQUIRE_ASYNC_MODULE' });
const obj = { import() { return 'method'; } };
assert.strictEqual(obj.import(), 'method');
let done = false;
import('./fixtures/esm/lib.mjs').then(async (m) => {
  assert.strictEqual(m.count, 1);
  assert.strictEqual(m, await import('./fixtures/esm/lib.mjs'));
  const fs = await import('node:fs');
  assert.strictEqual(fs.default, require('fs'));
  assert.strictEqual(fs.readFileSync, require('fs').readFileSync);
  await assert.rejects(import('./fixtures/esm/nope.mjs'), { code: 'ERR_MODULE_NOT_FOUND' });
  done = true;
});
process.on('exit', () => assert(done));
