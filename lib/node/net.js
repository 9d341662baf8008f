// net.js — node:net: Socket (a Duplex over a pipe, TTY or TCP handle from
// internalBinding('stream_wrap')), Server (TCP or Unix socket), connect,
// createServer, isIP/isIPv4/isIPv6. Child-process stdio and process.stdin
// are Sockets too.
//
// Host names are resolved with dns.lookup (the system resolver), unless
// connect() is given its own lookup; IP literals and "localhost" skip it.
'use strict';

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FD_TYPE, ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_INVALID_HANDLE_TYPE,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_OUT_OF_RANGE, ERR_INVALID_IP_ADDRESS,
    ERR_INVALID_ADDRESS_FAMILY,
  },
  errnoException, exceptionWithHostPort, uvException, uvErrName,
} = require('internal/errors');
const { validateNumber, validatePort, validateFunction, validateInt32, validateString } =
  require('internal/validators');

const sw = internalBinding('stream_wrap');
const pb = internalBinding('process');
const { uv: UV } = internalBinding('constants');

// ---- IP address syntax ----
const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// ---- handles ----

// A handle for an inherited descriptor, by what the descriptor is.
function createHandle(fd, isServer) {
  const type = pb.guessHandleType(fd);
  if (type === 'PIPE' || type === 'UNIX') return sw.newPipe(false);
  if (type === 'TCP') return sw.newTCP();
  if (type === 'TTY' && !isServer) {
    const ctx = {};
    const h = sw.newTTY(fd, ctx);
    if (h === undefined) throw uvException(ctx);
    return h;
  }
  throw new ERR_INVALID_FD_TYPE(type);
}

