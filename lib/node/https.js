// https.js — node:https's client. cathode has no TLS sockets of its own yet,
// so in the Electron main process an https request is carried by libsoup
// (internalBinding('http_client'), the HTTP stack WebKitGTK brings, with
// GIO's TLS and the system's certificate store): request/get give a
// ClientRequest whose body is sent when it ends and an IncomingMessage with
// the response as received (no redirects followed, no content decoding), as
// libraries such as axios and node-fetch expect. Elsewhere (run-as-node,
// renderers) a request fails with an error saying so. The module loads
// everywhere, so code that only needs http keeps working.
//
// Not provided: https.createServer (needs TLS sockets), TLS options (ca,
// cert/key, rejectUnauthorized: certificates are always checked against the
// system store), sockets and keep-alive.
'use strict';

const http = require('http');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_PROTOCOL } } = require('internal/errors');

let binding;
function soup() {
  if (binding === undefined) {
    try { binding = internalBinding('http_client'); } catch { binding = null; }
  }
  return binding;
}

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}

const globalAgent = new Agent();

function toOptions(input) {
  const url = input instanceof URL ? input : new URL(input);
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname || '/'}${url.search || ''}`,
    auth: url.username || url.password ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

// libsoup's failure texts → the codes Node's socket errors carry
function networkError(message, host) {
  const err = new Error(message);
  if (/refused/i.test(message)) err.code = 'ECONNREFUSED';
  else if (/resolve|not known|no address/i.test(message)) err.code = 'ENOTFOUND';
  else if (/certificate|TLS|handshake/i.test(message)) err.code = 'UNABLE_TO_VERIFY_LEAF_SIGNATURE';
  else err.code = 'ECONNRESET';
  if (host) err.host = host;
  return err;
}

class ClientRequest extends http.OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string' || input instanceof URL) input = toOptions(input);
    else [cb, options, input] = [options, input, {}];
    if (typeof options === 'function') [cb, options] = [options, {}];
    const o = { ...input, ...(options || {}) };
    const protocol = o.protocol || 'https:';
    if (protocol !== 'https:') throw new ERR_INVALID_PROTOCOL(protocol, 'https:');
    this.method = String(o.method || 'GET').toUpperCase();
    this.path = o.path || '/';
    this.host = o.hostname || (o.host ? String(o.host).replace(/:\d+$/, '') : 'localhost');
    this.port = o.port || 443;
    this.protocol = protocol;
    this.agent = o.agent || globalAgent;
    this.aborted = false;
    this.reusedSocket = false;
    this.socket = null;
    this._chunks = [];
    this._id = null;
    if (o.headers) {
      const hs = o.headers;
      if (Array.isArray(hs)) for (let i = 0; i + 1 < hs.length; i += 2) this.setHeader(hs[i], hs[i + 1]);
      else for (const k of Object.keys(hs)) this.setHeader(k, hs[k]);
    }
    if (o.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(o.auth).toString('base64')}`);
    }
    if (cb) this.once('response', cb);
  }

  _write(chunk, encoding, callback) {
    this._chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
    callback();
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (this.finished) return this;
    if (chunk !== undefined && chunk !== null) {
      this._chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(chunk));
    }
    this.finished = true;
    this.headersSent = true;
    this._send();
    require('stream').Writable.prototype.end.call(this, callback);
    return this;
  }

  flushHeaders() {}

  _send() {
    const b = soup();
    if (!b) {
      process.nextTick(() => this.emit('error', Object.assign(
        new Error('https requests need the Electron main process in cathode (there are no TLS sockets yet)'),
        { code: 'ERR_CATHODE_NO_TLS' })));
      return;
    }
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    const url = `https://${host}${this.port === 443 ? '' : `:${this.port}`}${this.path}`;
    const flat = [];
    for (const [name, value] of Object.values(this._rawHeaderPairs())) {
      for (const v of Array.isArray(value) ? value : [value]) flat.push(name, String(v));
    }
    const body = this._chunks.length ? Buffer.concat(this._chunks) : null;
    try {
      this._id = b.request(this.method, url, flat, body, 'manual', (err, head, bytes) => this._done(err, head, bytes), true);
    } catch (err) {
      process.nextTick(() => this.emit('error', err));
    }
  }

  _rawHeaderPairs() {
    return [...this._headers.values()];
  }

  _done(err, head, bytes) {
    if (this._timer) clearTimeout(this._timer);
    if (this.aborted) return;
    if (err !== null) {
      this.emit('error', networkError(err, this.host));
      this.emit('close');
      return;
    }
    const res = new http.IncomingMessage(null);
    res.statusCode = head.status;
    res.statusMessage = head.statusText;
    res.rawHeaders = head.headers;
    const headers = {};
    for (let i = 0; i + 1 < head.headers.length; i += 2) {
      const k = head.headers[i].toLowerCase();
      const v = head.headers[i + 1];
      if (k === 'set-cookie') (headers[k] ||= []).push(v);
      else if (headers[k] !== undefined) headers[k] += `, ${v}`;
      else headers[k] = v;
    }
    res.headers = headers;
    res.req = this;
    res.url = head.url;
    this.res = res;
    if (bytes.length) res.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    res.complete = true;
    res.push(null);
    if (!this.emit('response', res)) res.resume();
    res.once('end', () => this.emit('close'));
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    if (this._id !== null && soup()) soup().abort(this._id);
    process.nextTick(() => {
      this.emit('abort');
      this.emit('close');
    });
  }

  destroy(err) {
    this.abort();
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    if (this._timer) clearTimeout(this._timer);
    if (ms > 0) this._timer = setTimeout(() => this.emit('timeout'), ms);
    return this;
  }

  setNoDelay() {}
  setSocketKeepAlive() {}
}

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, request, get };
