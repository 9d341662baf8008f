// assertion_error.js — assert.AssertionError and the messages Node builds for
// failed comparisons: the "+ actual - expected" line diff for strictEqual
// and deepStrictEqual, the one-line "a !== b" form for short primitives, and
// the "should loosely deep-equal" blocks. The text must match Node's: tests
// compare err.message.
'use strict';

// Built-ins captured at load time: user code may replace them later and must
// not change our behaviour.
const {
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
} = require('internal/util/primordials');

const { inspect } = require('internal/util/inspect');
const { kIsNodeError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let blue = '';
let green = '';
let red = '';
let white = '';

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Up to this many characters (both sides together) primitives are shown as
// "a !== b" instead of a diff.
const kMaxShortLength = 12;

function removeColors(str) {
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// A stand-in with the same prototype, own properties and message but without
// the stack, so that the diff of two errors does not show their stacks.
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

// Independent of inspect.defaultOptions: the message must show everything
// the comparison looked at.
function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Prints up to three lines that both sides share before a difference, and
// collapses longer runs into "...".
function identicalRun(lines, i, identical, state) {
  let out = '';
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          out += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          out += `\n${blue}...${white}`;
          state.skipped = true;
        }
      }
      out += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  return out;
}

// `header` replaces the operator's sentence when the caller gave a message
// (Node >= 20.20 keeps the diff under a custom message).
function createErrDiff(actual, expected, operator, header) {
  let other = '';
  let res = '';
  let end = '';
  const state = { skipped: false, printed: 0 };
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const c = inspect.defaultOptions.colors;
    const actualRaw = c ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = c ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${header ?? kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // a caret under the first difference, when the line fits the terminal
      const maxLength = process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the common tail (keep up to three lines of it for context).
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // equal output, different identity: show one side
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      while (lines.length > 47) lines.pop();
    }
    return `${header ?? kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let identical = 0;
  const msg = (header ?? kReadableOperator[operator]) + `\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    maxLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      // only one side has lines left
      res += identicalRun(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let divergingLines = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line that differs only by its trailing comma is the same line.
      if (divergingLines && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        res += identicalRun(actualLines, i, identical, state);
        identical = 0;
        // expected lines wait in `other` so that a block reads +++--- not +-+-
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        state.printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }
  return `${msg}${state.skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

function buildMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = `${blue}...${white}`;
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// JavaScriptCore's captureStackTrace does not trim frames when the target is
// an Error being constructed; a plain holder object gets the trimmed frames.
// The stack is stored Node-shaped ("AssertionError [ERR_ASSERTION]: msg" and
// "    at" frames) because tests match err.stack against the message.
function captureStack(err, fn) {
  const holder = {};
  Error.captureStackTrace(holder, typeof fn === 'function' ? fn : AssertionError);
  let raw = holder.stack;
  if (!raw) {
    // fn is the outermost frame (an async function resumed by a microtask):
    // V8 would list it as an async frame; keep the frames below this file
    const full = {};
    Error.captureStackTrace(full);
    const lines = String(full.stack).split('\n');
    raw = lines.slice(lines.findLastIndex((l) => l.includes('internal/assert/assertion_error')) + 1)
      .join('\n');
  }
  const frames = require('internal/util/stack').convertStackFrames(raw);
  const head = `${err.name} [${err.code}]: ${err.message}`;
  ObjectDefineProperty(err, 'stack', { __proto__: null,
    value: frames ? `${head}\n${frames}` : head,
    writable: true, configurable: true, enumerable: false,
  });
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    if (message != null && (operator === 'deepStrictEqual' || operator === 'strictEqual')) {
      super(createErrDiff(actual, expected, operator, String(message)));
    } else if (message != null) {
      super(String(message));
    } else {
      if (process.stderr && process.stderr.isTTY) {
        const colors = typeof process.stderr.hasColors === 'function' ?
          process.stderr.hasColors() : false;
        blue = colors ? '\u001b[34m' : '';
        green = colors ? '\u001b[32m' : '';
        white = colors ? '\u001b[39m' : '';
        red = colors ? '\u001b[31m' : '';
      }
      if (typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(buildMessage(actual, expected, operator));
    }

    this.generatedMessage = !message;
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // the printed header is "AssertionError [ERR_ASSERTION]: ..."
    ObjectDefineProperty(this, kIsNodeError, { __proto__: null, value: true, enumerable: false, configurable: true });
    ObjectDefineProperty(this, 'name', { __proto__: null,
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    captureStack(this, stackStartFn || stackStartFunction);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // actual/expected are already in the message: keep them short here
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = AssertionError;
