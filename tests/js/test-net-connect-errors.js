// net: a refused connection and an unresolvable host fail with Node's
// error shapes; listening twice throws ERR_SERVER_ALREADY_LISTEN.
'use strict';
const assert = require('assert');
const net = require('net');

let n = 0;
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  assert.throws(() => server.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  server.close(() => {
    // the port is free again: connecting is refused
    const s = net.connect(port, '127.0.0.1');
    s.on('error', (e) => {
      n++;
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.strictEqual(e.syscall, 'connect');
      assert.strictEqual(e.address, '127.0.0.1');
      assert.strictEqual(e.port, port);
      assert.strictEqual(e.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
    s.on('close', (hadError) => { n++; assert.strictEqual(hadError, true); });
  });
});
const bad = net.connect(80, 'no-such-host.invalid');
bad.on('error', (e) => {
  n++;
  assert.strictEqual(e.code, 'ENOTFOUND');
  assert.strictEqual(e.syscall, 'getaddrinfo');
});
assert.throws(() => net.connect({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT' });
process.on('exit', () => assert.strictEqual(n, 3));
