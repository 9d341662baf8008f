// fork(): messages both ways over the IPC channel, then 'disconnect',
// 'exit' and 'close'.
'use strict';
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  process.on('message', (m) => {
    process.send({ echo: m });
    if (m.last) process.disconnect();
  });
  process.send('ready');
  return;
}
const got = [];
const events = [];
const child = fork(__filename, ['child']);
assert.strictEqual(child.connected, true);
child.on('message', (m) => {
  got.push(m);
  if (m === 'ready') {
    child.send({ n: 1 });
    child.send({ n: [2, 'two'], last: true });
  }
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code) => { events.push('exit'); assert.strictEqual(code, 0); });
child.on('close', () => events.push('close'));
process.on('exit', () => {
  assert.deepStrictEqual(got, ['ready', { echo: { n: 1 } }, { echo: { n: [2, 'two'], last: true } }]);
  assert.ok(events.includes('disconnect'));
  assert.strictEqual(events[events.length - 1], 'close');
  assert.strictEqual(child.connected, false);
});
