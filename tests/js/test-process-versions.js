// process.versions in run-as-node: Node's keys for the libraries cathode
// really uses (with their run-time versions), Electron's electron and
// chrome keys as in Electron's run-as-node, cathode and webkitgtk; no v8,
// modules or napi (no V8, no native addons: docs/compatibility.md).
'use strict';
const assert = require('assert');
const v = process.versions;
const keys = Object.keys(v);
assert.strictEqual(keys[0], 'node');
assert.strictEqual(v.node, process.version.slice(1));
for (const k of ['brotli', 'openssl', 'uv', 'zlib', 'electron', 'chrome', 'cathode', 'webkitgtk']) {
  assert.strictEqual(typeof v[k], 'string', k);
  assert.match(v[k], /^\d+\.\d+/, k);
}
for (const k of ['v8', 'modules', 'napi', 'ares', 'nghttp2', 'llhttp', 'webkit']) assert.ok(!(k in v), k);
// the Chromium of the Electron release whose API cathode implements
assert.strictEqual(v.electron, '38.0.0');
assert.strictEqual(v.chrome, '140.0.7339.41');
assert.match(v.webkitgtk, /^2\.\d+\.\d+$/);
// ICU: the library Intl runs on, all four keys or none
const icu = ['cldr', 'icu', 'tz', 'unicode'].filter((k) => k in v);
assert.ok(icu.length === 0 || icu.length === 4, icu.join());
if (icu.length === 4) {
  assert.match(v.icu, /^\d+\.\d+$/);
  assert.match(v.unicode, /^\d+\.\d+$/);
  assert.match(v.cldr, /^\d+\.\d+$/);
  assert.match(v.tz, /^\d{4}[a-z]$/);
  assert.strictEqual(typeof Intl.DateTimeFormat, 'function');
}
// Node's order after node: by name, then Electron's keys, then cathode's
const nodeKeys = keys.slice(1, keys.indexOf('electron'));
assert.deepStrictEqual(nodeKeys, [...nodeKeys].sort());
assert.deepStrictEqual(keys.slice(keys.indexOf('electron')), ['electron', 'chrome', 'cathode', 'webkitgtk']);