// listen errors read "listen EADDRINUSE: address already in use :::80"
// (connect errors, from exceptionWithHostPort, have no description)
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvErrName(err);
  const details = port > 0 ? `${address}:${port}` : address ? address : '';
  const ex = new Error(`${syscall} ${code}: ${uvmsg}${details ? ` ${details}` : ''}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function toBuffer(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer' || !encoding) return chunk;
  return Buffer.from(chunk, encoding);
}

function byteLengthOf(chunk) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
}

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  // a socket carries bytes, never objects
  for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[key]) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._pendingWrite = null;
  this._sockname = null;
  this._peername = null;
  this._timer = null;
  this._reading = false;
  this._bytesDispatched = 0;
  this.bytesRead = 0;
  this.server = null;
  this._server = null;

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    this._handle = createHandle(fd, false);
    if (this._handle.kind() !== 'TTY') {
      const err = this._handle.open(fd);
      if (err) throw errnoException(err, 'open');
    }
  }
  this._noDelay = Boolean(options.noDelay);
  this._keepAlive = Boolean(options.keepAlive);
  this._keepAliveDelay = ~~(options.keepAliveInitialDelay / 1000);
  if (this._handle) initHandle(this);
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      // server pauseOnConnect: no reading until resume()
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  this.on('end', onReadableEnd);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initHandle(self) {
  const h = self._handle;
  h.onread = (nread, buf) => onStreamRead(self, nread, buf);
}

function onStreamRead(self, nread, buf) {
  self._unrefTimer();
  if (nread > 0) {
    self.bytesRead += nread;
    if (!self.push(buf) && self._handle && self._reading) {
      self._reading = false;
      self._handle.readStop();
    }
    return;
  }
  if (nread === UV.UV_EOF) {
    if (self._handle && self._reading) {
      self._reading = false;
      self._handle.readStop();
    }
    self.push(null);
    self.read(0);
    return;
  }
  self.destroy(errnoException(nread, 'read'));
}

// The peer ended: without half-open, Duplex ends our side too, and a write
// made after that fails as Node's does (EPIPE, "ended by the other party").
function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
    return;
  }
  if (!this._reading) {
    this._reading = true;
    const err = this._handle.readStart();
    if (err) this.destroy(errnoException(err, 'read'));
  }
};

Socket.prototype._writeGeneric = function(chunks, cb) {
  if (this.connecting) {
    this._pendingWrite = [chunks, cb];
    this.once('connect', () => {
      const p = this._pendingWrite;
      this._pendingWrite = null;
      if (p) this._writeGeneric(p[0], p[1]);
    });
    return;
  }
  this._pendingWrite = null;
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  this._unrefTimer();
  let bytes = 0;
  for (const c of chunks) bytes += byteLengthOf(c);
  const r = this._handle.writev(chunks, (status) => {
    if (status < 0) {
      cb(errnoException(status, 'write'));
      return;
    }
    this._unrefTimer();
    cb();
  });
  if (r < 0) {
    cb(errnoException(r, 'write'));
    return;
  }
  this._bytesDispatched += bytes;
  if (r === 1) cb();
};

Socket.prototype._write = function(chunk, encoding, cb) {
  this._writeGeneric([toBuffer(chunk, encoding)], cb);
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(chunks.map((c) => toBuffer(c.chunk, c.encoding)), cb);
};

Socket.prototype._final = function(cb) {
  if (this.pending || this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const err = this._handle.shutdown((status) => {
    // a peer that already went away is not an error at this point
    cb();
    void status;
  });
  if (err && err !== UV.UV_ENOTCONN) cb(errnoException(err, 'shutdown'));
  else if (err) cb();
};

Socket.prototype._destroy = function(err, cb) {
  this._clearTimer();
  if (this._pendingWrite) {
    // writes queued while connecting fail rather than vanish
    const [, writeCb] = this._pendingWrite;
    this._pendingWrite = null;
    writeCb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
  }
  this.connecting = false;
  if (this._handle) {
    const h = this._handle;
    this._handle = null;
    const isException = !!err;
    h.onread = null;
    const onClosed = () => this.emit('close', isException);
    if (this._resetAndClosing) {
      this._resetAndClosing = false;
      const r = h.closeReset(onClosed);
      if (r) {
        this.emit('error', errnoException(r, 'reset'));
        h.close(onClosed);
      }
    } else {
      h.close(onClosed);
    }
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
  } else {
    process.nextTick(() => this.emit('close', !!err));
  }
  cb(err);
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

Socket.prototype.setNoDelay = function(enable) {
  if (typeof this._handle?.setNoDelay === 'function') {
    this._handle.setNoDelay(enable === undefined ? true : !!enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelay = 0) {
  if (typeof this._handle?.setKeepAlive === 'function') {
    this._handle.setKeepAlive(!!enable, Math.floor(initialDelay / 1000));
  }
  return this;
};

// Closes a TCP connection with RST instead of FIN.
Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (typeof this._handle.kind !== 'function' || this._handle.kind() !== 'TCP') {
      throw new ERR_INVALID_HANDLE_TYPE();
    }
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this._resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._clearTimer = function() {
  if (this._timer) clearTimeout(this._timer);
  this._timer = null;
};

Socket.prototype._unrefTimer = function() {
  if (this._timer) this._timer.refresh();
};

Socket.prototype.setTimeout = function(msecs, callback) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  this._clearTimer();
  this.timeout = msecs;
  if (msecs > 0) {
    // a socket destroyed meanwhile has nothing left to time out
    this._timer = setTimeout(() => { if (!this.destroyed) this.emit('timeout'); }, msecs);
    this._timer.unref();
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};

Socket.prototype.address = function() {
  if (!this._handle || this._handle.kind() !== 'TCP') return {};
  const r = this._handle.getsockname();
  return typeof r === 'object' ? r : {};
};

Socket.prototype._getpeername = function() {
  if (this._peername) return this._peername;
  if (!this._handle || typeof this._handle.getpeername !== 'function' || this.connecting) return {};
  const r = this._handle.getpeername();
  if (typeof r !== 'object') return {};
  return (this._peername = r);
};

Object.defineProperties(Socket.prototype, {
  _connecting: { get() { return this.connecting; }, configurable: true },
  pending: {
    get() { return !this._handle || this.connecting; }, configurable: true, enumerable: true,
  },
  readyState: {
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
    configurable: true,
  },
  bufferSize: {
    get() { return this._handle ? this.writableLength + this._handle.getWriteQueueSize() : undefined; },
    configurable: true,
  },
  // what was handed to the handle plus what still waits in the stream
  bytesWritten: {
    get() {
      let bytes = this._bytesDispatched;
      const buffered = this.writableBuffer;
      if (!buffered) return undefined;
      for (const el of buffered) {
        bytes += typeof el.chunk === 'string' ? Buffer.byteLength(el.chunk, el.encoding) : el.chunk.length;
      }
      if (this._pendingWrite) for (const c of this._pendingWrite[0]) bytes += byteLengthOf(c);
      return bytes;
    },
    configurable: true,
  },
  remoteAddress: { get() { return this._getpeername().address; }, configurable: true },
  remoteFamily: { get() { return this._getpeername().family; }, configurable: true },
  remotePort: { get() { return this._getpeername().port; }, configurable: true },
  localAddress: { get() { return this.address().address; }, configurable: true },
  localPort: { get() { return this.address().port; }, configurable: true },
  localFamily: { get() { return this.address().family; }, configurable: true },
});

// Maps a host to an address we can connect to without a resolver.
function lookupHost(host) {
  if (host === undefined || host === null || host === '' || host === 'localhost') return '127.0.0.1';
  if (isIP(host)) return host;
  return null;
}

function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const a0 = args[0];
  let options = {};
  if (typeof a0 === 'object' && a0 !== null) options = a0;
  else if (typeof a0 === 'string' && Number.isNaN(Number(a0)) && a0 !== '') options.path = a0;
  else {
    options.port = a0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

Socket.prototype.connect = function(...args) {
  let [options, cb] = Array.isArray(args[0]) && args.length === 1 ? args[0] : normalizeArgs(args);
  if (this.destroyed) {
    this._undestroy();
    this._handle = null;
  }
  if (cb) this.once('connect', cb);
  const { path } = options;
  if (path != null) validateString(path, 'options.path');
  const pipe = typeof path === 'string' && path !== '';
  if (!this._handle) {
    this._handle = pipe ? sw.newPipe(false) : sw.newTCP();
    initHandle(this);
  }
  this.connecting = true;
  if (pipe) {
    const err = this._handle.connect(path, (status) => afterConnect(this, status, path));
    if (err) process.nextTick(() => this.destroy(errnoException(err, 'connect')));
    return this;
  }
  let { port, host } = options;
  if (port === undefined) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
  }
  port = validatePort(port);
  const { localAddress, localPort, lookup } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (lookup != null) validateFunction(lookup, 'options.lookup');
  this._host = host ?? 'localhost';
  const start = (address) => {
    if (this.destroyed) return;
    if (localAddress || localPort) {
      const berr = this._handle.bind(localAddress || (isIPv6(address) ? '::' : '0.0.0.0'), localPort | 0);
      if (berr) {
        this.destroy(exceptionWithHostPort(berr, 'bind', localAddress, localPort));
        return;
      }
    }
    const err = this._handle.connect(address, port, (status) => afterConnect(this, status, address, port));
    if (err) this.destroy(exceptionWithHostPort(err, 'connect', address, port));
  };
  const host0 = host ?? 'localhost';
  if (typeof lookup === 'function' && !isIP(host0)) {
    // a user resolver (else dns.lookup below)
    lookup(host0, { family: options.family, hints: options.hints || 0, all: false }, (err, ip, family) => {
      this.emit('lookup', err, ip, family, host0);
      if (err) {
        this.destroy(err);
      } else if (!isIP(ip)) {
        this.destroy(new ERR_INVALID_IP_ADDRESS(ip));
      } else if (family !== 4 && family !== 6 && family !== undefined) {
        this.destroy(new ERR_INVALID_ADDRESS_FAMILY(family, host0, port));
      } else {
        start(ip);
      }
    });
    return this;
  }
  const address = lookupHost(host);
  if (address === null) {
    require('dns').lookup(host, { family: options.family || 0, hints: options.hints || 0 }, (err, ip, family) => {
      this.emit('lookup', err, ip, family, host);
      if (err) this.destroy(err);
      else start(ip);
    });
    return this;
  }
  process.nextTick(start, address);
  return this;
};

function afterConnect(self, status, address, port) {
  if (self.destroyed) return;
  self.connecting = false;
  if (status < 0) {
    self.destroy(port !== undefined ? exceptionWithHostPort(status, 'connect', address, port)
      : errnoException(status, 'connect', address));
    return;
  }
  self._unrefTimer();
  if (self._noDelay) self.setNoDelay(true);
  if (self._keepAlive) self.setKeepAlive(true, self._keepAliveDelay * 1000);
  self.emit('connect');
  self.emit('ready');
  if (self.readableFlowing === true || self.listenerCount('data') > 0 ||
      (!self.isPaused() && self.readable)) {
    self.read(0);
  }
}

function connect(...args) {
  const [options, cb] = normalizeArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(options, cb);
}

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.maxConnections = undefined;
  this._pipeName = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._handle; }, configurable: true, enumerable: true,
});

Server.prototype.listen = function(...args) {
  let [options, cb] = normalizeArgs(args);
  if (cb) this.once('listening', cb);
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  // listen(), listen(cb), listen(null) and { port: undefined | null }: any port
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options = { ...options, port: 0 };
  }
  const backlog = typeof args[1] === 'number' ? args[1]
    : typeof args[2] === 'number' ? args[2] : options.backlog;
  if (options instanceof Socket || (options && options._handle && !options.port && !options.path)) {
    options = { handle: options._handle };
  }
  if (options.handle) {
    this._listenOn(options.handle, backlog);
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    const h = createHandle(options.fd, true);
    const err = h.open(options.fd);
    if (err) throw errnoException(err, 'listen');
    this._listenOn(h, backlog);
    return this;
  }
  if (typeof options.path === 'string') {
    const h = sw.newPipe(false);
    const err = h.bind(options.path);
    if (err) {
      h.close();
      process.nextTick(() => this.emit('error', uvExceptionWithHostPort(err, 'listen', options.path, -1)));
      return this;
    }
    this._pipeName = options.path;
    this._listenOn(h, backlog);
    return this;
  }
  let port = options.port ?? 0;
  if (port !== 0 && port !== undefined && port !== null) port = validatePort(port, 'options.port');
  port = Number(port) || 0;
  let host = options.host;
  if (host === 'localhost') host = '127.0.0.1';
  if (host !== undefined && host !== null && !isIP(host)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "host" set to an IP address');
  }
  const h = sw.newTCP();
  let address = host || '::';
  let err = h.bind(address, port, !!options.ipv6Only);
  if (err && !host) {
    // no IPv6 on this machine: fall back to IPv4 like Node does
    address = '0.0.0.0';
    err = h.bind(address, port, false);
  }
  if (err) {
    h.close();
    process.nextTick(() => this.emit('error', uvExceptionWithHostPort(err, 'listen', address, port)));
    return this;
  }
  this._listenOn(h, backlog, address, port);
  return this;
};

Server.prototype._listenOn = function(handle, backlog, address, port) {
  handle.onconnection = (status, clientHandle) => onConnection(this, status, clientHandle);
  const err = handle.listen(backlog || 511);
  if (err) {
    handle.close();
    process.nextTick(() => this.emit('error', uvExceptionWithHostPort(err, 'listen', address, port)));
    return;
  }
  this._handle = handle;
  if (this._unref) handle.unref();
  process.nextTick(() => { if (this._handle) this.emit('listening'); });
};

function onConnection(server, status, clientHandle) {
  if (status < 0) {
    server.emit('error', errnoException(status, 'accept'));
    return;
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    clientHandle.close();
    server.emit('drop', {});
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
  });
  if (server.noDelay) socket.setNoDelay(true);
  if (server.keepAlive) socket.setKeepAlive(true);
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

Server.prototype.address = function() {
  if (!this._handle) return null;
  if (this._pipeName !== undefined) return this._pipeName;
  const r = this._handle.getsockname();
  return typeof r === 'object' ? r : null;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', () => cb(new ERR_SERVER_NOT_RUNNING()));
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections > 0 || this._closeScheduled) return;
  this._closeScheduled = true;
  process.nextTick(() => {
    this._closeScheduled = false;
    if (!this._handle && this._connections === 0) this.emit('close');
  });
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve) => this.close(() => resolve()));
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let simultaneousAcceptsWarned = false;
function _setSimultaneousAccepts() {
  if (!simultaneousAcceptsWarned) {
    simultaneousAcceptsWarned = true;
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
                        'DeprecationWarning', 'DEP0121');
  }
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  Socket,
  Stream: Socket,
  Server,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { autoSelectFamily = !!v; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) {
    validateInt32(v, 'value', 1);
    autoSelectFamilyAttemptTimeout = v < 10 ? 10 : v;
  },
  _createServerHandle: undefined,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
};
