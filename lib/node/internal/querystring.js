// querystring.js — the percent-encoder shared by node:querystring's escape()
// and node:url's legacy format() (for auth).
'use strict';

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Percent-encodes str as UTF-8, leaving the characters of keep as they are.
// A surrogate code unit is always joined with the unit after it (whatever
// that is) and throws ERR_INVALID_URI at the end of the string, as Node does.
function encodeStr(str, keep) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + hexTable[c];
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    } else {
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

module.exports = { encodeStr, hexTable };
