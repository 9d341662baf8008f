// execution.js — the fatal-exception path, 'beforeExit' and 'exit'.
//
// fatalException decides what an error that reached the top means: the
// process 'uncaughtException' listeners handle it, or it is printed the way
// Node prints it (source line with a caret, the stack, extra properties, the
// version footer) and the process exits with code 1 (7 if a handler threw).
'use strict';

const { natives } = require('internal/bootstrap/hooks');

function setup(process) {
  void process;
}

let inFatal = false;

function fatalException(err, fromPromise = false, originalReason = undefined) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (typeof process._uncaughtCaptureCallback === 'function') {
    process._uncaughtCaptureCallback(err);
    return true;
  }
  const domain = process.domain;
  if (domain && typeof domain._errorHandler === 'function' && domain._errorHandler(err)) return true;
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch { /* a throwing monitor does not stop the report */ }
  if (!inFatal && process.listenerCount('uncaughtException') > 0) {
    inFatal = true;
    try {
      process.emit('uncaughtException', err, origin);
    } catch (er2) {
      inFatal = false;
      printFatal(er2);
      exitNow(7);
    }
    inFatal = false;
    return true;
  }
  if (natives.mode === 'renderer') {
    // Electron's renderers survive: the error goes to the page's console
    // (and from there to the main process's console-message event)
    try { globalThis.console.error('Uncaught', err); } catch { printFatal(err, fromPromise); }
    return false;
  }
  printFatal(err, fromPromise, originalReason);
  if (process.execArgv.includes('--abort-on-uncaught-exception')) process.abort();
  exitNow(1);
  return false;
}

function exitNow(code) {
  process.exitCode = code;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', code);
    }
  } catch (e) {
    printFatal(e);
    code = 7;
  }
  process.reallyExit(process.exitCode === code ? code : (process.exitCode ?? code));
}

function sourceLineContext(err) {
  if (err === null || typeof err !== 'object') return '';
  const url = err.sourceURL;
  const line = err.line;
  if (typeof url !== 'string' || typeof line !== 'number') return '';
  let source;
  try {
    if (url.startsWith('node:') || url.startsWith('electron/')) {
      source = require('internal/bootstrap/hooks').binding('builtins').getSource(url);
    } else {
      // ES modules are named by their file: URL
      const file = url.startsWith('file:') ? require('url').fileURLToPath(url) : url;
      source = require('internal/bootstrap/hooks').binding('fs').readFileUtf8(file);
    }
  } catch {
    return '';
  }
  if (typeof source !== 'string') return '';
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined) return '';
  // JSC reports the column one past the start of the failing expression.
  let col = typeof err.column === 'number' ? err.column - 1 : 0;
  if (line === 1) col = Math.max(0, col - wrapperOffset(url));
  if (col < 0 || col > text.length) col = 0;
  return `${url}:${line}\n${text}\n${' '.repeat(col)}^\n`;
}

// Column offset that the CommonJS wrapper adds on a file's first line.
function wrapperOffset(url) {
  try {
    return require('internal/modules/cjs/loader').wrapperHeadLength(url);
  } catch {
    return 0;
  }
}

function printFatal(err, fromPromise, originalReason) {
  let text;
  try {
    const { inspect } = require('internal/util/inspect');
    const ctx = sourceLineContext(err);
    if (err instanceof Error || (err && typeof err === 'object' && 'stack' in err)) {
      text = `${ctx}\n${inspect(err)}`;
      if (fromPromise && originalReason !== undefined) {
        text = `${ctx}\n${inspect(err)}`;
      }
    } else {
      text = `${ctx}${ctx ? '' : 'Uncaught '}${inspect(err)}\n` +
        '(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
  } catch (e) {
    text = String(err && err.stack ? err.stack : err);
  }
  if (natives.mode === 'node') text += `\n\nNode.js ${process.version}`;
  writeStderr(text + '\n');
}

function writeStderr(s) {
  try {
    require('internal/bootstrap/hooks').binding('fs').writeString(2, s);
  } catch {
    try { process.stderr.write(s); } catch { /* nothing left to report with */ }
  }
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode || 0);
}

function emitExit() {
  const code = process.exitCode || 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  return process.exitCode || 0;
}

module.exports = { setup, fatalException, emitBeforeExit, emitExit, printFatal, sourceLineContext };
