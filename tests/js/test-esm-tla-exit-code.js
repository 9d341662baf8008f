// A main ES module whose top-level await never settles exits with 13, as
// in Node; one that calls process.exit(0) from inside that await (or set
// process.exitCode) exits with the code it chose.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-tla-'));
const cases = [
  ['never.mjs', 'await new Promise(() => {});', 13],
  ['exit0.mjs', 'await new Promise((r) => setTimeout(r, 10)); process.exit(0); await new Promise(() => {});', 0],
  ['exitcode.mjs', 'process.exitCode = 0; await new Promise(() => {});', 0],
  ['exit3.mjs', 'setTimeout(() => process.exit(3), 10); await new Promise(() => {});', 3],
];
try {
  for (const [name, src, code] of cases) {
    fs.writeFileSync(path.join(dir, name), src);
    const r = spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8' });
    assert.strictEqual(r.status, code, `${name}: ${r.stderr}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
