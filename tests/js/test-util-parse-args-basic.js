// util.parseArgs: long and short options, groups, inline values, multiple,
// defaults and positionals.
'use strict';
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  level: { type: 'string', short: 'l' },
  tag: { type: 'string', short: 't', multiple: true },
  color: { type: 'boolean', short: 'c' },
  mode: { type: 'string', default: 'fast' },
};

let r = parseArgs({ args: ['-vc', '--level', '3', 'in.txt'], options, allowPositionals: true });
assert.deepStrictEqual(r, {
  values: { __proto__: null, verbose: true, color: true, level: '3', mode: 'fast' },
  positionals: ['in.txt'],
});

r = parseArgs({ args: ['-l9', '--tag=a', '-t', 'b', '-vtc'], options });
assert.deepStrictEqual(r.values,
  { __proto__: null, level: '9', tag: ['a', 'b', 'c'], verbose: true, mode: 'fast' });

r = parseArgs({ args: ['--mode', 'slow', '--', '--verbose', '-x'], options, allowPositionals: true });
assert.strictEqual(r.values.mode, 'slow');
assert.strictEqual(r.values.verbose, undefined);
assert.deepStrictEqual(r.positionals, ['--verbose', '-x']);

// a lone dash is a positional
r = parseArgs({ args: ['-'], allowPositionals: true });
assert.deepStrictEqual(r.positionals, ['-']);

// loose mode keeps unknown options and their inline values
r = parseArgs({ args: ['--what=ever', '-xy', 'pos'], strict: false });
assert.deepStrictEqual(r, { values: { __proto__: null, what: 'ever', x: true, y: true }, positionals: ['pos'] });

// an explicit value that looks like an option is taken as the value in loose mode
r = parseArgs({ args: ['--level', '--oops'], options, strict: false });
assert.strictEqual(r.values.level, '--oops');
