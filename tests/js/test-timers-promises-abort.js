// timers/promises: values, AbortSignal cancellation and setInterval.
'use strict';
const assert = require('assert');
const tp = require('timers/promises');

(async () => {
  assert.strictEqual(await tp.setTimeout(1, 'v'), 'v');
  assert.strictEqual(await tp.setImmediate('i'), 'i');
  const ac = new AbortController();
  const p = tp.setTimeout(10000, null, { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { code: 'ABORT_ERR', name: 'AbortError' });
  await assert.rejects(tp.setTimeout(1, null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  let n = 0;
  for await (const v of tp.setInterval(1, 'tick')) {
    assert.strictEqual(v, 'tick');
    if (++n === 3) break;
  }
  await tp.scheduler.wait(1);
  process.exitCode = 0;
})().catch((e) => { console.error(e); process.exit(1); });
process.exitCode = 1;
