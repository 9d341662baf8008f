// node:zlib lifetimes: close() and destroy() while a threadpool write is in
// flight (the handle is released when the write lands, the close callback
// runs, nothing more is emitted), and many unclosed streams left to the GC.
'use strict';
const assert = require('assert');
const zlib = require('zlib');

const big = Buffer.alloc(4 * 1024 * 1024);
for (let i = 0, x = 9; i < big.length; i++) big[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;

let closed = 0;
const g = zlib.createGzip({ level: 9 });
g.on('data', () => {});
g.write(big);
g.close(() => closed++);
assert.strictEqual(g._closed, true);

const d = zlib.createDeflate();
d.on('error', (e) => assert.fail(e));
d.write(big);
d.destroy();

// handles nobody closes: the finalizer frees them
for (let i = 0; i < 2000; i++) zlib.createInflate().write(Buffer.from([0x78]));
if (typeof gc === 'function') gc();

setTimeout(() => {
  assert.strictEqual(closed, 1);
  assert.ok(d.destroyed);
}, 200);
