// http.js — node:http (HTTP/1.1 over node:net, in JS): createServer with
// IncomingMessage/ServerResponse (keep-alive, Content-Length or chunked
// bodies both ways, HEAD, 100-continue not sent), and the client:
// request/get with ClientRequest and IncomingMessage (Content-Length,
// chunked and close-delimited responses), an Agent that opens a connection
// per request. STATUS_CODES, METHODS, validateHeaderName/Value.
//
// Not provided: HTTP upgrades ('upgrade' with the socket is emitted, no
// parser hand-off), trailers, connection pooling/keep-alive in the client
// Agent, request timeouts beyond socket.setTimeout, maxHeadersCount.
'use strict';

const net = require('net');
const { Readable, Writable } = require('stream');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_HTTP_HEADERS_SENT, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR,
    ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_PROTOCOL },
} = require('internal/errors');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity',
  423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) throw new ERR_INVALID_HTTP_TOKEN(label, name);
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (badValueRe.test(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

// ---- parsing: one message head and its body from a byte stream ----
const kMaxHeaderSize = 16 * 1024;

class Parser {
  constructor(kind, onHead, onBody, onEnd, onError) {
    this.kind = kind; // 'request' | 'response'
    this.buf = Buffer.alloc(0);
    this.state = 'head';
    this.onHead = onHead;
    this.onBody = onBody;
    this.onEnd = onEnd;
    this.onError = onError;
    this.remaining = 0;
    this.chunked = false;
    this.untilClose = false;
    this.noBody = false; // response to HEAD, 1xx/204/304
  }

  push(data) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
    try {
      while (this.step()) { /* more to do */ }
    } catch (err) {
      this.state = 'error';
      this.onError(err);
    }
  }

  // the peer closed: a close-delimited body ends here
  finish() {
    if (this.state === 'body' && this.untilClose) {
      this.state = 'head';
      this.onEnd();
      return true;
    }
    return this.state === 'head' && this.buf.length === 0;
  }

  step() {
    if (this.state === 'head') {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.buf.length > kMaxHeaderSize) throw Object.assign(new Error('Header overflow'), { code: 'HPE_HEADER_OVERFLOW' });
        return false;
      }
      const lines = this.buf.subarray(0, end).toString('latin1').split('\r\n');
      this.buf = this.buf.subarray(end + 4);
      // a stray CRLF before a message is allowed
      while (lines.length && lines[0] === '') lines.shift();
      const first = lines.shift() || '';
      const head = { rawHeaders: [], headers: {} };
      if (this.kind === 'request') {
        const m = /^([A-Z-]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(first);
        if (!m) throw Object.assign(new Error('Parse Error: Invalid method encountered'), { code: 'HPE_INVALID_METHOD' });
        [, head.method, head.url] = m;
        head.httpVersionMajor = +m[3];
        head.httpVersionMinor = +m[4];
      } else {
        const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
        if (!m) throw Object.assign(new Error('Parse Error: Expected HTTP/'), { code: 'HPE_INVALID_CONSTANT' });
        head.httpVersionMajor = +m[1];
        head.httpVersionMinor = +m[2];
        head.statusCode = +m[3];
        head.statusMessage = m[4] || '';
      }
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i <= 0) throw Object.assign(new Error('Parse Error: Invalid header token'), { code: 'HPE_INVALID_HEADER_TOKEN' });
        const name = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        head.rawHeaders.push(name, value);
        const k = name.toLowerCase();
        if (k === 'set-cookie') (head.headers[k] ||= []).push(value);
        else if (head.headers[k] !== undefined) head.headers[k] += k === 'cookie' ? `; ${value}` : `, ${value}`;
        else head.headers[k] = value;
      }
      const te = (head.headers['transfer-encoding'] || '').toLowerCase();
      const cl = head.headers['content-length'];
      this.chunked = te.split(',').map((s) => s.trim()).includes('chunked');
      this.untilClose = false;
      if (this.onHead(head) === 'no-body' || this.noBody) {
        this.remaining = 0;
        this.chunked = false;
      } else if (this.chunked) {
        this.state = 'chunk-size';
        return true;
      } else if (cl !== undefined) {
        if (!/^\d+$/.test(cl)) throw Object.assign(new Error('Parse Error: Invalid Content-Length'), { code: 'HPE_INVALID_CONTENT_LENGTH' });
        this.remaining = Number(cl);
      } else if (this.kind === 'response') {
        this.untilClose = true;
        this.state = 'body';
        return this.buf.length > 0;
      } else {
        this.remaining = 0;
      }
      if (this.remaining === 0) {
        this.onEnd();
        return this.buf.length > 0;
      }
      this.state = 'body';
      return true;
    }
    if (this.state === 'body') {
      if (this.buf.length === 0) return false;
      if (this.untilClose) {
        const chunk = this.buf;
        this.buf = Buffer.alloc(0);
        this.onBody(chunk);
        return false;
      }
      const n = Math.min(this.remaining, this.buf.length);
      const chunk = this.buf.subarray(0, n);
      this.buf = this.buf.subarray(n);
      this.remaining -= n;
      this.onBody(chunk);
      if (this.remaining === 0) {
        this.state = 'head';
        this.onEnd();
        return this.buf.length > 0;
      }
      return false;
    }
    if (this.state === 'chunk-size') {
      const eol = this.buf.indexOf('\r\n');
      if (eol < 0) return false;
      const size = parseInt(this.buf.subarray(0, eol).toString('latin1').split(';')[0], 16);
      if (Number.isNaN(size)) throw Object.assign(new Error('Parse Error: Invalid character in chunk size'), { code: 'HPE_INVALID_CHUNK_SIZE' });
      this.buf = this.buf.subarray(eol + 2);
      this.remaining = size;
      this.state = size === 0 ? 'trailers' : 'chunk-data';
      return true;
    }
    if (this.state === 'chunk-data') {
      if (this.remaining > 0) {
        if (this.buf.length === 0) return false;
        const n = Math.min(this.remaining, this.buf.length);
        this.onBody(this.buf.subarray(0, n));
        this.buf = this.buf.subarray(n);
        this.remaining -= n;
        if (this.remaining > 0) return false;
      }
      if (this.buf.length < 2) return false;
      this.buf = this.buf.subarray(2); // the chunk's CRLF
      this.state = 'chunk-size';
      return true;
    }
    if (this.state === 'trailers') {
      const end = this.buf.indexOf('\r\n');
      if (end < 0) return false;
      const empty = end === 0;
      this.buf = this.buf.subarray(end + 2);
      if (!empty) return true; // a trailer line: skipped
      this.state = 'head';
      this.onEnd();
      return this.buf.length > 0;
    }
    return false;
  }
}

