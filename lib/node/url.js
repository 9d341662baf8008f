// url.js — node:url: the WHATWG URL API (re-exported from internal/url) and
// the legacy API: url.parse(), url.format(), url.resolve(),
// url.resolveObject() and the Url class.
//
// The legacy parser predates any standard; its behaviour is defined by what
// Node has always returned (test/parallel/test-url-parse-format.js and
// test-url-relative.js hold hundreds of cases), so this follows that
// behaviour rather than the WHATWG rules: lenient hosts, '\' turned into '/'
// only before the query, auto-escaping of a fixed set of characters, and a
// resolve() that can climb above the root for relative sources.
'use strict';

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions, isURL, getURLRecord,
} = require('internal/url');
const { domainToASCII: idnaToASCII } = require('internal/idna');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { encodeStr } = require('internal/querystring');

let querystring;
function qs() {
  querystring ??= require('querystring');
  return querystring;
}

// Protocols that never have a host, and those that always do ("//").
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Protocols whose remainder is never auto-escaped.
const unsafeProtocol = new Set(['javascript', 'javascript:']);

const kProtocol = /^[a-z0-9.+-]+:/i;
const kPort = /:[0-9]*$/;
// A bare path (with optional query) needs none of the parsing below.
const kSimplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kHostnameMaxLength = 255;
const kForbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenHostIPv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Trimmed from both ends: C0 controls, space, NBSP and BOM.
function isWhitespace(c) {
  return c < 33 || c === 0xA0 || c === 0xFEFF;
}

// Characters the parser escapes in everything after the host.
const autoEscape = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const kAutoEscape = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end the host part, or can never be in it.
const kHostEnd = new Set(['#', '/', '?']);
const kNonHost = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);

let warnedInvalidPort = false;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trims whitespace at both ends and turns '\' into '/' up to the first '?'
// or '#'; reports whether '@' or '#' occur (they rule out the fast path).
function preprocess(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = url.slice(start, end);
  let split = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '?' || ch === '#') { split = i; break; }
  }
  const head = rest.slice(0, split);
  const hasAt = head.includes('@');
  const hasHash = rest.includes('#');
  if (head.includes('\\')) rest = head.replace(/\\/g, '/') + rest.slice(split);
  return { rest, hasAt, hasHash };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasAt, hasHash } = preprocess(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = kSimplePath.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = kProtocol.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "//host" means a host after a protocol, with slashesDenoteHost, or when
  // it looks like user@host
  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(kAutoEscape, (ch) => autoEscape[ch]);

  const hashAt = rest.indexOf('#');
  let questionAt = rest.indexOf('?');
  if (hashAt !== -1) {
    this.hash = rest.slice(hashAt);
    if (questionAt > hashAt) questionAt = -1;
  }
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  if (questionAt !== -1) {
    this.search = beforeHash.slice(questionAt);
    this.query = beforeHash.slice(questionAt + 1);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = questionAt !== -1 ? questionAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  // http.request() reads .path
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, port and hostname off the front of rest into self;
// returns what is left (the path and beyond).
function parseAuthority(self, rest, url) {
  // the last '@' before the host ends wins; characters that cannot be in a
  // host end it unless an '@' follows them
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\t' || ch === '\n' || ch === '\r') {
      // dropped from the authority, as the WHATWG parser drops them
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i--;
    } else if (kHostEnd.has(ch)) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    } else if (kNonHost.has(ch)) {
      if (nonHost === -1) nonHost = i;
    } else if (ch === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  void hostEnd;
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIPv6Hostname(hostname);
  if (!ipv6) {
    // a '/', '\', '#', '?' or ':' left in the hostname starts the path
    for (let i = 0; i < hostname.length; i++) {
      const ch = hostname[i];
      if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
        if (ch === ':' && !warnedInvalidPort) {
          warnedInvalidPort = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  if (self.hostname.length > kHostnameMaxLength) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (kForbiddenHostIPv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // IDNA; an empty result or a forbidden character can only come from
      // the mapping (spoofing), which is an error rather than a path
      self.hostname = idnaToASCII(self.hostname, false) ?? '';
      if (self.hostname === '' || kForbiddenHost.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function isIPv6Hostname(hostname) {
  return hostname.length >= 2 && hostname[0] === '[' && hostname[hostname.length - 1] === ']';
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = kPort.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters format() leaves unescaped in auth.
const authKeep = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-.:_~") {
  authKeep[ch.charCodeAt(0)] = 1;
}

function escapeAuth(auth) {
  return encodeStr(auth, authKeep);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIPv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }
  // only slashed protocols get "//" unless the URL had them to begin with
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

// url.format(URL, options): the WHATWG URL with parts left out on request.
function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const rec = getURLRecord(url);
  let out = `${rec.scheme}:`;
  if (rec.host !== null) {
    out += '//';
    if (auth && (rec.username !== '' || rec.password !== '')) {
      out += rec.username;
      if (rec.password !== '') out += `:${rec.password}`;
      out += '@';
    }
    out += unicode ? domainToUnicode(rec.host) : rec.host;
    if (rec.port !== null) out += `:${rec.port}`;
  }
  out += url.pathname;
  if (search && rec.query !== null) out += `?${rec.query}`;
  if (fragment && rec.fragment !== null) out += `#${rec.fragment}`;
  return out;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject) && urlObject instanceof URL) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// Removes '.' and resolves '..' in a list of segments; returns how many '..'
// went above the first segment.
function removeDots(segments) {
  const out = [];
  let above = 0;
  for (const seg of segments) {
    if (seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0) out.pop();
      else above++;
    } else {
      out.push(seg);
    }
  }
  segments.length = 0;
  segments.push(...out);
  return above;
}

function copyInto(target, source, except) {
  for (const key of Object.keys(source)) if (key !== except) target[key] = source[key];
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname || '') + (result.search || '');
  }
}

// Moves "auth@" that ended up in the host of a hostless-looking URL (e.g.
// mailto:) back into auth.
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyInto(result, this);
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path" keeps only the protocol of the source
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // another protocol: absolute, except that slashed protocols borrow the
    // first path segment as host when they have none
    if (!slashedProtocol.has(relative.protocol)) {
      copyInto(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      relative.host = '';
      while (relPath.length > 0) {
        relative.host = relPath.shift();
        if (relative.host) break;
      }
      relative.host ||= '';
      relative.hostname ||= '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // for non-slashed protocols, the host takes part in the path arithmetic
  // as its first segment and is put back at the end
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // the relative URL brings its own host (if any): drop the source's auth
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length > 0) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // only a new query ("?x")
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (srcPath.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // a path ending in '.', '..' or '' keeps a trailing slash
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  const up = removeDots(srcPath);
  if (!mustEndAbs && !removeAllDots) {
    for (let i = 0; i < up; i++) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  last = undefined;
  return result;
};

module.exports = {
  // legacy
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  // WHATWG
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
