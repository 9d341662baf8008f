// node:zlib teardown: process.exit() while async gzip writes are still on
// the threadpool exits cleanly with the requested code and never calls back.
'use strict';
const zlib = require('zlib');

const big = Buffer.alloc(8 * 1024 * 1024);
for (let i = 0, x = 11; i < big.length; i++) big[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
for (let i = 0; i < 4; i++) {
  zlib.gzip(big, { level: 9 }, () => {
    process.stdout.write('callback after exit\n');
    process.exitCode = 1;
  });
}
setImmediate(() => process.exit(0));