// ---- IncomingMessage ----
class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.headers = {};
    this.rawHeaders = [];
    this.trailers = {};
    this.rawTrailers = [];
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.aborted = false;
  }

  get connection() { return this.socket; }
  get headersDistinct() {
    const out = {};
    for (let i = 0; i < this.rawHeaders.length; i += 2) {
      (out[this.rawHeaders[i].toLowerCase()] ||= []).push(this.rawHeaders[i + 1]);
    }
    return out;
  }

  _read() {
    if (this.socket && this.socket.isPaused && this.socket.isPaused()) this.socket.resume();
  }

  setTimeout(ms, cb) {
    if (this.socket) this.socket.setTimeout(ms, cb);
    return this;
  }
}

function applyHead(msg, head) {
  msg.rawHeaders = head.rawHeaders;
  msg.headers = head.headers;
  msg.httpVersionMajor = head.httpVersionMajor;
  msg.httpVersionMinor = head.httpVersionMinor;
  msg.httpVersion = `${head.httpVersionMajor}.${head.httpVersionMinor}`;
  if (head.method !== undefined) {
    msg.method = head.method;
    msg.url = head.url;
  } else {
    msg.statusCode = head.statusCode;
    msg.statusMessage = head.statusMessage;
  }
}

// ---- OutgoingMessage: headers then a body (Content-Length or chunked) ----
class OutgoingMessage extends Writable {
  constructor() {
    super({ decodeStrings: false, autoDestroy: false, emitClose: false });
    this._headers = new Map(); // lower name → [name, value]
    this.headersSent = false;
    this.finished = false;
    this.chunkedEncoding = false;
    this.sendDate = false;
    this._bodyAllowed = true;
    this._sock = null;
  }

