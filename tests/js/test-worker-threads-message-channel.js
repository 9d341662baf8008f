// worker_threads: main-thread facts, MessageChannel copies messages and
// delivers them asynchronously, receiveMessageOnPort, 'close' on both ports,
// BroadcastChannel between two channels, and Worker's clear error.
'use strict';
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.threadId, 0);
assert.throws(() => new wt.Worker('x.js'), { code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' });

const { port1, port2 } = new wt.MessageChannel();
const obj = { a: [1, 2] };
const got = [];
let sync = true;
port2.on('message', (m) => {
  assert.strictEqual(sync, false);
  got.push(m);
  if (got.length === 2) port1.close();
});
port1.postMessage(obj);
port1.postMessage('two');
obj.a.push(3); // the copy was taken at postMessage
sync = false;
let closes = 0;
port1.on('close', () => closes++);
port2.on('close', () => closes++);

const c = new wt.MessageChannel();
c.port1.postMessage(42);
assert.deepStrictEqual(wt.receiveMessageOnPort(c.port2), { message: 42 });
assert.strictEqual(wt.receiveMessageOnPort(c.port2), undefined);
c.port1.close();

const b1 = new wt.BroadcastChannel('chan');
const b2 = new wt.BroadcastChannel('chan');
let bGot;
b2.onmessage = (ev) => {
  bGot = ev.data;
  b1.close();
  b2.close();
};
b1.postMessage({ hi: 1 });

process.on('exit', () => {
  assert.deepStrictEqual(got, [{ a: [1, 2] }, 'two']);
  assert.strictEqual(closes, 2);
  assert.deepStrictEqual(bGot, { hi: 1 });
});
