// node:test: a file of tests reports each result in Node's spec format,
// prints the summary counts, and exits 1 when a test failed (0 otherwise).
'use strict';
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

function run(file) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'node-test', file)], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout };
}

const mixed = run('mixed.js');
assert.strictEqual(mixed.code, 1, mixed.out);
for (const line of ['✔ sync pass', '✔ async pass', '✔ callback pass', '✖ fails', '﹣ skipped', '# SKIP',
  '  ✔ child a', '▶ suite', '  ✔ first', '    ✔ deep', '✔ mock', '✖ timeout', 'test timed out after 20ms',
  'ℹ tests 14', 'ℹ suites 2', 'ℹ pass 10', 'ℹ fail 2', 'ℹ skipped 1', 'ℹ todo 1', '✖ failing tests:']) {
  assert.ok(mixed.out.includes(line), `missing ${JSON.stringify(line)} in:\n${mixed.out}`);
}
// declaration order is run order
assert.ok(mixed.out.indexOf('✔ sync pass') < mixed.out.indexOf('▶ suite'));
assert.ok(mixed.out.indexOf('  ✔ first') < mixed.out.indexOf('  ✔ second'));

const pass = run('all-pass.mjs');
assert.strictEqual(pass.code, 0, pass.out);
assert.ok(pass.out.includes('ℹ pass 2') && pass.out.includes('ℹ fail 0'), pass.out);

// only with the node: scheme, as in Node
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(typeof require('node:test').describe, 'function');
