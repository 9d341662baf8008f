// punycode.js — node:punycode, the deprecated Punycode API (the punycode.js
// 2.x surface: decode, encode, toASCII, toUnicode, ucs2, version). The
// algorithm itself lives in internal/idna, which the URL parser uses too.
// Requiring it from outside node_modules emits DEP0040, as Node 22 does.
'use strict';

const { punycodeDecode, punycodeEncode } = require('internal/idna');

const kErrors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(kind) {
  throw new RangeError(kErrors[kind]);
}

// Code points of a string; unpaired surrogates are kept as they are.
function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        out.push(((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function decode(input) {
  return punycodeDecode(`${input}`, fail);
}

function encode(input) {
  return punycodeEncode(ucs2decode(`${input}`), fail);
}

const kSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;

// Applies fn to each label of a domain; in an e-mail address only the part
// after '@' is a domain.
function mapDomain(domain, fn) {
  const at = domain.indexOf('@');
  let prefix = '';
  if (at !== -1) {
    prefix = domain.slice(0, at + 1);
    domain = domain.slice(at + 1).split('@')[0];
  }
  return prefix + domain.replace(kSeparators, '.').split('.').map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(`${input}`, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

function toUnicode(input) {
  return mapDomain(`${input}`, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

// DEP0040 is for applications; a dependency under node_modules is spared.
{
  const stack = new Error().stack || '';
  if (!/node_modules/.test(stack.split('\n').filter((l) => !/node:/.test(l)).join('\n'))) {
    process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
      'DeprecationWarning', 'DEP0040');
  }
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
