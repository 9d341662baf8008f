// v8-serdes.js — v8.serialize + v8.deserialize round trips of a mix: a 1 MiB
// Buffer, an array of 10,000 small objects, and nested Map/Set/Date values;
// ROUNDS (default 20) of each. Checks the last results so a broken codec
// cannot look fast.
'use strict';
const v8 = require('v8');
const assert = require('assert');

const rounds = Number(process.env.ROUNDS || 20);
const buffer = Buffer.alloc(1 << 20, 7);
const rows = Array.from({ length: 10000 }, (_, i) => ({ id: i, name: `row ${i}`, ok: i % 2 === 0, score: i / 3 }));
const nested = new Map();
for (let i = 0; i < 500; i++) {
  nested.set(`k${i}`, { when: new Date(i * 1000), tags: new Set([i, `t${i}`]), inner: new Map([[i, [i, i + 1]]]) });
}

let last;
for (let r = 0; r < rounds; r++) {
  last = [
    v8.deserialize(v8.serialize(buffer)),
    v8.deserialize(v8.serialize(rows)),
    v8.deserialize(v8.serialize(nested)),
  ];
}
assert.ok(Buffer.isBuffer(last[0]) && last[0].length === buffer.length && last[0][12345] === 7);
assert.strictEqual(last[1].length, 10000);
assert.deepStrictEqual(last[1][9999], rows[9999]);
assert.strictEqual(last[2].get('k499').when.getTime(), 499000);
assert.ok(last[2].get('k3').tags.has('t3'));
