// constructor.js — the Console class behind the global console and
// node:console: log/info/debug/dirxml (stdout), warn/error/trace (stderr),
// dir, assert, count/countReset, group/groupEnd, time/timeEnd/timeLog, table
// (box-drawing table), clear. Output is formatted by util.formatWithOptions
// with colors when the stream is a colour TTY (colorMode 'auto').
'use strict';

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateArray, validateInteger, validateObject } = require('internal/validators');
const { formatWithOptions, inspect, getStringWidth } = require('internal/util/inspect');
const { isMap, isMapIterator, isSet, isSetIterator } = require('util/types');
const {
  ObjectDefineProperty, ObjectKeys, ObjectValues, ReflectApply, ReflectConstruct, ArrayIsArray,
} = require('internal/util/primordials');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};
const kMaxGroupIndentation = 1000;
const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const optionsMap = new WeakMap();

function noop() {}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // new.target distinguishes `Console(...)` from `new Console(...)`; the
  // global console is not an instance, so instanceof is customised below.
  if (new.target === undefined) return ReflectConstruct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }
  // Bound methods, so `const { log } = console` works; bound from the
  // instance so subclasses can override them.
  for (const key of ObjectKeys(Console.prototype)) {
    this[key] = this[key].bind(this);
    ObjectDefineProperty(this[key], 'name', { __proto__: null, value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consolePropAttributes = { writable: true, enumerable: false, configurable: true };

ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const holder = {};
    Error.captureStackTrace(holder, trace);
    const frames = require('internal/util/stack').convertStackFrames(holder.stack);
    const message = this[kFormatForStderr](args);
    const head = message === '' ? 'Trace' : `Trace: ${message}`;
    this.error(frames ? `${head}\n${frames}` : head);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      ReflectApply(this.warn, this, args);
    }
  },

  clear() {
    // only a TTY has a screen to clear
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) count = 1;
    else count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) ReflectApply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const final = (k, v) => this.log(renderTable(k, v));
    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) &&
        ObjectKeys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    // Iterators cannot be previewed without consuming them: show them as
    // the empty collections they would read as.
    if (isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      for (const { 0: k, 1: v } of Map.prototype.entries.call(tabularData)) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }
    if (isSet(tabularData) || isSetIterator(tabularData) || isMapIterator(tabularData)) {
      const values = [];
      let length = 0;
      if (isSet(tabularData)) {
        for (const v of Set.prototype.values.call(tabularData)) {
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = ObjectKeys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }
    const keys = ObjectKeys(map);
    const values = ObjectValues(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

// ---- console.table's box ----
const tableChars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├',
  topMiddle: '┬', bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤',
  left: '│ ', right: ' │', middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

// ---- time ----
function pad(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---- internals (non-enumerable, so not bound per instance) ----
const internals = {
  [kBindStreamsEager](stdout, stderr) {
    ObjectDefineProperty(this, '_stdout', { __proto__: null, ...consolePropAttributes, value: stdout });
    ObjectDefineProperty(this, '_stderr', { __proto__: null, ...consolePropAttributes, value: stderr });
  },

  // The global console: the streams are process.stdout/stderr, looked up on
  // each write so that creating the console does not create them.
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    ObjectDefineProperty(this, '_stdout', {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() { return stdout || object.stdout; },
      set(value) { stdout = value; },
    });
    ObjectDefineProperty(this, '_stderr', {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() { return stderr || object.stderr; },
      set(value) { stderr = value; },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    const props = {
      _stdoutErrorHandler: createWriteErrorHandler(this, kUseStdout),
      _stderrErrorHandler: createWriteErrorHandler(this, kUseStderr),
      _ignoreErrors: Boolean(ignoreErrors),
      _times: new Map(),
      [kCounts]: new Map(),
      [kColorMode]: colorMode,
      [kIsConsole]: true,
      [kGroupIndent]: '',
      [kGroupIndentationWidth]: groupIndentation,
    };
    for (const key of Reflect.ownKeys(props)) {
      ObjectDefineProperty(this, key, { __proto__: null, ...consolePropAttributes, value: props[key] });
    }
  },

  [kWriteToConsole](streamSymbol, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];
    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';
    if (ignoreErrors === false) return stream.write(string);
    // Errors may come synchronously (files, TTYs) or as an 'error' event
    // (pipes); a console must swallow both.
    let addedNoop = false;
    try {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
        addedNoop = true;
      }
      stream.write(string, errorHandler);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(String(e.message))) throw e;
    } finally {
      if (addedNoop) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    const opts = this[kGetInspectOptions](this._stdout);
    return ReflectApply(formatWithOptions, null, [opts, ...args]);
  },

  [kFormatForStderr](args) {
    const opts = this[kGetInspectOptions](this._stderr);
    return ReflectApply(formatWithOptions, null, [opts, ...args]);
  },
};

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    // A write error on the console's stream: stop the stream's own 'error'
    // event from crashing the process, once.
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function') {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
    }
  };
}

for (const key of Object.keys(consoleMethods)) {
  ObjectDefineProperty(Console.prototype, key, {
    __proto__: null, value: consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}
for (const key of Reflect.ownKeys(internals)) {
  ObjectDefineProperty(Console.prototype, key, {
    __proto__: null, value: internals[key], writable: true, enumerable: false, configurable: true,
  });
}
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  formatTime,
};
