// util.promisify (with util.promisify.custom) and util.callbackify,
// including the falsy-rejection wrapper error.
'use strict';
const assert = require('assert');
const util = require('util');

function cb(a, done) { setImmediate(() => done(a === 'bad' ? new Error('bad') : null, a + '!')); }
const p = util.promisify(cb);
const custom = () => {};
custom[util.promisify.custom] = () => Promise.resolve('custom');
assert.strictEqual(util.promisify(custom), custom[util.promisify.custom]);
assert.throws(() => util.promisify(1), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  assert.strictEqual(await p('x'), 'x!');
  await assert.rejects(p('bad'), /bad/);
  const cbified = util.callbackify(async (v) => { if (v) throw v; return 'ok'; });
  await new Promise((resolve) => cbified(0, (err, v) => {
    assert.strictEqual(err, null);
    assert.strictEqual(v, 'ok');
    resolve();
  }));
  const falsy = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => falsy((err) => {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.reason, null);
    resolve();
  }));
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
