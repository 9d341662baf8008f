// util.parseArgs in strict mode: Node's error codes and messages.
'use strict';
const assert = require('assert');
const { parseArgs } = require('util');

const options = { name: { type: 'string', short: 'n' }, quiet: { type: 'boolean', short: 'q' } };

assert.throws(() => parseArgs({ args: ['--nope'], options }), {
  name: 'TypeError', code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--nope'",
});
assert.throws(() => parseArgs({ args: ['-z'], options, allowPositionals: true }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  message: "Unknown option '-z'. To specify a positional argument starting with a '-', " +
    "place it at the end of the command after '--', as in '-- \"-z\"",
});
assert.throws(() => parseArgs({ args: ['file'], options }), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'file'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['--name'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '-n, --name <value>' argument missing",
});
assert.throws(() => parseArgs({ args: ['--quiet=yes'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '-q, --quiet' does not take an argument",
});
assert.throws(() => parseArgs({ args: ['-n', '-q'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-n' argument is ambiguous.\nDid you forget to specify the option argument for '-n'?\n" +
    "To specify an option argument starting with a dash use '--name=-XYZ' or '-n-XYZ'.",
});
// inline values may start with a dash
assert.strictEqual(parseArgs({ args: ['--name=-x'], options }).values.name, '-x');
assert.strictEqual(parseArgs({ args: ['-n-x'], options }).values.name, '-x');

// configuration errors
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'number' } } }),
  { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', short: 'ab' } } }),
  { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', default: 1 } } }),
  { code: 'ERR_INVALID_ARG_TYPE', message: /options\.a\.default/ });
assert.throws(() => parseArgs({ args: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ strict: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
