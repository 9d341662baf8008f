// node:diagnostics_channel: publish reaches subscribers with (message,
// name), unsubscribe, hasSubscribers, a throwing subscriber does not stop
// the publisher, and TracingChannel around sync, promise and callback work.
'use strict';
const assert = require('assert');
const dc = require('diagnostics_channel');

const ch = dc.channel('my-lib:request');
assert.strictEqual(ch, dc.channel('my-lib:request'));
assert.strictEqual(ch.hasSubscribers, false);
const seen = [];
const sub = (msg, name) => seen.push([msg.id, name]);
dc.subscribe('my-lib:request', sub);
assert.strictEqual(dc.hasSubscribers('my-lib:request'), true);
ch.publish({ id: 1 });
assert.deepStrictEqual(seen, [[1, 'my-lib:request']]);
assert.strictEqual(dc.unsubscribe('my-lib:request', sub), true);
assert.strictEqual(dc.unsubscribe('my-lib:request', sub), false);
ch.publish({ id: 2 });
assert.strictEqual(seen.length, 1);
assert.throws(() => dc.channel(5), { code: 'ERR_INVALID_ARG_TYPE' });

// a throwing subscriber: the others still run, the error comes later
const boom = new Error('subscriber failed');
let later = null;
process.once('uncaughtException', (err) => { later = err; });
ch.subscribe(() => { throw boom; });
let second = false;
ch.subscribe(() => { second = true; });
ch.publish({});
assert.ok(second);

const events = [];
const tc = dc.tracingChannel('op');
tc.subscribe({
  start: (c) => events.push(`start ${c.n}`),
  end: (c) => events.push(`end ${c.n}`),
  asyncStart: (c) => events.push(`asyncStart ${c.n} ${c.result ?? c.error.message}`),
  asyncEnd: (c) => events.push(`asyncEnd ${c.n}`),
  error: (c) => events.push(`error ${c.n} ${c.error.message}`),
});
assert.strictEqual(tc.traceSync((a) => a * 2, { n: 1 }, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('sync'); }, { n: 2 }), /sync/);
tc.tracePromise(async () => 'p', { n: 3 }).then((v) => {
  assert.strictEqual(v, 'p');
  tc.traceCallback((cb) => setImmediate(cb, null, 'cb'), -1, { n: 4 }, null, (err, r) => {
    assert.strictEqual(r, 'cb');
    events.push('callback ran');
  });
});
process.on('exit', () => {
  assert.strictEqual(later, boom);
  assert.deepStrictEqual(events, ['start 1', 'end 1', 'start 2', 'error 2 sync', 'end 2', 'start 3', 'end 3',
    'asyncStart 3 p', 'asyncEnd 3', 'start 4', 'end 4', 'asyncStart 4 cb', 'callback ran', 'asyncEnd 4']);
});
