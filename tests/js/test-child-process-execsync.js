// execSync/execFileSync: return stdout (Buffer or string), throw an Error
// carrying status/stdout/stderr when the command fails.
'use strict';
const assert = require('assert');
const { execSync, execFileSync } = require('child_process');

assert.strictEqual(execSync('echo hi').toString(), 'hi\n');
assert.strictEqual(execSync('echo hi', { encoding: 'utf8' }), 'hi\n');
assert.strictEqual(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.strictEqual(execSync('cat', { input: 'piped', encoding: 'utf8' }), 'piped');
assert.throws(() => execSync('echo oops >&2; exit 2', { stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.message, 'Command failed: echo oops >&2; exit 2\noops\n');
  assert.strictEqual(e.status, 2);
  assert.strictEqual(e.stderr.toString(), 'oops\n');
  return true;
});
assert.throws(() => execFileSync('cathode-no-such-command'), { code: 'ENOENT' });
