// fs.watch reports changes and renames in a directory; close() emits
// 'close' and lets the process exit; fs.watchFile sees a size change.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-watch-');
const events = [];
const w = fs.watch(d, (type, name) => {
  events.push([type, name]);
  if (events.length === 1) {
    w.close();
  }
});
assert(w instanceof require('events'));
let closed = false;
w.on('close', () => {
  closed = true;
  assert.deepStrictEqual(events[0], ['rename', 'new.txt']);
  const f = d + '/polled';
  fs.writeFileSync(f, 'a');
  fs.watchFile(f, { interval: 20 }, (curr, prev) => {
    assert.strictEqual(prev.size, 1);
    assert.strictEqual(curr.size, 3);
    fs.unwatchFile(f);
    fs.rmSync(d, { recursive: true });
  });
  setTimeout(() => fs.writeFileSync(f, 'abc'), 100);
});
assert.throws(() => fs.watch(d + '/none'), {
  code: 'ENOENT', syscall: 'watch', message: `ENOENT: no such file or directory, watch '${d}/none'`,
});
setTimeout(() => fs.writeFileSync(d + '/new.txt', 'x'), 50);
process.on('exit', () => assert(closed));
