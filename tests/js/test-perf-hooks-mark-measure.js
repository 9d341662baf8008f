// performance.mark/measure, the entry buffer and PerformanceObserver.
'use strict';
const assert = require('assert');
const { performance, PerformanceObserver } = require('perf_hooks');

const t0 = performance.now();
assert.ok(t0 > 0);
assert.ok(Math.abs(performance.timeOrigin + t0 - Date.now()) < 100);
let seen = null;
const obs = new PerformanceObserver((list) => { seen = list.getEntries().map((e) => e.name); obs.disconnect(); });
obs.observe({ entryTypes: ['mark', 'measure'] });
const a = performance.mark('a', { detail: { k: 1 } });
assert.deepStrictEqual(a.detail, { k: 1 });
const m = performance.measure('a-to-now', 'a');
assert.ok(m.duration >= 0);
assert.strictEqual(m.startTime, a.startTime);
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a']);
assert.throws(() => performance.measure('x', 'missing'), { name: 'SyntaxError' });
performance.clearMarks();
assert.strictEqual(performance.getEntriesByType('mark').length, 0);
process.on('exit', () => assert.deepStrictEqual(seen, ['a', 'a-to-now']));
