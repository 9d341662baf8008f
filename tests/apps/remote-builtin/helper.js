// Required from the page through remote.require('./helper'): lives in main.
class Counter {
  constructor(start) { this.value = start; }
  inc(by = 1) { this.value += by; return this; }
  get doubled() { return this.value * 2; }
}
let made = 0;
module.exports = {
  Counter,
  pid: process.pid,
  add(a, b) { return a + b; },
  fail() { throw new Error('boom'); },
  buf() { return Buffer.from('bytes from main'); },
  later() { return new Promise((resolve) => setTimeout(() => resolve(42), 10)); },
  make(i) { made++; return { i, payload: 'x'.repeat(100) }; },
  made() { return made; },
  apply(fn, v) { fn(v * 10); return 'called'; },
  describe(obj) { return `${obj.name}:${obj.list.join(',')}:${typeof obj.when}`; },
};
