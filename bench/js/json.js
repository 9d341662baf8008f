// json.js — JSON round trip: stringify and parse a 2000-record document 40 times.
'use strict';
const rows = [];
for (let i = 0; i < 2000; i++) {
  rows.push({ id: i, name: `item ${i}`, tags: ['a', 'b', String(i % 7)], price: i * 1.25,
              nested: { ok: i % 2 === 0, at: '2024-01-01T00:00:00Z' } });
}
let n = 0;
for (let r = 0; r < 40; r++) {
  const back = JSON.parse(JSON.stringify({ rows }));
  n += back.rows.length;
}
if (n !== 80000) throw new Error(String(n));