  setHeader(name, value) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this._headers.set(name.toLowerCase(), [name, value]);
    return this;
  }

  appendHeader(name, value) {
    const cur = this.getHeader(name);
    if (cur === undefined) return this.setHeader(name, value);
    return this.setHeader(name, [].concat(cur, value));
  }

  getHeader(name) {
    const e = this._headers.get(String(name).toLowerCase());
    return e ? e[1] : undefined;
  }

  getHeaders() {
    const out = Object.create(null);
    for (const [k, [, v]] of this._headers) out[k] = v;
    return out;
  }

  getHeaderNames() { return [...this._headers.keys()]; }
  getRawHeaderNames() { return [...this._headers.values()].map(([n]) => n); }
  hasHeader(name) { return this._headers.has(String(name).toLowerCase()); }

  removeHeader(name) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('remove');
    this._headers.delete(String(name).toLowerCase());
  }

  flushHeaders() {
    if (!this.headersSent) this._sendHead(null);
  }

  get writableEnded() { return this.finished; }

  _headBlock(first) {
    let s = `${first}\r\n`;
    for (const [, [name, value]] of this._headers) {
      for (const v of Array.isArray(value) ? value : [value]) s += `${name}: ${v}\r\n`;
    }
    return `${s}\r\n`;
  }

  // sends the head; `wholeBody` is the complete body when known (end())
  _sendHead(wholeBody) {
    if (this.headersSent) return;
    if (this._bodyAllowed && !this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) {
      if (wholeBody !== null) this._headers.set('content-length', ['Content-Length', String(wholeBody.length)]);
      else {
        this.chunkedEncoding = true;
        this._headers.set('transfer-encoding', ['Transfer-Encoding', 'chunked']);
      }
    } else if ((this.getHeader('transfer-encoding') || '').toString().toLowerCase().includes('chunked')) {
      this.chunkedEncoding = true;
    }
    this.headersSent = true;
    this._writeRaw(Buffer.from(this._headBlock(this._firstLine()), 'latin1'));
  }

  _writeRaw(buf) {
    if (this._sock && !this._sock.destroyed) this._sock.write(buf);
    else (this._pendingRaw ||= []).push(buf);
  }

  _attach(sock) {
    this._sock = sock;
    if (this._pendingRaw) {
      for (const b of this._pendingRaw) sock.write(b);
      this._pendingRaw = null;
    }
  }

  _write(chunk, encoding, callback) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._sendHead(null);
    if (!this._bodyAllowed || buf.length === 0) {
      callback();
      return;
    }
    if (this.chunkedEncoding) this._writeRaw(Buffer.concat([Buffer.from(`${buf.length.toString(16)}\r\n`), buf, Buffer.from('\r\n')]));
    else this._writeRaw(buf);
    callback();
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (this.finished) {
      if (callback) process.nextTick(callback);
      return this;
    }
    if (!this.headersSent) {
      const whole = chunk === undefined || chunk === null ? Buffer.alloc(0)
        : typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(chunk);
      this._sendHead(whole);
      if (this._bodyAllowed && whole.length) this._writeRaw(whole);
      this.finished = true;
      this._done();
      return Writable.prototype.end.call(this, callback);
    }
    const finish = () => {
      if (this.chunkedEncoding && this._bodyAllowed) this._writeRaw(Buffer.from('0\r\n\r\n'));
      this.finished = true;
      this._done();
    };
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    Writable.prototype.end.call(this, () => {
      if (callback) callback();
    });
    finish();
    return this;
  }

  _done() {}
}

// ---- server ----
class ServerResponse extends OutgoingMessage {
  constructor(req) {
    super();
    this.req = req;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._keepAlive = req.httpVersion === '1.1' && !/close/i.test(req.headers.connection || '');
    this._bodyAllowed = req.method !== 'HEAD';
  }

  get socket() { return this._sock; }
  get connection() { return this._sock; }

