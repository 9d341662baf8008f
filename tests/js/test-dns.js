// node:dns over the system resolver: lookup (callback, all, family,
// literals), lookupService, the promise API, Node's argument errors, and
// net.connect resolving a host name through dns.lookup. Only names from
// /etc/hosts are used: the machine may have no network.
'use strict';
const assert = require('assert');
const dns = require('dns');
const net = require('net');

let pending = 0;
const done = () => { pending--; };
process.on('exit', () => assert.strictEqual(pending, 0, 'a callback did not come'));

pending++;
dns.lookup('localhost', (err, address, family) => {
  assert.ifError(err);
  assert.ok(address === '127.0.0.1' || address === '::1', address);
  assert.ok(family === 4 || family === 6);
  done();
});
pending++;
dns.lookup('localhost', { all: true, family: 4 }, (err, list) => {
  assert.ifError(err);
  assert.ok(Array.isArray(list) && list.length >= 1);
  assert.deepStrictEqual(list[0], { address: '127.0.0.1', family: 4 });
  done();
});
pending++;
dns.lookup('10.1.2.3', (err, address, family) => {
  assert.deepStrictEqual([err, address, family], [null, '10.1.2.3', 4]);
  done();
});
pending++;
dns.promises.lookup('::1').then((r) => {
  assert.deepStrictEqual(r, { address: '::1', family: 6 });
  done();
});
pending++;
require('dns/promises').lookup('localhost', { family: 4 }).then((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
  done();
});
pending++;
dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
  // the name comes from /etc/hosts; the service from /etc/services when present
  if (err === null) assert.strictEqual(typeof hostname, 'string');
  else assert.strictEqual(err.syscall, 'getnameinfo');
  void service;
  done();
});

assert.throws(() => dns.lookup(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.lookup('x', { family: 3 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 3",
});
assert.throws(() => dns.lookupService('not-an-ip', 80, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');

// net resolves a name through dns.lookup (the machine's own host name, when
// /etc/hosts knows it)
const host = require('os').hostname();
pending++;
dns.lookup(host, { family: 4 }, (err) => {
  if (err) { done(); return; }
  const server = net.createServer((s) => s.end('over a name')).listen(0, '0.0.0.0', () => {
    const c = net.connect(server.address().port, host);
    let lookedUp = false;
    c.on('lookup', (e, address) => { lookedUp = e === null && net.isIP(address) !== 0; });
    c.on('data', (d) => {
      assert.strictEqual(String(d), 'over a name');
      assert.ok(lookedUp);
      server.close();
      done();
    });
  });
});
