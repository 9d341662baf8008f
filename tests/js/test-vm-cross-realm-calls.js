// Main-context functions called from inside a vm context: native bindings
// (fs), timers and microtasks work, since the context shares the runtime's
// context group and ct_runtime_from maps it to the same runtime.
'use strict';
const assert = require('assert');
const vm = require('vm');
const fs = require('fs');

const seen = [];
const sandbox = { seen, readFileSync: fs.readFileSync, setTimeout, Buffer };
vm.runInNewContext(`
  seen.push(readFileSync(__filename_, 'utf8').length > 0);
  seen.push(Buffer.from('ab').toString('hex'));
  Promise.resolve().then(() => seen.push('micro'));
  setTimeout(() => seen.push('timer'), 5);
`.replace('__filename_', JSON.stringify(__filename)), sandbox);

setTimeout(() => {
  assert.deepStrictEqual(seen, [true, '6162', 'micro', 'timer']);
}, 50);