  writeHead(statusCode, statusMessage, headers) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT('write');
    if (typeof statusMessage !== 'string') [statusMessage, headers] = [undefined, statusMessage];
    this.statusCode = statusCode;
    if (statusMessage !== undefined) this.statusMessage = statusMessage;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode < 200)) this._bodyAllowed = false;
    return this;
  }

  _firstLine() {
    if (this.statusCode === 204 || this.statusCode === 304) this._bodyAllowed = false;
    if (this.sendDate && !this.hasHeader('date')) this._headers.set('date', ['Date', new Date().toUTCString()]);
    if (!this.hasHeader('connection')) {
      this._headers.set('connection', ['Connection', this._keepAlive ? 'keep-alive' : 'close']);
      if (this._keepAlive && !this.hasHeader('keep-alive')) this._headers.set('keep-alive', ['Keep-Alive', 'timeout=5']);
    }
    return `HTTP/1.1 ${this.statusCode} ${this.statusMessage ?? STATUS_CODES[this.statusCode] ?? 'unknown'}`;
  }

  _done() {
    if (this._onDone) this._onDone(this._keepAlive && !/close/i.test(String(this.getHeader('connection') || '')));
  }
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') [options, requestListener] = [{}, options];
    super({ allowHalfOpen: true });
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    this.headersTimeout = 60000;
    this.requestTimeout = 300000;
    this.maxHeadersCount = null;
    if (requestListener) this.on('request', requestListener);
    this.on('connection', (socket) => connectionListener(this, socket));
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }

  closeAllConnections() {
    for (const s of this._httpSockets || []) s.destroy();
  }

  closeIdleConnections() {
    for (const s of this._httpSockets || []) if (s._httpIdle) s.destroy();
  }
}

