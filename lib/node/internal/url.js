// url.js — the WHATWG URL and URLSearchParams classes, plus Node's helpers
// around them: fileURLToPath, pathToFileURL, urlToHttpOptions, domainTo*,
// isURL, and object URLs for Blobs. The parser itself is internal/url_parser.
//
// A URL keeps its parsed record in a private field (so no own properties show
// up on instances, as in Node); its URLSearchParams is created on first use
// and linked both ways: writes through either side keep the other current.
'use strict';

const P = require('internal/url_parser');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kContext = Symbol('context');

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// WebIDL USVString conversion, with V8's message for symbols, which tests
// match on.
function toUSVString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  const s = `${value}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// Node raises URL parse failures from C++: a plain TypeError with a code,
// whose toString() has no "[ERR_INVALID_URL]".
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, invalidURL);
  return err;
}

let setParamsList;
let getParamsList;
let linkParams;
let isParams;

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    setParamsList = (params, list) => { params.#list = list; };
    getParamsList = (params) => params.#list;
    linkParams = (params, url) => { params.#url = url; };
    isParams = (value) => typeof value === 'object' && value !== null && #list in value;
  }

  constructor(init = undefined) {
    if (init == null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.map((pair) => [pair[0], pair[1]]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [Symbol.iterator]() { return method.call(init); } }) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [];
          for (const item of pair) items.push(item);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        // a record<USVString, USVString>: later duplicate keys (after the
        // USVString conversion) overwrite earlier ones in place
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = seen.get(name);
          if (at === undefined) {
            seen.set(name, this.#list.length);
            this.#list.push([name, value]);
          } else {
            this.#list[at][1] = value;
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = P.parseUrlencoded(s);
    }
  }

  #update() {
    if (this.#url !== null) updateURLQuery(this.#url, P.serializeUrlencoded(this.#list));
  }

  get size() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length;
  }

  append(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this.#list = this.#list.filter((p) => p[0] !== name || p[1] !== value);
    } else {
      this.#list = this.#list.filter((p) => p[0] !== name);
    }
    this.#update();
  }

  get(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    for (const p of this.#list) if (p[0] === name) return p[1];
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const out = [];
    for (const p of this.#list) if (p[0] === name) out.push(p[1]);
    return out;
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (const p of this.#list) {
      if (p[0] === name && (value === undefined || p[1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    const list = [];
    for (const p of this.#list) {
      if (p[0] !== name) {
        list.push(p);
      } else if (!found) {
        found = true;
        list.push([name, value]);
      }
    }
    if (!found) list.push([name, value]);
    this.#list = list;
    this.#update();
  }

  sort() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    // Array.prototype.sort is stable; names compare by UTF-16 code units
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  entries() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    // the list is read live: callbacks may change it
    for (let i = 0; i < this.#list.length; i++) {
      const [key, value] = this.#list[i];
      callback.call(thisArg, value, key, this);
    }
  }

  keys() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return P.serializeUrlencoded(this.#list);
  }

  [kInspect](depth, options) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) {
      return options && typeof options.stylize === 'function' ? options.stylize('[Object]', 'special') : '[Object]';
    }
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const parts = this.#list.map((p) => `${inspect(p[0], inner)} => ${inspect(p[1], inner)}`);
    const name = this.constructor.name;
    if (parts.length === 0) return `${name} {}`;
    const breakLength = options?.breakLength ?? 128;
    const width = parts.reduce((n, s) => n + stripColors(s).length + 2, -2);
    if (width > breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }
}

function stripColors(s) {
  return s.replace(/\u001b\[\d\d?m/g, '');
}

function isURLSearchParams(value) {
  return isParams(value);
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;
  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }
  next() {
    if (typeof this !== 'object' || this === null || !(#params in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = getParamsList(this.#params);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const pair = list[this.#index++];
    return { value: this.#item(pair), done: false };
  }
  #item(pair) {
    if (this.#kind === 'key') return pair[0];
    if (this.#kind === 'value') return pair[1];
    return [pair[0], pair[1]];
  }
  [kInspect](depth, options) {
    if (typeof this !== 'object' || this === null || !(#params in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const rest = getParamsList(this.#params).slice(this.#index).map((p) => this.#item(p));
    const broken = inspect(rest, inner).includes('\n');
    const strs = rest.map((v) => inspect(v, inner));
    const body = broken ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

let updateURLQuery;
let getRecord;
let isURLInstance;

// The record behind a URL. Brand failures get V8's wording, which Node's
// tests match on.
function recOf(url) {
  if (!isURLInstance(url)) {
    throw new TypeError('Cannot read private member #context from an object whose class did not declare it');
  }
  return getRecord(url);
}

const kSchemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };
const kOmitted = 4294967295;

// The shape Node's URL prints with showHidden: offsets into href as its
// C++ parser (ada) keeps them.
class URLContext {
  constructor(rec) {
    this.href = P.serialize(rec);
    this.protocol_end = rec.scheme.length + 1;
    const creds = rec.username !== '' || rec.password !== '';
    if (rec.host !== null) {
      this.username_end = this.protocol_end + 2 + rec.username.length;
      this.host_start = creds ? this.username_end + (rec.password !== '' ? rec.password.length + 1 : 0) :
        this.username_end;
      this.host_end = this.host_start + (creds ? 1 : 0) + rec.host.length;
    } else {
      this.username_end = this.host_start = this.host_end = this.protocol_end;
    }
    this.pathname_start = this.host_end + (rec.port !== null ? String(rec.port).length + 1 : 0);
    const pathLength = P.serializePath(rec).length;
    this.search_start = rec.query !== null ? this.pathname_start + pathLength : kOmitted;
    this.hash_start = rec.fragment !== null ?
      this.pathname_start + pathLength + (rec.query !== null ? rec.query.length + 1 : 0) : kOmitted;
    this.port = rec.port !== null ? rec.port : kOmitted;
    this.scheme_type = kSchemeTypes[rec.scheme] ?? 1;
    const self = this;
    Object.defineProperties(this, {
      hasPort: { get() { return self.port !== kOmitted; }, enumerable: false, configurable: true },
      hasSearch: { get() { return self.search_start !== kOmitted; }, enumerable: false, configurable: true },
      hasHash: { get() { return self.hash_start !== kOmitted; }, enumerable: false, configurable: true },
    });
  }
}

// Removes trailing spaces from an opaque path once nothing follows it, so
// that the href still re-parses to the same URL.
function stripTrailingSpaces(rec) {
  if (typeof rec.path !== 'string' || rec.fragment !== null || rec.query !== null) return;
  rec.path = rec.path.replace(/ +$/, '');
}

class URL {
  #rec;
  #searchParams = null;

  static {
    updateURLQuery = (url, query) => {
      url.#rec.query = query === '' ? null : query;
      if (query === '') stripTrailingSpaces(url.#rec);
    };
    getRecord = (url) => url.#rec;
    isURLInstance = (value) => typeof value === 'object' && value !== null && #rec in value;
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRec = null;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRec = P.basicParse(base, null);
      if (baseRec === null) throw invalidURL(input, base);
    }
    const rec = P.basicParse(input, baseRec);
    if (rec === null) throw invalidURL(input, base);
    this.#rec = rec;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRec = null;
    if (base !== undefined) {
      baseRec = P.basicParse(toUSVString(base), null);
      if (baseRec === null) return false;
    }
    return P.basicParse(input, baseRec) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch (err) {
      if (err?.code === 'ERR_INVALID_URL') return null;
      throw err;
    }
  }

  #syncParams() {
    if (this.#searchParams !== null) setParamsList(this.#searchParams, P.parseUrlencoded(recOf(this).query ?? ''));
  }

  toString() {
    return P.serialize(recOf(this));
  }

  get href() {
    return P.serialize(recOf(this));
  }

  set href(value) {
    recOf(this);
    value = toUSVString(value);
    const rec = P.basicParse(value, null);
    if (rec === null) throw invalidURL(value);
    this.#rec = rec;
    this.#syncParams();
  }

  get origin() {
    return P.serializeOrigin(recOf(this));
  }

  get protocol() {
    return `${recOf(this).scheme}:`;
  }

  set protocol(value) {
    const rec = recOf(this);
    P.basicParse(`${toUSVString(value)}:`, null, rec, P.states.SCHEME_START);
  }

  get username() {
    return recOf(this).username;
  }

  set username(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(rec)) return;
    rec.username = P.percentEncode(value, P.sets.kUserinfo);
  }

  get password() {
    return recOf(this).password;
  }

  set password(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(rec)) return;
    rec.password = P.percentEncode(value, P.sets.kUserinfo);
  }

  get host() {
    const rec = recOf(this);
    if (rec.host === null) return '';
    return rec.port === null ? rec.host : `${rec.host}:${rec.port}`;
  }

  set host(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (typeof rec.path === 'string') return;
    P.basicParse(value, null, rec, P.states.HOST);
  }

  get hostname() {
    return recOf(this).host ?? '';
  }

  set hostname(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (typeof rec.path === 'string') return;
    P.basicParse(value, null, rec, P.states.HOSTNAME);
  }

  get port() {
    const port = recOf(this).port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(rec)) return;
    if (value === '') rec.port = null;
    else P.basicParse(value, null, rec, P.states.PORT);
  }

  get pathname() {
    return P.serializePath(recOf(this));
  }

  set pathname(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (typeof rec.path === 'string') return;
    const saved = rec.path;
    rec.path = [];
    if (P.basicParse(value, null, rec, P.states.PATH_START) === false) rec.path = saved;
  }

  get search() {
    const q = recOf(this).query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (value === '') {
      rec.query = null;
      stripTrailingSpaces(rec);
    } else {
      const input = value[0] === '?' ? value.slice(1) : value;
      rec.query = '';
      P.basicParse(input, null, rec, P.states.QUERY);
    }
    this.#syncParams();
  }

  get searchParams() {
    const rec = recOf(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      setParamsList(params, P.parseUrlencoded(rec.query ?? ''));
      linkParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const f = recOf(this).fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    const rec = recOf(this);
    value = toUSVString(value);
    if (value === '') {
      rec.fragment = null;
      stripTrailingSpaces(rec);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    rec.fragment = '';
    P.basicParse(input, null, rec, P.states.FRAGMENT);
  }

  toJSON() {
    return P.serialize(recOf(this));
  }

  [kInspect](depth, options) {
    const rec = recOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = (this.constructor && typeof this.constructor === 'function') ? this.constructor : URL;
    const obj = Object.create({ constructor: ctor });
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (options?.showHidden) obj[kContext] = new URLContext(rec);
    return `${ctor.name} ${inspect(obj, options)}`;
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    const id = randomUUID();
    blobRegistry.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const id = objectURLId(`${url}`);
    if (id !== undefined) blobRegistry.delete(id);
  }
}

function cannotHaveCredentialsOrPort(rec) {
  return rec.host === null || rec.host === '' || rec.scheme === 'file';
}

// WebIDL: attributes and operations are enumerable, symbols are not.
for (const proto of [URL.prototype, URLSearchParams.prototype]) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    Object.defineProperty(proto, key, { enumerable: true });
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

// ---- object URLs (blob:nodedata:<uuid>) ----
const blobRegistry = new Map();

function randomUUID() {
  try {
    const crypto = require('crypto');
    if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch { /* fall through */ }
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0F) | 0x40;
  hex[8] = (hex[8] & 0x3F) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function objectURLId(url) {
  let parsed;
  try { parsed = new URL(url); } catch { return undefined; }
  if (parsed.protocol !== 'blob:') return undefined;
  const path = parsed.pathname;
  if (!path.startsWith('nodedata:')) return undefined;
  return path.slice(9);
}

// The Blob registered under a blob:nodedata: URL, or undefined.
function resolveObjectURL(url) {
  const id = objectURLId(`${url}`);
  return id === undefined ? undefined : blobRegistry.get(id);
}

// ---- Node's helpers ----

function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function isWindowsDefault() {
  return process.platform === 'win32';
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindowsDefault();
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

// Escapes what the URL parser would otherwise strip or read as syntax.
function encodePathChars(filepath, windows) {
  let out = filepath;
  if (out.includes('%')) out = out.replace(/%/g, '%25');
  if (!windows && out.includes('\\')) out = out.replace(/\\/g, '%5C');
  if (out.includes('\n')) out = out.replace(/\n/g, '%0A');
  if (out.includes('\r')) out = out.replace(/\r/g, '%0D');
  if (out.includes('\t')) out = out.replace(/\t/g, '%09');
  if (out.includes('?')) out = out.replace(/\?/g, '%3F');
  if (out.includes('#')) out = out.replace(/#/g, '%23');
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindowsDefault();
  validateString(filepath, 'path');
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\resource, or the extended \\?\UNC\server\...
    const extended = filepath.startsWith('\\\\?\\UNC\\');
    const start = extended ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', start);
    if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostEnd === start) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const out = new URL('file://');
    out.hostname = filepath.slice(start, hostEnd);
    out.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), true);
    return out;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator; keep it, it marks a directory
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  if (windows) resolved = `/${resolved.replace(/\\/g, '/')}`;
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// Node answers domainTo* through its URL parser: the input is set as the
// hostname of a ws: URL, and failure gives ''.
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const rec = P.basicParse('ws://x', null);
  if (P.basicParse(`${domain}`, null, rec, P.states.HOSTNAME) === false) return '';
  return rec.host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const rec = P.basicParse('ws://x', null);
  if (P.basicParse(`${domain}`, null, rec, P.states.HOSTNAME) === false) return '';
  if (rec.host[0] === '[') return rec.host;
  return require('internal/idna').domainToUnicode(rec.host);
}

module.exports = {
  URL,
  URLSearchParams,
  URLContext,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  isURLSearchParams,
  resolveObjectURL,
  toUSVString,
  getURLRecord: (url) => getRecord(url),
  encodeStr: P.percentEncode,
};
