// Run-as-node (ELECTRON_RUN_AS_NODE) has no built-in electron module, as in
// Electron: 'electron', 'electron/main', 'electron/common',
// 'electron/renderer' and 'electron/utility' resolve as any package name
// would, for require() and import: not found, or the npm package electron
// (the path of its binary) when one is installed.
'use strict';
const assert = require('assert');
const { createRequire } = require('module');
const { execFileSync } = require('child_process');
const path = require('path');

const names = ['electron', 'electron/main', 'electron/common', 'electron/renderer', 'electron/utility'];
for (const name of names) {
  assert.throws(() => require(name), (e) => {
    assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
    assert.strictEqual(e.message.split('\n')[0], `Cannot find module '${name}'`);
    return true;
  });
}

(async () => {
  for (const name of names) {
    await assert.rejects(import(name), (e) => {
      assert.strictEqual(e.code, 'ERR_MODULE_NOT_FOUND');
      assert.strictEqual(e.message, `Cannot find package 'electron' imported from ${__filename}`);
      return true;
    });
  }

  // with the npm package installed
  const dir = path.join(__dirname, 'fixtures/electron-npm');
  const req = createRequire(path.join(dir, 'x.js'));
  assert.strictEqual(req('electron'), path.join(dir, 'node_modules/electron/dist/electron'));
  assert.strictEqual(req.resolve('electron'), path.join(dir, 'node_modules/electron/index.js'));
  assert.throws(() => req('electron/main'), { code: 'MODULE_NOT_FOUND' });
  const out = execFileSync(process.execPath, [path.join(dir, 'import.mjs')], { encoding: 'utf8' });
  assert.strictEqual(out, 'string true\nelectron/main ERR_MODULE_NOT_FOUND\nelectron/renderer ERR_MODULE_NOT_FOUND\n');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
