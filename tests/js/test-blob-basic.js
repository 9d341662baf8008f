// Blob and File: size, type, slice, text/arrayBuffer.
'use strict';
const assert = require('assert');
const { Blob, File } = require('buffer');

(async () => {
  const b = new Blob(['ab', Buffer.from('cd'), new Uint8Array([0x65]).buffer], { type: 'Text/Plain' });
  assert.strictEqual(b.size, 5);
  assert.strictEqual(b.type, 'text/plain');
  assert.strictEqual(await b.text(), 'abcde');
  assert.strictEqual(await b.slice(1, -1).text(), 'bcd');
  assert.strictEqual(b.slice(-2, 100, 'x/y').type, 'x/y');
  const ab = await b.arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 5);
  assert.strictEqual(await new Blob([b, 'f']).text(), 'abcdef');
  const f = new File(['x'], 'a.txt', { lastModified: 42 });
  assert.strictEqual(f.name, 'a.txt');
  assert.strictEqual(f.lastModified, 42);
  assert.ok(f instanceof Blob);
  assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
  assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(globalThis.Blob, Blob);
})().then(() => { process.exitCode = 0; }, (e) => { console.error(e); process.exitCode = 1; });