function connectionListener(server, socket) {
  (server._httpSockets ||= new Set()).add(socket);
  socket.on('close', () => server._httpSockets.delete(socket));
  socket._httpIdle = true;
  const queue = []; // responses in request order
  let req = null;
  const parser = new Parser('request', (head) => {
    socket._httpIdle = false;
    req = new IncomingMessage(socket);
    applyHead(req, head);
    const res = new ServerResponse(req);
    queue.push(res);
    res._onDone = (keep) => {
      queue.shift();
      if (!keep) socket.end();
      else {
        socket._httpIdle = queue.length === 0;
        if (queue.length) queue[0]._attach(socket);
      }
    };
    if (queue.length === 1) res._attach(socket);
    if (head.headers.upgrade && /upgrade/i.test(head.headers.connection || '') && server.listenerCount('upgrade') > 0) {
      server.emit('upgrade', req, socket, Buffer.alloc(0));
      return 'no-body';
    }
    server.emit('request', req, res);
    return undefined;
  }, (chunk) => {
    if (req) req.push(Buffer.from(chunk));
  }, () => {
    if (req) {
      req.complete = true;
      req.push(null);
    }
  }, (err) => {
    if (server.listenerCount('clientError') > 0) server.emit('clientError', err, socket);
    else socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  socket.on('data', (d) => parser.push(d));
  socket.on('end', () => {
    if (req && !req.complete) {
      req.aborted = true;
      req.destroy();
    }
    if (queue.length === 0) socket.end();
  });
  socket.on('error', (err) => {
    if (server.listenerCount('clientError') > 0) server.emit('clientError', err, socket);
  });
  if (server.timeout) socket.setTimeout(server.timeout, () => {
    if (server.listenerCount('timeout') > 0) server.emit('timeout', socket);
    else socket.destroy();
  });
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- client ----
class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { ...options };
    this.keepAlive = false;
    this.maxSockets = options.maxSockets || Infinity;
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.requests = {};
    this.sockets = {};
    this.freeSockets = {};
  }

  createConnection(options, cb) {
    return net.createConnection(options, cb);
  }

  destroy() {}
}

const globalAgent = new Agent();

function urlToOptions(url) {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname || '/'}${url.search || ''}`,
    auth: url.username || url.password ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

class ClientRequest extends OutgoingMessage {
  // defaults: what node:https changes (protocol, port, agent)
  constructor(input, options, cb, defaults = { protocol: 'http:', port: 80, agent: globalAgent }) {
    super();
    if (typeof input === 'string') input = urlToOptions(new URL(input));
    else if (input instanceof URL) input = urlToOptions(input);
    else [cb, options, input] = [options, input, {}];
    if (typeof options === 'function') [cb, options] = [options, {}];
    const o = { ...input, ...(options || {}) };
    const protocol = o.protocol || defaults.protocol;
    if (protocol !== defaults.protocol) throw new ERR_INVALID_PROTOCOL(protocol, defaults.protocol);
    this.method = String(o.method || 'GET').toUpperCase();
    this.path = o.path || '/';
    this.host = o.hostname || (o.host ? String(o.host).replace(/:\d+$/, '') : 'localhost');
    this.port = o.port || o.defaultPort || defaults.port;
    this.protocol = protocol;
    this.agent = o.agent === false ? new defaults.agent.constructor() : (o.agent || defaults.agent);
    this.aborted = false;
    this.reusedSocket = false;
    this._bodyAllowed = true;
    if (o.headers) {
      const hs = o.headers;
      if (Array.isArray(hs)) for (let i = 0; i + 1 < hs.length; i += 2) this.setHeader(hs[i], hs[i + 1]);
      else for (const k of Object.keys(hs)) this.setHeader(k, hs[k]);
    }
    if (!this.hasHeader('host')) {
      this.setHeader('Host', this.port === defaults.port ? this.host
        : `${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`);
    }
    if (o.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(o.auth).toString('base64')}`);
    }
    if (!this.hasHeader('connection')) this.setHeader('Connection', 'close');
    if (cb) this.once('response', cb);
    if (this.method === 'GET' || this.method === 'HEAD' || this.method === 'DELETE' || this.method === 'OPTIONS') {
      if (!this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) this._noBodyDefault = true;
    }
    // everything else (TLS options for https) goes to createConnection too
    const connectOpts = { ...o, host: this.host, port: this.port };
    delete connectOpts.headers;
    delete connectOpts.path; // the request's path, not a socket's
    if (o.socketPath) {
      delete connectOpts.host;
      delete connectOpts.port;
      connectOpts.path = o.socketPath;
    }
    const sock = (o.createConnection || this.agent.createConnection.bind(this.agent))(connectOpts);
    this.socket = sock;
    this._attach(sock);
    process.nextTick(() => this.emit('socket', sock));
    let res = null;
    const parser = new Parser('response', (head) => {
      res = new IncomingMessage(sock);
      applyHead(res, head);
      res.req = this;
      if (head.statusCode >= 100 && head.statusCode < 200 && head.statusCode !== 101) {
        this.emit('information', { statusCode: head.statusCode, statusMessage: head.statusMessage, headers: head.headers });
        res = null;
        return 'no-body';
      }
      const noBody = this.method === 'HEAD' || head.statusCode === 204 || head.statusCode === 304;
      this.res = res;
      if (!this.emit('response', res)) res.resume(); // nobody reads: drain, as Node does
      return noBody ? 'no-body' : undefined;
    }, (chunk) => {
      if (res) res.push(Buffer.from(chunk));
    }, () => {
      if (res) {
        res.complete = true;
        res.push(null);
        res = null;
        sock.end();
      }
    }, (err) => {
      this.emit('error', err);
      sock.destroy();
    });
    sock.on('data', (d) => parser.push(d));
    sock.on('end', () => {
      parser.finish();
      if (res && !res.complete) {
        res.aborted = true;
        res.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      }
    });
    sock.on('error', (err) => {
      if (!this.aborted) this.emit('error', err);
    });
    sock.on('close', () => this.emit('close'));
  }

  _firstLine() {
    if (this._noBodyDefault && this.finished) this._bodyAllowed = true;
    return `${this.method} ${this.path} HTTP/1.1`;
  }

  // a GET ended without a body sends no Content-Length: 0 (as Node)
  end(chunk, encoding, callback) {
    if (this._noBodyDefault && !this.headersSent && (chunk === undefined || typeof chunk === 'function')) {
      this._bodyAllowed = false;
    }
    return super.end(chunk, encoding, callback);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.socket) this.socket.destroy(err);
    return super.destroy(err);
  }

  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    this.socket.setTimeout(ms, () => this.emit('timeout'));
    return this;
  }

  setNoDelay(v) { if (this.socket.setNoDelay) this.socket.setNoDelay(v); }
  setSocketKeepAlive(enable, delay) { if (this.socket.setKeepAlive) this.socket.setKeepAlive(enable, delay); }
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  get,
  globalAgent,
  maxHeaderSize: kMaxHeaderSize,
  request,
  validateHeaderName,
  validateHeaderValue,
  setMaxIdleHTTPParsers() {},
};
void ERR_INVALID_ARG_TYPE;
