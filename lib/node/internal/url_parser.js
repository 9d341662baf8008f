// url_parser.js — the WHATWG URL Standard's basic URL parser, host parser and
// serializer, in plain JS over a small record. internal/url builds the URL and
// URLSearchParams classes on top; node:url's legacy parser does not use this.
//
// A record is { scheme, username, password, host, port, path, query,
// fragment }. host is kept already serialized (null, '' for the empty host,
// a domain, dotted IPv4 or '[v6]'); path is an array of segments, or a string
// for a URL with an opaque path. Input is made well-formed (lone surrogates
// become U+FFFD) before parsing, as the IDL USVString conversion would.
'use strict';

const { domainToASCII } = require('internal/idna');

const kSpecialPorts = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };

function isSpecialScheme(scheme) { return scheme in kSpecialPorts; }
function defaultPort(scheme) { const p = kSpecialPorts[scheme]; return p === undefined ? null : p; }

// ---- percent-encode sets: one bit per set over ASCII; non-ASCII is always
// encoded ----
const kC0 = 1;
const kFragment = 2;
const kQuery = 4;
const kSpecialQuery = 8;
const kPath = 16;
const kUserinfo = 32;
const kComponent = 64;
const kForm = 128;
const encodeSets = new Uint8Array(128);
(function buildSets() {
  for (let c = 0; c < 0x20; c++) encodeSets[c] = 0xFF;
  encodeSets[0x7F] = 0xFF;
  const add = (bits, chars) => { for (const ch of chars) encodeSets[ch.charCodeAt(0)] |= bits; };
  add(kFragment, ' "<>`');
  add(kQuery | kSpecialQuery | kPath | kUserinfo | kComponent | kForm, ' "#<>');
  add(kSpecialQuery, "'");
  add(kPath | kUserinfo | kComponent | kForm, '?`{}');
  add(kUserinfo | kComponent | kForm, '/:;=@[\\]^|');
  add(kComponent | kForm, '$%&+,');
  add(kForm, "!'()~");
})();

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8Encode(cp, out) {
  if (cp < 0x80) {
    out.push(cp);
  } else if (cp < 0x800) {
    out.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
  } else if (cp < 0x10000) {
    out.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  } else {
    out.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
}

// Percent-encodes the code points of str that are in set (a bit above);
// spaceAsPlus is the application/x-www-form-urlencoded serializer's rule.
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  let start = 0;
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if ((encodeSets[c] & set) === 0 && !(spaceAsPlus && c === 0x20)) continue;
      out += str.slice(start, i);
      out += spaceAsPlus && c === 0x20 ? '+' : hexTable[c];
      start = i + 1;
      continue;
    }
    out += str.slice(start, i);
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    bytes.length = 0;
    utf8Encode(cp, bytes);
    for (const b of bytes) out += hexTable[b];
    start = i + 1;
  }
  return start === 0 ? str : out + str.slice(start);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// UTF-8 decode without BOM, replacing each maximal invalid subpart with
// U+FFFD (the Encoding Standard's decoder).
function utf8Decode(bytes) {
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else { out += '\uFFFD'; i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const cb = bytes[j];
      if (j >= n || cb < lower || cb > upper) { ok = false; break; }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (cb & 0x3F);
    }
    if (!ok) { out += '\uFFFD'; i = j; continue; }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

// Percent-decodes str (its own code points taken as UTF-8) and decodes the
// bytes as UTF-8; plusAsSpace is the form-urlencoded parser's rule.
function percentDecode(str, plusAsSpace = false) {
  if (plusAsSpace && str.includes('+')) str = str.replace(/\+/g, ' ');
  if (!str.includes('%')) return str;
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x25 && i + 2 < str.length + 0 && hexValue(str.charCodeAt(i + 1)) >= 0 &&
        hexValue(str.charCodeAt(i + 2)) >= 0) {
      bytes.push(hexValue(str.charCodeAt(i + 1)) * 16 + hexValue(str.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      let cp = c;
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      utf8Encode(cp, bytes);
    }
  }
  return utf8Decode(bytes);
}

// ---- hosts ----

const kForbiddenHost = /[\x00\t\n\r #/:<>?@[\\\]^|]/;
const kForbiddenDomain = /[\x00-\x20#%/:<>?@[\\\]^|\x7F]/;

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the dotted IPv4 serialization, or null.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(ipv4 % 256);
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

function isHex(c) { return hexValue(c) >= 0; }
function isDigit(c) { return c >= 48 && c <= 57; }

// Returns the eight 16-bit pieces, or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const len = input.length;
  const at = (i) => (i < len ? input.charCodeAt(i) : -1);
  if (at(0) === 0x3A) {
    if (at(1) !== 0x3A) return null;
    p = 2;
    compress = ++pieceIndex;
  }
  while (p < len) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3A) {
      if (compress !== null) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(p))) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < len) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const n = at(p) - 48;
          if (piece === null) piece = n;
          else if (piece === 0) return null;
          else piece = piece * 10 + n;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (p >= len) return null;
    } else if (p < len) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // the first longest run of two or more zero pieces is compressed
  let compress = -1;
  let best = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) { best = j - i; compress = i; }
    i = j === i ? i + 1 : j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += best - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser; returns the serialized host or null on failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (kForbiddenHost.test(input)) return null;
    return percentEncode(input, kC0);
  }
  const domain = percentDecode(input);
  const ascii = domainToASCII(domain, false);
  if (ascii === null || ascii === '') return null;
  if (kForbiddenDomain.test(ascii)) return null;
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser ----

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], query: null, fragment: null,
  };
}

