// callsites.js — V8's structured stack traces on JavaScriptCore, for the
// packages that ask for them the V8 way (depd, used by express and
// body-parser; callsites; get-caller-file): while Error.prepareStackTrace is
// a function, Error.captureStackTrace(obj[, fn]) hands it CallSite objects
// parsed from JSC's "fn@file:line:column" stack text and stores its result
// in obj.stack. Errors created with `new Error()` keep JSC's text.
'use strict';

class CallSite {
  constructor(fn, file, line, column, native, toplevel) {
    this._fn = fn;
    this._file = file;
    this._line = line;
    this._column = column;
    this._native = native;
    this._toplevel = toplevel;
  }

  getThis() { return undefined; }
  getTypeName() { return this._toplevel ? 'global' : null; }
  getFunction() { return undefined; }
  getFunctionName() { return this._fn; }
  getMethodName() { return null; }
  getFileName() { return this._file; }
  getScriptNameOrSourceURL() { return this._file; }
  getScriptHash() { return ''; }
  getLineNumber() { return this._line; }
  getColumnNumber() { return this._column; }
  getEnclosingLineNumber() { return null; }
  getEnclosingColumnNumber() { return null; }
  getPosition() { return 0; }
  getEvalOrigin() { return undefined; }
  getPromiseIndex() { return null; }
  isToplevel() { return this._toplevel; }
  isEval() { return false; }
  isNative() { return this._native; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }

  toString() {
    const where = this._native ? 'native' : `${this._file}${this._line !== null ? `:${this._line}:${this._column}` : ''}`;
    return this._fn ? `${this._fn} (${where})` : where;
  }
}

function parse(text) {
  const sites = [];
  for (const line of String(text).split('\n')) {
    if (line === '') continue;
    const at = line.indexOf('@');
    let fn = at >= 0 ? line.slice(0, at) : '';
    const loc = at >= 0 ? line.slice(at + 1) : line;
    const toplevel = fn === '' || fn === 'global code' || fn === 'module code';
    if (toplevel) fn = null;
    if (loc === '[native code]') {
      sites.push(new CallSite(fn, null, null, null, true, toplevel));
      continue;
    }
    const m = /^(.*):(\d+):(\d+)$/.exec(loc);
    if (m) sites.push(new CallSite(fn, m[1], Number(m[2]), Number(m[3]), false, toplevel));
    else sites.push(new CallSite(fn, loc || null, null, null, false, toplevel));
  }
  return sites;
}

function install() {
  const native = Error.captureStackTrace;
  if (typeof native !== 'function' || native.__ctCallSites) return;
  const captureStackTrace = function captureStackTrace(obj, fn) {
    native(obj, typeof fn === 'function' ? fn : captureStackTrace);
    const prepare = Error.prepareStackTrace;
    if (typeof prepare !== 'function' || obj === null || typeof obj !== 'object') return;
    const limit = Number.isInteger(Error.stackTraceLimit) ? Error.stackTraceLimit : 10;
    const sites = parse(obj.stack).slice(0, Math.max(0, limit));
    Object.defineProperty(obj, 'stack', {
      value: prepare(obj, sites), writable: true, configurable: true, enumerable: false,
    });
  };
  Object.defineProperty(captureStackTrace, '__ctCallSites', { value: true });
  Object.defineProperty(Error, 'captureStackTrace', {
    value: captureStackTrace, writable: true, configurable: true, enumerable: false,
  });
}

module.exports = { install, parse, CallSite };
