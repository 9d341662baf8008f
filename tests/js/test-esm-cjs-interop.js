// ES modules importing CommonJS: named exports found statically the way Node
// finds them (exports.x =, module.exports.x =, exports['x'] =,
// Object.defineProperty, object literals, reexports), default = module.exports
// (even with __esModule), names not found are SyntaxErrors.
'use strict';
const assert = require('assert');

(async () => {
  const p = await import('./fixtures/esm/cjs/patterns.cjs');
  assert.deepStrictEqual(Object.keys(p), ['__esModule', 'bracket', 'default', 'defined', 'dot', 'modDot']);
  assert.strictEqual(p.default, require('./fixtures/esm/cjs/patterns.cjs'));
  assert.strictEqual(p.defined, 4);
  const l = await import('./fixtures/esm/cjs/literal.cjs');
  assert.deepStrictEqual(Object.keys(l), ['a', 'b', 'c', 'default', 'fromReexport']);
  assert.strictEqual(l.fromReexport, 'r');
  const w = await import('./fixtures/esm/cjs/whole.cjs');
  assert.strictEqual(w.dot, 1);
  const dataUrl = 'data:text/javascript,import { nothing } from "' +
    require('url').pathToFileURL(require.resolve('./fixtures/esm/cjs/patterns.cjs')).href + '";';
  await assert.rejects(import(dataUrl), (e) => e instanceof SyntaxError && /Named export 'nothing' not found/.test(e.message));
  console.log('done');
})().then(() => { process.exitCode = 0; }, (e) => { console.error(e); process.exitCode = 1; });
