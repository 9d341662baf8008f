// inspect.js — util.inspect and util.format. (Bootstrap version: the util
// work replaces this with Node's full algorithm.)
'use strict';

function inspect(value, opts) {
  const seen = new Set();
  function fmt(v, depth) {
    switch (typeof v) {
      case 'string': return depth === 0 && opts && opts.top ? v : `'${v.replace(/'/g, "\\'")}'`;
      case 'number': return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint': return `${v}n`;
      case 'undefined': return 'undefined';
      case 'boolean': return String(v);
      case 'symbol': return v.toString();
      case 'function': return `[Function: ${v.name || '(anonymous)'}]`;
    }
    if (v === null) return 'null';
    if (v instanceof Error) return require('internal/util/stack').formatStack(v);
    if (seen.has(v)) return '[Circular *1]';
    if (depth > 2) return Array.isArray(v) ? '[Array]' : '[Object]';
    seen.add(v);
    let out;
    if (Array.isArray(v)) {
      out = v.length === 0 ? '[]' : `[ ${v.map((x) => fmt(x, depth + 1)).join(', ')} ]`;
    } else {
      const keys = Object.keys(v);
      out = keys.length === 0 ? '{}' : `{ ${keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${fmt(v[k], depth + 1)}`).join(', ')} }`;
    }
    seen.delete(v);
    return out;
  }
  return fmt(value, 0);
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

function formatWithOptions(opts, ...args) {
  let first = args[0];
  let a = 0;
  let str = '';
  if (typeof first === 'string' && args.length > 1) {
    a = 1;
    str = first.replace(/%([sdifjoOc%])/g, (m, c) => {
      if (c === '%') return '%';
      if (a >= args.length) return m;
      const v = args[a++];
      switch (c) {
        case 's': return typeof v === 'string' ? v : inspect(v);
        case 'd': case 'i': return String(c === 'i' ? parseInt(v) : Number(v));
        case 'f': return String(parseFloat(v));
        case 'j': return JSON.stringify(v);
        case 'o': case 'O': return inspect(v);
        case 'c': return '';
      }
      return m;
    });
  }
  for (; a < args.length; a++) {
    const v = args[a];
    if (str.length > 0 || a > 0) str += ' ';
    str += typeof v === 'string' ? v : inspect(v);
  }
  return str;
}

module.exports = { inspect, format, formatWithOptions };
