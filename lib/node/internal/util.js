// util.js — node:internal/util: small helpers shared by the builtin modules
// (encoding names, the inspect hook symbol, lazily built DOMExceptions).
// Several modules add to this file: keep each helper small and self-contained.
'use strict';

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
// util.promisify resolves with { [name]: value } for callbacks that carry
// several values (the array of names is stored under this symbol).
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kEmptyObject = Object.freeze({ __proto__: null });

// Node's canonical encoding names. Keys are lower case; the first lookup is
// on the name as given so the common spellings skip toLowerCase().
const encodingNames = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// Returns 'utf8', 'utf16le', 'latin1', 'base64', 'base64url', 'hex', 'ascii',
// or undefined for an unknown name. null, undefined and '' mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  if (enc === '') return 'utf8';
  return encodingNames[enc] ?? encodingNames[enc.toLowerCase()];
}

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

// True when the first frame outside Node's own modules is a file inside a
// node_modules folder (Node's rule for noisy deprecation warnings).
function isInsideNodeModules() {
  const stack = new Error().stack || '';
  for (const line of stack.split('\n')) {
    // JavaScriptCore frames read "fn@file:line:col"; Node-shaped ones
    // "at fn (file:line:col)" or "at file:line:col".
    const t = line.trim();
    let file;
    if (t.startsWith('at ')) {
      const paren = t.lastIndexOf('(');
      file = paren >= 0 ? t.slice(paren + 1, -1) : t.slice(3);
    } else if (t.includes('@')) {
      file = t.slice(t.indexOf('@') + 1);
    } else {
      continue;
    }
    if (file === '' || file.startsWith('node:') || file === '[native code]') continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

module.exports = {
  customInspectSymbol,
  customPromisifyArgs,
  isInsideNodeModules,
  kEmptyObject,
  lazyDOMException,
  normalizeEncoding,
};
