// node:zlib streams respect backpressure: inflating a highly compressed
// input stops producing output while nobody reads, and resumes (to the
// full result) once the reader drains it.
'use strict';
const assert = require('assert');
const zlib = require('zlib');

const size = 32 * 1024 * 1024;
const packed = zlib.deflateSync(Buffer.alloc(size), { level: 9 });
const inflate = zlib.createInflate({ chunkSize: 4096 });
inflate.write(packed);
inflate.end();
setTimeout(() => {
  // unread output stays around the high-water mark, not the whole 32 MB
  assert.ok(inflate.readableLength < 1024 * 1024, `buffered ${inflate.readableLength}`);
  let total = 0;
  inflate.on('data', (chunk) => {
    total += chunk.length;
    assert.ok(chunk.every((b) => b === 0));
  });
  inflate.on('end', () => assert.strictEqual(total, size));
}, 300);
let ended = false;
inflate.on('end', () => { ended = true; });
process.on('exit', (code) => { if (code === 0) assert.ok(ended); });
