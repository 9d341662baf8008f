// domain routes an emitter's unhandled 'error', a throwing nextTick and a
// throwing timer callback to its own 'error' listener.
'use strict';
const assert = require('assert');
const domain = require('domain');
const EventEmitter = require('events');

const seen = [];
const d = domain.create();
d.on('error', (err) => seen.push(err.message || err));
const e = new EventEmitter();
d.add(e);
e.emit('error', new Error('from emitter'));
d.run(() => {
  process.nextTick(() => { throw new Error('from tick'); });
  setTimeout(() => { throw new Error('from timer'); }, 1);
});
assert.strictEqual(process.domain, null);
process.on('exit', () => {
  assert.deepStrictEqual(seen, ['from emitter', 'from tick', 'from timer']);
});
