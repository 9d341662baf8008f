// createReadStream (start/end/highWaterMark/encoding, fd) and
// createWriteStream (flags, start), with 'open'/'ready'/'close' events.
'use strict';
const assert = require('assert');
const fs = require('fs');
const d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/ct-fs-streams-');
const f = d + '/f';
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz');
const chunks = [];
let opened = false;
const rs = fs.createReadStream(f, { start: 2, end: 11, highWaterMark: 4, encoding: 'utf8' });
rs.on('open', (fd) => { opened = typeof fd === 'number'; });
rs.on('data', (c) => chunks.push(c));
rs.on('close', () => {
  assert(opened);
  assert.deepStrictEqual(chunks, ['cdef', 'ghij', 'kl']);
  assert.strictEqual(rs.bytesRead, 10);
  const ws = fs.createWriteStream(d + '/out', { flags: 'w' });
  ws.write('hello ');
  ws.write(Buffer.from('world'));
  ws.end('!', () => {
    assert.strictEqual(ws.bytesWritten, 12);
    ws.on('close', () => {
      assert.strictEqual(fs.readFileSync(d + '/out', 'utf8'), 'hello world!');
      const ws2 = fs.createWriteStream(d + '/out', { flags: 'r+', start: 6 });
      ws2.end('WORLD');
      ws2.on('close', () => {
        assert.strictEqual(fs.readFileSync(d + '/out', 'utf8'), 'hello WORLD!');
        const fd = fs.openSync(f, 'r');
        const parts = [];
        fs.createReadStream(null, { fd, end: 2 }).on('data', (c) => parts.push(c)).on('close', () => {
          assert.strictEqual(Buffer.concat(parts).toString(), 'abc');
          assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
          fs.createReadStream(d + '/none').on('error', (err) => {
            assert.strictEqual(err.code, 'ENOENT');
            fs.rmSync(d, { recursive: true });
          });
        });
      });
    });
  });
});
