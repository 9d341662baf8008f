// util.parseArgs({ tokens: true }): each argument's token with its argv index,
// a short group sharing one index, and allowNegative's --no-foo.
'use strict';
const assert = require('assert');
const { parseArgs } = require('util');

const options = { out: { type: 'string', short: 'o' }, all: { type: 'boolean', short: 'a' } };
const { tokens } = parseArgs({ args: ['-ao', 'x', 'p', '--out=y', '--', '-a'], options,
                               allowPositionals: true, tokens: true });
assert.deepStrictEqual(tokens, [
  { kind: 'option', name: 'all', rawName: '-a', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'out', rawName: '-o', index: 0, value: 'x', inlineValue: false },
  { kind: 'positional', index: 2, value: 'p' },
  { kind: 'option', name: 'out', rawName: '--out', index: 3, value: 'y', inlineValue: true },
  { kind: 'option-terminator', index: 4 },
  { kind: 'positional', index: 5, value: '-a' },
]);

const neg = parseArgs({ args: ['--no-all'], options, allowNegative: true });
assert.deepStrictEqual(neg.values, { __proto__: null, all: false });
assert.throws(() => parseArgs({ args: ['--no-all'], options }), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });

// '__proto__' is never stored
const p = parseArgs({ args: ['--__proto__=1'], strict: false });
assert.deepStrictEqual(p.values, { __proto__: null });
