// Electron's original-fs (fs without asar support: cathode has none, so
// fs's functions, in a separate object that later patches to fs do not
// reach), and process._linkedBinding('electron_common_features').
'use strict';
const assert = require('assert');
const fs = require('fs');

const ofs = require('original-fs');
assert.notStrictEqual(ofs, fs);
assert.strictEqual(require('node:original-fs'), ofs);
assert.ok(require('module').builtinModules.includes('original-fs'));
assert.strictEqual(ofs.readFileSync, fs.readFileSync);
assert.strictEqual(ofs.readFileSync(__filename, 'utf8'), fs.readFileSync(__filename, 'utf8'));
assert.strictEqual(typeof ofs.promises.readFile, 'function');
const realStat = fs.statSync;
fs.statSync = () => 'patched';
assert.strictEqual(ofs.statSync(__filename).isFile(), true);
fs.statSync = realStat;

const features = process._linkedBinding('electron_common_features');
assert.strictEqual(features.isPrintingEnabled(), true);
for (const name of ['isBuiltinSpellCheckerEnabled', 'isPDFViewerEnabled', 'isFakeLocationProviderEnabled',
  'isPromptAPIEnabled', 'isComponentBuild', 'isExtensionsEnabled']) {
  assert.strictEqual(features[name](), false, name);
}
