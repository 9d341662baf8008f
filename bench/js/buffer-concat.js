// buffer-concat.js — Buffer.concat of 1000 small buffers, 300 times, plus toString('hex').
'use strict';
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(Buffer.from(`chunk-${i};`));
let len = 0;
for (let r = 0; r < 300; r++) {
  const b = Buffer.concat(parts);
  len += b.length;
  if (r % 50 === 0) len += b.toString('hex').length;
}
if (len <= 0) throw new Error('empty');
