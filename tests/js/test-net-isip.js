// net.isIP / isIPv4 / isIPv6 on valid and invalid addresses.
'use strict';
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('fe80::1%eth0'), 6);
assert.strictEqual(net.isIP('::ffff:192.168.0.1'), 6);
assert.strictEqual(net.isIP('1.2.3'), 0);
assert.strictEqual(net.isIP('256.0.0.1'), 0);
assert.strictEqual(net.isIP('localhost'), 0);
assert.strictEqual(net.isIP(''), 0);
assert.strictEqual(net.isIPv4('0.0.0.0'), true);
assert.strictEqual(net.isIPv4('::1'), false);
assert.strictEqual(net.isIPv6('1:2:3:4:5:6:7:8'), true);
assert.strictEqual(net.isIPv6('1:2:3:4:5:6:7:8:9'), false);
