// net: a loopback TCP server and client exchange data both ways, with
// addresses reported and 'end'/'close' in order, then the server closes.
'use strict';
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer((sock) => {
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => sock.end(`echo:${got}`));
});
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);
  const client = net.connect(addr.port, '127.0.0.1', () => {
    events.push('connect');
    assert.strictEqual(client.remotePort, addr.port);
    client.write('hello ');
    client.end(Buffer.from('world'));
  });
  let resp = '';
  client.on('data', (d) => { resp += d; });
  client.on('end', () => events.push('end'));
  client.on('close', (hadError) => {
    events.push('close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(resp, 'echo:hello world');
    assert.strictEqual(client.bytesWritten, 11);
    server.close(() => events.push('server close'));
  });
});
process.on('exit', () => {
  assert.deepStrictEqual(events, ['connect', 'end', 'close', 'server close']);
});
