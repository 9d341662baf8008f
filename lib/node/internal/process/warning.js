// warning.js — process.emitWarning and the default 'warning' printer
// ("(node:PID) Warning: ..." on stderr), honouring --no-warnings,
// --no-deprecation, --throw-deprecation and --trace-warnings.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function setup(process) {
  process.on('warning', onWarning);
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (process.execArgv.includes('--no-warnings')) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation) ||
    process.execArgv.includes('--trace-warnings');
  let msg = `(node:${process.pid}) `; // Electron's main process prints node too
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += require('internal/util/stack').formatStack(warning);
  } else {
    // a warning whose own toString throws still gets printed
    let text;
    try {
      text = typeof warning.toString === 'function' ? `${warning.toString()}` : undefined;
    } catch { /* fall through */ }
    msg += text ?? Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !onWarning.traceHintShown) {
    onWarning.traceHintShown = true;
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)`;
  }
  try {
    require('internal/bootstrap/hooks').binding('fs').writeString(2, msg + '\n');
  } catch { /* stderr gone */ }
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  warning = new Error(warning);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // thrown from a tick so earlier warnings are printed first, as in Node
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { setup, emitWarning };
