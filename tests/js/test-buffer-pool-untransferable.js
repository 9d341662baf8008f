// Transferring a pooled Buffer's ArrayBuffer must not detach the shared pool.
'use strict';
const assert = require('assert');

const a = Buffer.from('hello');
const b = Buffer.from('world');
assert.strictEqual(a.buffer, b.buffer);
structuredClone(a, { transfer: [a.buffer] });
assert.strictEqual(a.buffer.detached, false);
assert.strictEqual(a.toString() + b.toString(), 'helloworld');
const plain = new Uint8Array(4);
structuredClone(plain, { transfer: [plain.buffer] });
assert.strictEqual(plain.buffer.detached, true); // ordinary buffers still transfer
