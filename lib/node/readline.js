// readline.js — node:readline: createInterface over any readable stream
// ('line', 'close', 'pause', 'resume', 'history' events, question(),
// prompt(), async iteration), the cursor helpers and readline.promises.
//
// Lines are split on \n, \r\n and \r; a \r\n pair split across two chunks
// within crlfDelay counts once, as in Node. Terminal line editing (arrow
// keys, history navigation, tab completion) is not implemented: a TTY input
// is read line by line like any stream (see docs/compatibility.md).
'use strict';

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateNumber } = require('internal/validators');

const kQuestionCallback = Symbol('kQuestionCallback');
const kOnData = Symbol('kOnData');
const kOnEnd = Symbol('kOnEnd');
const kDecoder = Symbol('kDecoder');
const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kOnError = Symbol('kOnError');
const kIterator = Symbol('kIterator');
// The UTF-8 decoder lives on the input stream, so a character split across
// two chunks survives one Interface closing and the next one reading on.
const kInputDecoder = Symbol('readline.inputDecoder');

const lineEnding = /\r?\n|\r(?!\n)/g;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // an options object
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    removeHistoryDuplicates = !!input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (historySize === undefined) historySize = 30;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('historySize', historySize);
  }
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.input = input;
  this.output = output;
  this.completer = completer;
  this.terminal = !!terminal;
  this.history = Array.isArray(history) ? history.slice() : [];
  this.historySize = historySize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.line = '';
  this.cursor = 0;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = '';
  this[kSawReturnAt] = 0;
  this[kDecoder] = null;

  this[kOnData] = (chunk) => this._onData(chunk);
  this[kOnEnd] = () => this._onEnd();
  this[kOnError] = (err) => this.emit('error', err);
  input.on('data', this[kOnData]);
  input.on('end', this[kOnEnd]);
  input.on('error', this[kOnError]);
  this.once('close', () => {
    input.removeListener('data', this[kOnData]);
    input.removeListener('end', this[kOnEnd]);
    input.removeListener('error', this[kOnError]);
  });

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) process.nextTick(onAborted);
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() { return this.output?.columns ? this.output.columns : Infinity; },
});

Interface.prototype._onData = function(chunk) {
  let s;
  if (typeof chunk === 'string') {
    s = chunk;
  } else {
    const input = this.input;
    const decoder = (input && typeof input === 'object' ? input[kInputDecoder] : this[kDecoder]) ??
      new (require('string_decoder').StringDecoder)('utf8');
    if (input && typeof input === 'object') input[kInputDecoder] = decoder;
    else this[kDecoder] = decoder;
    s = decoder.write(chunk);
  }
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay && s[0] === '\n') {
    s = s.slice(1);
  }
  this[kSawReturnAt] = s.endsWith('\r') ? Date.now() : 0;
  const text = this[kLineBuffer] + s;
  lineEnding.lastIndex = 0;
  let start = 0;
  let m;
  const lines = [];
  while ((m = lineEnding.exec(text)) !== null) {
    // a lone \r at the very end may be the first half of \r\n
    lines.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  this[kLineBuffer] = text.slice(start);
  for (const line of lines) {
    if (this.closed) break;
    this._onLine(line);
  }
};

Interface.prototype._onEnd = function() {
  const rest = this[kLineBuffer];
  this[kLineBuffer] = '';
  if (rest.length > 0) this._onLine(rest);
  this.close();
};

Interface.prototype._addHistory = function(line) {
  if (line.length === 0 || this.historySize === 0) return;
  if (this.removeHistoryDuplicates) {
    const i = this.history.indexOf(line);
    if (i !== -1) this.history.splice(i, 1);
  }
  if (this.history[0] !== line) this.history.unshift(line);
  if (this.history.length > this.historySize) this.history.pop();
  this.emit('history', this.history);
};

Interface.prototype._onLine = function(line) {
  if (this.terminal) this._addHistory(line);
  const cb = this[kQuestionCallback];
  if (cb) {
    this[kQuestionCallback] = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype.setPrompt = function(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function(s) {
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  void preserveCursor;
  this._writeToOutput(this._prompt);
};

Interface.prototype.question = function(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => { this[kQuestionCallback] = null; };
      signal.addEventListener('abort', onAbort, { once: true });
      const orig = cb;
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        orig(answer);
      };
    }
  }
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (typeof cb !== 'function') return;
  if (this[kQuestionCallback]) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this[kQuestionCallback] = cb;
  this.prompt();
};