function isAlpha(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

function startsWithWindowsDriveLetter(input, p) {
  if (input.length - p < 2) return false;
  if (!isAlpha(input.charCodeAt(p))) return false;
  const c1 = input[p + 1];
  if (c1 !== ':' && c1 !== '|') return false;
  if (input.length - p === 2) return true;
  const c2 = input[p + 2];
  return c2 === '/' || c2 === '\\' || c2 === '?' || c2 === '#';
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function isSingleDot(s) { return s === '.' || s.toLowerCase() === '%2e'; }
function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function includesCredentials(url) { return url.username !== '' || url.password !== ''; }

const kLeadingTrailingC0 = /^[\x00-\x20]+|[\x00-\x20]+$/g;
const kTabNewline = /[\t\n\r]/g;

// Parses input against base (a record or null). Without stateOverride it
// returns a new record or null on failure. With one, it updates url in place
// (the setters) and returns false on failure.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined || url === null) {
    url = newRecord();
    input = input.replace(kLeadingTrailingC0, '');
  }
  input = input.replace(kTabNewline, '');
  if (!input.isWellFormed()) input = input.toWellFormed();
  const fail = stateOverride ? false : null;
  const done = stateOverride ? true : url;
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  let p = 0;
  let special = isSpecialScheme(url.scheme);

  for (;;) {
    const c = p < len ? input.charCodeAt(p) : -1;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += input[p].toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return fail;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
          buffer += input[p].toLowerCase();
        } else if (c === 0x3A) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return done;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return done;
            if (url.scheme === 'file' && url.host === '') return done;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return done;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(p + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return fail;
        }
        break;

      case NO_SCHEME:
        if (!base || (typeof base.path === 'string' && c !== 0x23)) return fail;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && input.charCodeAt(p + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 0x2F || (special && c === 0x5C)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2F && input.charCodeAt(p + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          const colon = passwordTokenSeen ? -1 : buffer.indexOf(':');
          if (passwordTokenSeen) {
            url.password += percentEncode(buffer, kUserinfo);
          } else if (colon < 0) {
            url.username += percentEncode(buffer, kUserinfo);
          } else {
            passwordTokenSeen = true;
            url.username += percentEncode(buffer.slice(0, colon), kUserinfo);
            url.password += percentEncode(buffer.slice(colon + 1), kUserinfo);
          }
          buffer = '';
        } else if (c === -1 || c === 0x2F || c === 0x3F || c === 0x23 || (special && c === 0x5C)) {
          if (atSignSeen && buffer === '') return fail;
          p -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += input[p];
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return fail;
          if (stateOverride === HOSTNAME) return fail;
          const host = parseHost(buffer, !special);
          if (host === null) return fail;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === -1 || c === 0x2F || c === 0x3F || c === 0x23 || (special && c === 0x5C)) {
          p--;
          if (special && buffer === '') return fail;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return fail;
          const host = parseHost(buffer, !special);
          if (host === null) return fail;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return done;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += input[p];
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += input[p];
        } else if (c === -1 || c === 0x2F || c === 0x3F || c === 0x23 || (special && c === 0x5C) ||
                   stateOverride) {
          if (buffer !== '') {
            const port = Number(buffer);
            if (port > 65535) return fail;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return done;
          }
          if (stateOverride) return fail;
          state = PATH_START;
          p--;
        } else {
          return fail;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === -1 || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return done;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return fail;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return done;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[p];
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) p--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          state = PATH;
          if (c !== 0x2F) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === -1 || c === 0x2F || (special && c === 0x5C) ||
            (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slash = c === 0x2F || (special && c === 0x5C);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            // the segment is encoded whole: the dot checks above only ever
            // match ASCII, which encoding leaves as is
            url.path.push(percentEncode(buffer, kPath));
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[p];
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3F || c === 0x23 || c === -1) {
          url.path += percentEncode(buffer, kC0);
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[p];
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === -1) {
          url.query += percentEncode(buffer, special ? kSpecialQuery : kQuery);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[p];
        }
        break;

      case FRAGMENT:
        if (c === -1) {
          url.fragment += percentEncode(buffer, kFragment);
          buffer = '';
        } else {
          buffer += input[p];
        }
        break;
    }
    if (p >= len) break;
    p++;
  }
  return done;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

// The URL serializer.
function serialize(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string' && url.path.length === 0) return 'null';
      const inner = basicParse(serializePath(url), null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
  }
}

// application/x-www-form-urlencoded parser: a list of [name, value] pairs.
function parseUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq < 0 ? seq : seq.slice(0, eq);
    const value = eq < 0 ? '' : seq.slice(eq + 1);
    list.push([percentDecode(name, true), percentDecode(value, true)]);
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += '&';
    out += `${percentEncode(list[i][0], kForm, true)}=${percentEncode(list[i][1], kForm, true)}`;
  }
  return out;
}

module.exports = {
  basicParse,
  serialize,
  serializePath,
  serializeOrigin,
  parseHost,
  percentEncode,
  percentDecode,
  parseUrlencoded,
  serializeUrlencoded,
  isSpecialScheme,
  defaultPort,
  states: { SCHEME_START, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT },
  sets: { kC0, kFragment, kQuery, kSpecialQuery, kPath, kUserinfo, kComponent, kForm },
};
