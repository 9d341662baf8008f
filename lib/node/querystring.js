// querystring.js — node:querystring: the legacy query-string parser and
// serializer (parse/decode, stringify/encode, escape, unescape,
// unescapeBuffer). Unlike URLSearchParams it keeps Node's historic rules:
// configurable (multi-character) separators, maxKeys, '+' as space, and
// surrogate handling that pairs any surrogate with the next code unit.
'use strict';

const { encodeStr } = require('internal/querystring');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[ch.charCodeAt(0)] = 1;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Decodes %XX escapes (and '+' when decodeSpaces) into a Buffer; malformed
// escapes are kept literally. Other characters become their low byte.
function unescapeBuffer(s, decodeSpaces = false) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      bytes.push(32);
    } else if (c === 37 && i + 2 < s.length + 0 && hexValue(s.charCodeAt(i + 1)) >= 0 &&
               hexValue(s.charCodeAt(i + 2)) >= 0) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else {
      bytes.push(c & 0xFF);
    }
  }
  return require('buffer').Buffer.from(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape);
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the built-in escape, numbers below 1e21 need no escaping at all.
function encodeStringified(v, encode) {
  switch (typeof v) {
    case 'string': return v.length ? encode(v) : '';
    case 'number':
      if (!Number.isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (fields) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

const kHasEscape = /%[0-9a-fA-F]{2}/;

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') {
    // 0, negative and NaN all mean "no limit"
    maxKeys = options.maxKeys > 0 ? options.maxKeys : 0;
  }
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  // the built-in decoder only runs on text that holds an escape
  const customDecode = decode !== qsUnescape;

  function decodeStr(s) {
    if (s.includes('+')) s = s.replace(/\+/g, ' ');
    if (!customDecode && !kHasEscape.test(s)) return s;
    try {
      return decode(s);
    } catch {
      return QueryString.unescape(s, true);
    }
  }

  function addPair(segment) {
    if (segment.length === 0) return;
    let key;
    let value;
    const at = eq.length > 0 ? segment.indexOf(eq) : -1;
    if (eq.length === 0) {
      key = '';
      value = segment;
    } else if (at < 0) {
      key = segment;
      value = '';
    } else {
      key = segment.slice(0, at);
      value = segment.slice(at + eq.length);
    }
    key = decodeStr(key);
    value = decodeStr(value);
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  }

  // every separator-delimited segment counts against maxKeys, empty or not
  let start = 0;
  while (start <= qs.length) {
    let end = sep.length > 0 ? qs.indexOf(sep, start) : -1;
    if (end < 0) end = qs.length;
    addPair(qs.slice(start, end));
    if (--pairs === 0) break;
    start = end + sep.length;
    if (end === qs.length) break;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
