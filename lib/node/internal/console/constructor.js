// constructor.js — the Console class. (Bootstrap version: log, info, debug,
// warn, error, dir, trace, assert; the util work completes it.)
'use strict';

const { formatWithOptions, inspect } = require('internal/util/inspect');

function Console(options) {
  if (!(this instanceof Console)) return new Console(...arguments);
  if (options && typeof options.write === 'function') options = { stdout: options, stderr: arguments[1] };
  const { stdout, stderr = stdout } = options;
  const lazy = options.lazy;
  const out = () => (lazy ? process.stdout : stdout);
  const err = () => (lazy ? process.stderr : stderr);
  const bind = (name, fn) => { this[name] = fn; };
  bind('log', (...args) => out().write(formatWithOptions({}, ...args) + '\n'));
  bind('info', this.log);
  bind('debug', this.log);
  bind('warn', (...args) => err().write(formatWithOptions({}, ...args) + '\n'));
  bind('error', this.warn);
  bind('dir', (obj, opts) => out().write(inspect(obj, opts) + '\n'));
  bind('trace', (...args) => {
    const e = new Error(formatWithOptions({}, ...args));
    e.name = 'Trace';
    err().write(require('internal/util/stack').formatStack(e) + '\n');
  });
  bind('assert', (cond, ...args) => {
    if (!cond) this.warn('Assertion failed' + (args.length ? ': ' + formatWithOptions({}, ...args) : ''));
  });
}

module.exports = { Console };
