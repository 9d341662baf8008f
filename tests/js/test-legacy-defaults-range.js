// lib/electron/main/legacy_defaults.js, the pure part: the lowest Electron
// major a package.json semver range admits, which defaults each major had,
// where the range is read from, and today's defaults when nothing is
// declared. (The app-level behaviour is tests/apps/legacy-electron7.)
'use strict';
const assert = require('assert');
const path = require('path');
const legacy = require(path.join(__dirname, '../../lib/electron/main/legacy_defaults.js'));

const majors = {
  '^7.1.2': 7, '~11.0.0': 11, '7.x': 7, '7.X.x': 7, '>=5': 5, '>= 5.0.0': 5, '7': 7, 'v7.1.2': 7,
  '=7.1': 7, '7.1 - 9': 7, '^8 || ^7': 7, '^9 ||  ~6.1.0': 6, '<12': 0, '<=3.1': 0, '>7': 8, '>7.1': 7,
  '>7.1.2': 7, '^0.37.8': 0, '^7.0.0-beta.3': 7, '>=7.0.0 <9.0.0': 7, '~> 6.1': 6, '^22.3.1': 22,
  '38.1.0': 38, ' ^10.1.0 ': 10, '>=12 <8 || ^9': 9, '1.x || >=2.5.0 || 5.0.0 - 7.2.3': 1,
};
for (const [range, major] of Object.entries(majors)) {
  assert.deepStrictEqual(legacy.lowestMajor(range), { major }, range);
}
for (const range of ['', '*', 'x', 'latest', '  *  ']) {
  assert.deepStrictEqual(legacy.lowestMajor(range), { any: true }, range);
}
const errors = {
  'npm:electron-nightly@1': 'it is not a semver range', 'file:../electron': 'it is not a semver range',
  'git+https://github.com/electron/electron': 'it is not a semver range', beta: 'it is not a semver range',
  '1.2.3.4': 'it is not a semver range', '^7 || banana': 'it is not a semver range',
  '>=12 <8': 'it admits no version', '<*': 'it admits no version', '>*': 'it admits no version',
};
for (const [range, error] of Object.entries(errors)) {
  assert.deepStrictEqual(legacy.lowestMajor(range), { error }, range);
}
assert.deepStrictEqual(legacy.lowestMajor(7), { error: 'it is not a string' });
assert.deepStrictEqual(legacy.lowestMajor(null), { error: 'it is not a string' });

assert.deepStrictEqual(legacy.loosenedIn(4), [['nodeIntegration', true], ['enableRemoteModule', true],
  ['contextIsolation', false], ['sandbox', false]]);
assert.deepStrictEqual(legacy.loosenedIn(5), [['enableRemoteModule', true], ['contextIsolation', false],
  ['sandbox', false]]);
assert.deepStrictEqual(legacy.loosenedIn(10), [['contextIsolation', false], ['sandbox', false]]);
assert.deepStrictEqual(legacy.loosenedIn(12), [['sandbox', false]]);
assert.deepStrictEqual(legacy.loosenedIn(19), [['sandbox', false]]);
assert.deepStrictEqual(legacy.loosenedIn(20), []);
assert.deepStrictEqual(legacy.loosenedIn(38), []);

assert.strictEqual(legacy.declaredRange({ devDependencies: { electron: '^7' } }), '^7');
assert.strictEqual(legacy.declaredRange({ dependencies: { electron: '~9.0.1' } }), '~9.0.1');
assert.strictEqual(legacy.declaredRange({ devDependencies: { electron: '^8' }, dependencies: { electron: '^9' } }), '^8');
assert.strictEqual(legacy.declaredRange({ devDependencies: { 'electron-builder': '^22' } }), undefined);
assert.strictEqual(legacy.declaredRange({ devDependencies: null }), undefined);
assert.strictEqual(legacy.declaredRange(null), undefined);

// nothing declared: today's defaults, explicit values as given
assert.deepStrictEqual(legacy.effective({}),
  { nodeIntegration: false, contextIsolation: true, sandbox: true, enableRemoteModule: false });
assert.deepStrictEqual(legacy.effective({ nodeIntegration: true }),
  { nodeIntegration: true, contextIsolation: true, sandbox: false, enableRemoteModule: false });
assert.deepStrictEqual(legacy.effective({ nodeIntegration: true, sandbox: true, contextIsolation: false }),
  { nodeIntegration: true, contextIsolation: false, sandbox: true, enableRemoteModule: false });
assert.strictEqual(legacy.legacyMajor(), null);
