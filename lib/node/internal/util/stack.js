// stack.js — turns JavaScriptCore's stack text ("fn@file:1:2" lines) into
// Node's ("    at fn (file:1:2)"), with Node's "Name [CODE]: message" header.
// JSC's Error.stack cannot be made Node-shaped at creation, so everything
// that prints a stack (inspect, uncaught errors, warnings) goes through here.
'use strict';

const { kIsNodeError } = require('internal/errors');

function convertFrame(line) {
  if (line.length === 0) return null;
  if (line.startsWith('    at ')) return line;
  const at = line.lastIndexOf('@');
  let fn = at >= 0 ? line.slice(0, at) : '';
  const loc = at >= 0 ? line.slice(at + 1) : line;
  if (fn === 'global code' || fn === 'module code' || fn === 'eval code') fn = '';
  if (loc === '[native code]') return `    at ${fn || '<anonymous>'} (native)`;
  // implicit (default) class constructors have no location; V8 shows no frame
  if (loc === '') return null;
  if (fn === '') return `    at ${loc}`;
  return `    at ${fn} (${loc})`;
}

function convertStackFrames(stack) {
  if (typeof stack !== 'string' || stack === '') return '';
  const out = [];
  for (const line of stack.split('\n')) {
    const f = convertFrame(line);
    if (f !== null) out.push(f);
  }
  return out.join('\n');
}

function header(err) {
  let name;
  let message;
  try { name = err.name; } catch { name = 'Error'; }
  try { message = err.message; } catch { message = ''; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (err[kIsNodeError] && err.code !== undefined) name = `${name} [${err.code}]`;
  if (message === '') return name;
  if (name === '') return message;
  return `${name}: ${message}`;
}

// Node-style stack text for err: the header, then the frames.
function formatStack(err) {
  let stack;
  try { stack = err.stack; } catch { stack = undefined; }
  if (typeof stack !== 'string') return header(err);
  // already Node-shaped (the header may span lines): leave it alone
  if (stack.includes('\n    at ')) return stack;
  // a stack that already has a header (set by user code, or Node-shaped) stays
  const firstLine = stack.split('\n', 1)[0];
  if (!/^[^@\s]*@|^\s+at |^(global|module|eval) code@/.test(firstLine) && !/:\d+:\d+$/.test(firstLine)) {
    const rest = stack.slice(firstLine.length + 1);
    const frames = convertStackFrames(rest);
    return frames ? `${firstLine}\n${frames}` : stack;
  }
  const frames = convertStackFrames(stack);
  return frames ? `${header(err)}\n${frames}` : header(err);
}

module.exports = { formatStack, convertStackFrames, header };
