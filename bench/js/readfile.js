// readfile.js — readFileSync in a loop: 64 KiB file, 3000 reads, as bytes and as UTF-8.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), `cathode-bench-${process.pid}.txt`);
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz0123456789\n'.repeat(1772));
let total = 0;
for (let i = 0; i < 1500; i++) {
  total += fs.readFileSync(file).length;
  total += fs.readFileSync(file, 'utf8').length;
}
fs.unlinkSync(file);
if (total !== 3000 * 65564) throw new Error(`read ${total} bytes`);
