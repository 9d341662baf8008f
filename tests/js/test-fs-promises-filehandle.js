// fs.promises.open and FileHandle: read/write/readFile/writeFile/appendFile/
// stat/truncate/sync/close, the 'close' event and EBADF after close.
'use strict';
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
(async () => {
  const dir = await fsp.mkdtemp((process.env.TMPDIR || '/tmp') + '/ct-fs-fh-');
  try {
    const fh = await fsp.open(dir + '/f', 'w+');
    assert.strictEqual(typeof fh.fd, 'number');
    let closed = false;
    fh.on('close', () => { closed = true; });
    await fh.writeFile('hello');
    await fh.appendFile(' there');
    const w = await fh.write('!', 11);
    assert.strictEqual(w.bytesWritten, 1);
    const r = await fh.read(new Uint8Array(5), 0, 5, 6);
    assert.strictEqual(r.bytesRead, 5);
    assert.strictEqual(String.fromCharCode(...r.buffer), 'there');
    assert.strictEqual((await fh.stat()).size, 12);
    await fh.truncate(5);
    await fh.sync();
    await fh.datasync();
    const v = await fh.writev([new Uint8Array([65]), new Uint8Array([66])], 5);
    assert.strictEqual(v.bytesWritten, 2);
    await fh.close();
    assert(closed);
    assert.strictEqual(fh.fd, -1);
    await assert.rejects(fh.stat(), { code: 'EBADF', syscall: 'fstat' });
    assert.strictEqual(await fsp.readFile(dir + '/f', 'utf8'), 'helloAB');
    await fsp.writeFile(dir + '/g', new Uint8Array([104, 105]));
    await fsp.appendFile(dir + '/g', '!');
    assert.strictEqual(await fsp.readFile(dir + '/g', { encoding: 'utf8' }), 'hi!');
    await assert.rejects(fsp.readFile(dir + '/none'), { code: 'ENOENT' });
    const st = await fsp.stat(dir + '/g');
    assert(st.isFile());
    await fsp.access(dir + '/g', fs.constants.R_OK);
    await fsp.rename(dir + '/g', dir + '/h');
    assert.deepStrictEqual((await fsp.readdir(dir)).sort(), ['f', 'h']);
    await fsp.unlink(dir + '/h');
    const fh2 = await fsp.open(dir + '/f');
    assert.strictEqual((await fh2.readFile('utf8')), 'helloAB');
    await fh2[Symbol.asyncDispose]();
    assert.strictEqual(fh2.fd, -1);
  } finally {
    await fsp.rm(dir, { recursive: true });
  }
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
