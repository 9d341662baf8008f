// Two of cathode's Electron-internal modules that Electron's spec tests
// directly (tests/electron-spec maps ../lib/common/deprecate and
// ../lib/browser/parse-features-string to them): deprecation warnings
// (once per item, handler / throwDeprecation / "(electron) " console
// routes) and window.open feature strings.
'use strict';
const assert = require('assert');
const path = require('path');

const lib = path.join(__dirname, '..', '..', 'lib', 'electron');
const deprecate = require(path.join(lib, 'common', 'deprecate.js'));
const { parseFeatures, parseCommaSeparatedKeyValue } = require(path.join(lib, 'main', 'parse_features_string.js'));

const seen = [];
deprecate.setHandler((m) => seen.push(m));
const moved = deprecate.moveAPI(function (a) { return [this, a]; }, 'old', 'new');
const self = {};
assert.deepStrictEqual(moved.call(self, 1), [self, 1]);
moved();
assert.deepStrictEqual(seen, ["'old' is deprecated and will be removed. Please use 'new' instead."]);
const o = { newName: 1 };
deprecate.renameProperty(o, 'oldName', 'newName');
o.oldName = 5;
assert.strictEqual(o.newName, 5);
assert.strictEqual(seen[1], "'oldName' is deprecated and will be removed. Please use 'newName' instead.");
deprecate.setHandler(null);
const throwing = process.throwDeprecation;
process.throwDeprecation = true;
assert.throws(() => deprecate.log('gone'), /^Error: gone$/);
process.throwDeprecation = throwing;
const warned = [];
const realWarn = console.warn;
console.warn = (m) => warned.push(m);
deprecate.warn('a', 'b');
console.warn = realWarn;
assert.deepStrictEqual(warned, ["(electron) 'a' is deprecated. Use 'b' instead."]);

assert.deepStrictEqual(parseCommaSeparatedKeyValue(' a = yes , c = d , w=10px'), { a: true, c: 'd', w: '10px' });
assert.deepStrictEqual(parseFeatures('width=400, left=10,top=0,show=no,icon=/etc/passwd,resizable=no,nodeIntegration=1,javascript=no'), {
  options: { width: 400, left: 10, top: 0, x: 10, y: 0, show: false },
  webPreferences: { nodeIntegration: true, javascript: false },
});
