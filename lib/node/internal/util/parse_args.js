// parse_args.js — util.parseArgs: command-line arguments to { values,
// positionals, tokens } for a declared set of string and boolean options.
//
// Two passes: tokenize() turns argv into option / positional /
// option-terminator tokens (expanding short groups such as -abc and splitting
// -fVALUE and --name=value), then parseArgs() checks the tokens in strict
// mode and stores them. Tokens keep the index of the argv element they came
// from, so a short group yields several tokens with one index.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateBooleanArray, validateObject, validateString,
  validateStringArray,
} = require('internal/validators');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// The option's own config field, ignoring anything inherited (an options
// object may come from untrusted JSON and name '__proto__' or 'toString').
function configOf(options, name, field) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return config != null && hasOwn(config, field) ? config[field] : undefined;
}

function longNameForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (configOf(options, name, 'short') === short) return name;
  }
  return short;
}

// Without an explicit args, the user arguments of this process: after the
// script, or after the executable for -e / -p code.
function defaultArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  const isEval = process.execArgv.some((a) => evalFlags.includes(a) ||
    a.startsWith('--eval=') || a.startsWith('--print='));
  return process.argv.slice(isEval ? 1 : 2);
}

const isLongForm = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] === '-';
const isShortForm = (arg) => arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';

function tokenize(args, options) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  let pendingGroup = 0; // queue entries that came from one expanded -abc
  while (queue.length > 0) {
    const arg = queue.shift();
    if (pendingGroup > 0) pendingGroup--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isShortForm(arg)) {
      const short = arg[1];
      const name = longNameForShort(short, options);
      const isString = configOf(options, name, 'type') === 'string';
      if (arg.length === 2) {
        // -f, perhaps followed by its value
        let value;
        let inlineValue;
        if (isString && pendingGroup === 0 && queue.length > 0) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value !== undefined) index++;
        continue;
      }
      if (isString) {
        // -fVALUE
        tokens.push({ kind: 'option', name, rawName: `-${short}`, index,
                      value: arg.slice(2), inlineValue: true });
        continue;
      }
      // -abc: one option per letter until a string option takes the rest
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i];
        const letterIsString =
          configOf(options, longNameForShort(letter, options), 'type') === 'string';
        if (!letterIsString || i === arg.length - 1) {
          expanded.push(`-${letter}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      queue.unshift(...expanded);
      pendingGroup = expanded.length;
      continue;
    }

    if (isLongForm(arg)) {
      const eq = arg.indexOf('=');
      if (eq === -1) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (configOf(options, name, 'type') === 'string' && queue.length > 0) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value !== undefined) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index,
                      value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// A separate argument that looks like an option is probably one: the user
// forgot the string option's value.
function checkAmbiguousValue(token) {
  const v = token.value;
  if (token.inlineValue || typeof v !== 'string' || v.length < 2 || v[0] !== '-') return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function checkUsage(options, token, allowPositionals) {
  if (!hasOwn(options, token.name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const short = configOf(options, token.name, 'short');
  const spelled = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = configOf(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled}' does not take an argument`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  const v = value === undefined ? true : value;
  if (configOf(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [v];
    else values[name].push(v);
  } else {
    values[name] = v;
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const name of Object.keys(options)) {
    const config = options[name];
    validateObject(config, `options.${name}`);
    const type = configOf(options, name, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string'|'boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = configOf(options, name, 'multiple');
    if (multiple !== undefined) validateBoolean(multiple, `options.${name}.multiple`);
    const dflt = configOf(options, name, 'default');
    if (dflt !== undefined) {
      const what = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(dflt, what);
        else validateString(dflt, what);
      } else if (multiple) {
        validateBooleanArray(dflt, what);
      } else {
        validateBoolean(dflt, what);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  validateObject(config, 'config');
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const allowNegative = config.allowNegative ?? false;
  const returnTokens = config.tokens ?? false;
  const options = config.options ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(allowNegative, 'allowNegative');
  validateBoolean(returnTokens, 'tokens');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    } else if (token.kind === 'option') {
      // --no-foo sets a boolean --foo to false
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined) {
        const positive = token.name.slice(3);
        const type = configOf(options, positive, 'type');
        if (type === 'boolean' || (!strict && type === undefined && !hasOwn(options, token.name))) {
          if (strict) checkUsage(options, { ...token, name: positive }, allowPositionals);
          store(values, options, positive, false);
          continue;
        }
      }
      if (strict) {
        checkUsage(options, token, allowPositionals);
        checkAmbiguousValue(token);
      }
      store(values, options, token.name, token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const dflt = configOf(options, name, 'default');
    if (name !== '__proto__' && dflt !== undefined && values[name] === undefined) {
      values[name] = dflt;
    }
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
