// fetch.js — fetch(), Headers, Request and Response in the main process
// (Node 18+ globals; also electron.net.fetch), over libsoup through
// internalBinding('http_client') (src/main/http_client.c): HTTP and HTTPS,
// redirects (follow/manual/error), gzip/deflate/brotli decoding, AbortSignal.
// The response body is read whole before fetch() resolves, so `body` is not
// a ReadableStream here (cathode has no web streams): text(), json(),
// arrayBuffer(), bytes() and blob() are the ways to read it.
'use strict';

const binding = internalBinding('http_client');
const { Buffer } = require('buffer');

const kForbiddenNameChars = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;

function normalizeName(name) {
  const n = String(name);
  if (n === '' || kForbiddenNameChars.test(n)) throw new TypeError(`Headers: invalid header name "${n}"`);
  return n.toLowerCase();
}

function normalizeValue(value) {
  const v = String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  if (/[\0\r\n]/.test(v)) throw new TypeError(`Headers: invalid header value "${v}"`);
  return v;
}

class Headers {
  #map = new Map(); // lower-case name → [values]

  constructor(init) {
    if (init === undefined || init === null) return;
    if (init instanceof Headers) {
      for (const [k, v] of init) this.append(k, v);
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const [k, v, extra] = [...pair];
        if (extra !== undefined || v === undefined) throw new TypeError('Headers: each init pair must have 2 items');
        this.append(k, v);
      }
    } else if (typeof init === 'object') {
      for (const k of Object.keys(init)) this.append(k, init[k]);
    } else {
      throw new TypeError('Headers: init must be an object or an iterable of pairs');
    }
  }

  append(name, value) {
    const k = normalizeName(name);
    const list = this.#map.get(k);
    if (list) list.push(normalizeValue(value));
    else this.#map.set(k, [normalizeValue(value)]);
  }

  set(name, value) { this.#map.set(normalizeName(name), [normalizeValue(value)]); }
  delete(name) { this.#map.delete(normalizeName(name)); }
  has(name) { return this.#map.has(normalizeName(name)); }

  get(name) {
    const list = this.#map.get(normalizeName(name));
    return list === undefined ? null : list.join(', ');
  }

  getSetCookie() { return [...(this.#map.get('set-cookie') || [])]; }

  *entries() {
    for (const k of [...this.#map.keys()].sort()) {
      if (k === 'set-cookie') for (const v of this.#map.get(k)) yield [k, v];
      else yield [k, this.get(k)];
    }
  }

  *keys() { for (const [k] of this.entries()) yield k; }
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  forEach(cb, thisArg) { for (const [k, v] of this) cb.call(thisArg, v, k, this); }
  get [Symbol.toStringTag]() { return 'Headers'; }
}

// request bodies: bytes plus a default content type
function extractBody(body) {
  if (body === undefined || body === null) return { bytes: null, type: null };
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { bytes: Buffer.from(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body), type: null };
  if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), type: null };
  if (typeof Blob === 'function' && body instanceof Blob) return { blob: body, type: body.type || null };
  return { bytes: Buffer.from(String(body)), type: 'text/plain;charset=UTF-8' };
}

class Body {
  #bytes;
  #used = false;

  _setBody(bytes) { this.#bytes = bytes; }

  get bodyUsed() { return this.#used; }
  get body() { return null; }

  #take() {
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    return Promise.resolve(this.#bytes || new Uint8Array(0));
  }

  arrayBuffer() {
    return this.#take().then((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }

  bytes() { return this.#take().then((b) => new Uint8Array(b)); }
  text() { return this.#take().then((b) => new TextDecoder().decode(b)); }
  json() { return this.text().then((t) => JSON.parse(t)); }

  blob() {
    const type = this.headers.get('content-type') || '';
    return this.#take().then((b) => new Blob([b], { type }));
  }

  formData() { return Promise.reject(new TypeError('Response.formData() is not supported in cathode')); }

  _peekBytes() { return this.#bytes; }
}

class Response extends Body {
  #status;
  #statusText;
  #headers;
  #url;
  #redirected;
  #type;

  constructor(body = null, init = {}) {
    super();
    const status = init.status === undefined ? 200 : init.status;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    this.#status = status;
    this.#statusText = init.statusText === undefined ? '' : String(init.statusText);
    this.#headers = new Headers(init.headers);
    this.#url = '';
    this.#redirected = false;
    this.#type = 'default';
    const { bytes, type } = extractBody(body);
    if (type && !this.#headers.has('content-type')) this.#headers.set('content-type', type);
    this._setBody(bytes);
  }

  static _fromNetwork(head, bytes, type) {
    const r = new Response(null, { status: 200 });
    r.#status = head.status;
    r.#statusText = head.statusText;
    const h = new Headers();
    for (let i = 0; i + 1 < head.headers.length; i += 2) h.append(head.headers[i], head.headers[i + 1]);
    r.#headers = h;
    r.#url = head.url;
    r.#redirected = head.redirected;
    r.#type = type;
    r._setBody(bytes);
    return r;
  }

  static json(data, init = {}) {
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(JSON.stringify(data), { ...init, headers });
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r.#status = 0;
    r.#type = 'error';
    return r;
  }

  static redirect(url, status = 302) {
    return new Response(null, { status, headers: { location: new URL(url).href } });
  }

  get status() { return this.#status; }
  get ok() { return this.#status >= 200 && this.#status <= 299; }
  get statusText() { return this.#statusText; }
  get headers() { return this.#headers; }
  get url() { return this.#url; }
  get redirected() { return this.#redirected; }
  get type() { return this.#type; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = Response._fromNetwork({ status: this.#status, statusText: this.#statusText, headers: [],
      url: this.#url, redirected: this.#redirected }, this._peekBytes(), this.#type);
    for (const [k, v] of this.#headers) r.headers.append(k, v);
    return r;
  }

  get [Symbol.toStringTag]() { return 'Response'; }
}

class Request extends Body {
  constructor(input, init = {}) {
    super();
    const base = input instanceof Request ? input : null;
    this.url = base ? base.url : new URL(String(input)).href;
    this.method = String(init.method || (base ? base.method : 'GET')).toUpperCase();
    this.headers = new Headers(init.headers || (base ? base.headers : undefined));
    this.redirect = init.redirect || (base ? base.redirect : 'follow');
    this.signal = init.signal || (base ? base.signal : null);
    const { bytes, blob, type } = extractBody(init.body);
    if ((bytes || blob) && (this.method === 'GET' || this.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
    this._blob = blob;
    this._setBody(bytes || (base ? base._peekBytes() : null));
  }

  get [Symbol.toStringTag]() { return 'Request'; }
}

function abortError(signal) {
  const reason = signal.reason;
  if (reason !== undefined) return reason;
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('This operation was aborted', 'AbortError');
}

async function fetch(input, init = {}) {
  const req = new Request(input, init);
  if (req.signal && req.signal.aborted) throw abortError(req.signal);
  let body = req._peekBytes();
  if (req._blob) body = new Uint8Array(await req._blob.arrayBuffer());
  const protocol = new URL(req.url).protocol;
  if (protocol === 'data:') {
    // data: URLs need no network
    const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(req.url);
    const bytes = m[2] ? Buffer.from(decodeURIComponent(m[3]), 'base64') : Buffer.from(decodeURIComponent(m[3]));
    return Response._fromNetwork({ status: 200, statusText: 'OK', headers: ['content-type', m[1] || 'text/plain;charset=US-ASCII'],
      url: req.url, redirected: false }, bytes, 'basic');
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new TypeError('fetch failed', { cause: new Error(`unknown scheme ${protocol}`) });
  }
  const flat = [];
  for (const [k, v] of req.headers) flat.push(k, v);
  return new Promise((resolve, reject) => {
    let onAbort;
    const id = binding.request(req.method, req.url, flat, body, req.redirect, (err, head, bytes) => {
      if (req.signal) req.signal.removeEventListener('abort', onAbort);
      if (err === 'aborted') reject(abortError(req.signal));
      else if (err !== null) reject(new TypeError('fetch failed', { cause: new Error(err) }));
      else resolve(Response._fromNetwork(head, bytes, 'basic'));
    });
    if (req.signal) {
      onAbort = () => binding.abort(id);
      req.signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

module.exports = { fetch, Headers, Request, Response, isOnline: () => binding.isOnline() };
