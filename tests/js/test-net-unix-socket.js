// net over a Unix domain socket: listen(path), connect(path), data, close.
'use strict';
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');

const sockPath = path.join(os.tmpdir(), `cathode-net-${process.pid}.sock`);
let got = '';
const server = net.createServer((c) => c.end('from server'));
server.listen(sockPath, () => {
  assert.strictEqual(server.address(), sockPath);
  const c = net.connect(sockPath);
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('close', () => server.close());
});
process.on('exit', () => {
  assert.strictEqual(got, 'from server');
  try { require('fs').unlinkSync(sockPath); } catch { /* already gone */ }
});