Interface.prototype.write = function(data) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.paused) this.resume();
  if (typeof data === 'string' || ArrayBuffer.isView(data)) this._onData(data);
};

Interface.prototype.pause = function() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function() {
  if (this.closed) return;
  this.pause();
  if (this.terminal && typeof this.input.setRawMode === 'function' && this.input.isRaw) {
    this.input.setRawMode(false);
  }
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function() {
  return { rows: 0, cols: this.cursor };
};

// One iterator per Interface (nested for-await loops share it), made on
// first use: lines emitted before that are not replayed.
Interface.prototype[Symbol.asyncIterator] = function() {
  return (this[kIterator] ??= makeLineIterator(this));
};

function makeLineIterator(rl) {
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  const onLine = (line) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: line, done: false });
    else {
      queue.push(line);
      // don't let unread lines pile up without bound
      if (queue.length > 1024) rl.pause();
    }
  };
  const onClose = () => {
    done = true;
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    error = err;
    while (waiting.length > 0) waiting.shift().reject(err);
  };
  rl.on('line', onLine);
  rl.once('close', onClose);
  rl.on('error', onError);
  const cleanup = () => {
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  };
  if (rl.closed) done = true;
  return {
    next: () => {
      if (queue.length > 0) {
        const value = queue.shift();
        if (queue.length === 0 && rl.paused && !rl.closed) rl.resume();
        return Promise.resolve({ value, done: false });
      }
      if (error) return Promise.reject(error);
      if (done) {
        cleanup();
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return: () => {
      cleanup();
      rl.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// ---- cursor helpers: ANSI sequences written to a stream ----
const CSI = (s) => `\x1b[${s}`;

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new ERR_INVALID_ARG_VALUE('x', x);
  const data = typeof y !== 'number' ? CSI(`${x + 1}G`) : CSI(`${y + 1};${x + 1}H`);
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI(`${-dx}D`);
  else if (dx > 0) data += CSI(`${dx}C`);
  if (dy < 0) data += CSI(`${-dy}A`);
  else if (dy > 0) data += CSI(`${dy}B`);
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (typeof dir === 'function') {
    callback = dir;
    dir = 0;
  }
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? CSI('1K') : dir > 0 ? CSI('0K') : CSI('2K');
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(CSI('0J'), callback);
}

// Keypress parsing needs the terminal editor we do not have: mark the
// stream so repeated calls are cheap, and emit nothing.
function emitKeypressEvents(stream) {
  stream._keypressDecoder ??= true;
}

// ---- readline.promises ----
class PromisesInterface extends Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          reject(new AbortError(undefined, { cause: options.signal.reason }));
          return;
        }
        const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      Interface.prototype.question.call(this, query, cb);
    });
  }
}

class Readline {
  constructor(stream, options = undefined) {
    this.stream = stream;
    this.autoCommit = !!options?.autoCommit;
    this.todo = [];
  }
  _do(data) {
    if (this.autoCommit) {
      this.stream.write(data);
      return this;
    }
    this.todo.push(data);
    return this;
  }
  cursorTo(x, y) {
    validateNumber(x, 'x');
    return this._do(typeof y === 'number' ? CSI(`${y + 1};${x + 1}H`) : CSI(`${x + 1}G`));
  }
  moveCursor(dx, dy) {
    let data = '';
    if (dx < 0) data += CSI(`${-dx}D`);
    else if (dx > 0) data += CSI(`${dx}C`);
    if (dy < 0) data += CSI(`${-dy}A`);
    else if (dy > 0) data += CSI(`${dy}B`);
    return data ? this._do(data) : this;
  }
  clearLine(dir) {
    return this._do(dir < 0 ? CSI('1K') : dir > 0 ? CSI('0K') : CSI('2K'));
  }
  clearScreenDown() { return this._do(CSI('0J')); }
  commit() {
    const data = this.todo.join('');
    this.todo = [];
    return new Promise((resolve) => this.stream.write(data, resolve));
  }
  rollback() {
    this.todo = [];
    return this;
  }
}

const promises = {
  Interface: PromisesInterface,
  Readline,
  createInterface(input, output, completer, terminal) {
    return new PromisesInterface(input, output, completer, terminal);
  },
};

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
