// tls.js — node:tls on OpenSSL (internalBinding('tls'), src/core/tls.c):
// TLSSocket (a Duplex that encrypts over a node:net socket: the engine runs
// on memory buffers and this file moves records between it and the
// socket), connect() with SNI, host-name checks and Node's certificate
// errors (rejectUnauthorized, ca), createServer()/Server with key/cert,
// createSecureContext, checkServerIdentity's codes. TLS 1.2 and 1.3.
//
// Not provided: client certificates, ALPN, session resumption and tickets,
// PSK, renegotiation, getPeerCertificate(true)'s chain, OCSP, keylog.
'use strict';

const net = require('net');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');

const binding = internalBinding('tls');

// X509_V_ERR_* numbers (OpenSSL 3) → Node's error codes
const verifyCodes = {
  2: 'UNABLE_TO_GET_ISSUER_CERT', 7: 'CERT_SIGNATURE_FAILURE', 9: 'CERT_NOT_YET_VALID',
  10: 'CERT_HAS_EXPIRED', 18: 'DEPTH_ZERO_SELF_SIGNED_CERT', 19: 'SELF_SIGNED_CERT_IN_CHAIN',
  20: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 21: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 23: 'CERT_REVOKED',
  24: 'INVALID_CA', 26: 'INVALID_PURPOSE', 27: 'CERT_UNTRUSTED', 28: 'CERT_REJECTED',
};
const kHostMismatch = 62, kIpMismatch = 64;

class SecureContext {
  constructor(options = {}, isServer = false) {
    const ctx = binding.contextNew(isServer, pem(options.ca), pem(options.cert), pem(options.key));
    if (typeof ctx === 'string') throw new Error(ctx);
    this.context = ctx;
  }
}

function pem(v) {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : Buffer.from(x).toString())).join('\n');
  return v;
}

function createSecureContext(options) {
  return new SecureContext(options, false);
}

function certAltnames(cert) {
  return cert && cert.subjectaltname ? cert.subjectaltname : '';
}

class TLSSocket extends Duplex {
  constructor(socket, options = {}) {
    super({ allowHalfOpen: true });
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.servername = options.servername || null;
    this._tlsOptions = options;
    this._server = !!options.isServer;
    this._secure = false;
    this._pending = []; // [chunk, callback] written before the handshake ended
    this._socket = socket || new net.Socket();
    const context = (options.secureContext || new SecureContext(options, this._server)).context;
    this._session = binding.sessionNew(context, this._server, this._server ? null : this.servername,
      this._server ? null : options.host || null);
    this._socket.on('data', (d) => {
      binding.feed(this._session, d);
      this._pump();
    });
    this._socket.on('end', () => {
      this._pump();
      this.push(null);
    });
    this._socket.on('error', (err) => this.destroy(err));
    this._socket.on('close', () => {
      if (!this.destroyed) this.destroy();
    });
    this._socket.on('timeout', () => this.emit('timeout'));
  }

  _pump() {
    if (this.destroyed) return;
    const [out, plain, justDone, error, verifyText, closed] = binding.pump(this._session);
    if (justDone) this._verifyText = verifyText;
    if (out.length && !this._socket.destroyed) this._socket.write(out);
    if (error !== null) {
      const err = new Error(error);
      const m = /:([^:]+)$/.exec(error);
      err.code = m ? `ERR_SSL_${m[1].trim().toUpperCase().replace(/ /g, '_')}` : 'ERR_SSL_ERROR';
      this.destroy(err);
      return;
    }
    if (justDone) this._onHandshake();
    if (plain !== null) this.push(plain);
    if (closed) this.push(null);
  }

  _onHandshake() {
    if (this._server) {
      this.authorized = false;
      this._finishHandshake();
      return;
    }
    const code = this._session.verifyCode;
    const cert = this.getPeerCertificate();
    let err = null;
    if (code === kHostMismatch || code === kIpMismatch) {
      const host = this.servername || this._tlsOptions.host;
      err = new Error(`Hostname/IP does not match certificate's altnames: ${net.isIP(host) ? 'IP' : 'Host'}: ${host}. ` +
        `is not in the cert's altnames: ${certAltnames(cert)}`);
      err.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
      err.reason = err.message.split(': ').slice(1).join(': ');
      err.host = host;
      err.cert = cert;
    } else if (code !== 0) {
      err = new Error(this._verifyText || `certificate verify error ${code}`);
      err.code = verifyCodes[code] || `X509_V_ERR_${code}`;
    }
    this.authorized = err === null;
    this.authorizationError = err === null ? null : err.code;
    if (err !== null && this._tlsOptions.rejectUnauthorized !== false) {
      this.destroy(err);
      return;
    }
    this._finishHandshake();
  }

  _finishHandshake() {
    this._secure = true;
    const pending = this._pending;
    this._pending = [];
    for (const [chunk, cb] of pending) this._write(chunk, null, cb);
    this.emit(this._server ? 'secure' : 'secureConnect');
  }

  _read() {}

  _write(chunk, encoding, callback) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    if (!this._secure) {
      this._pending.push([buf, callback]);
      return;
    }
    let off = 0;
    while (off < buf.length) {
      const n = binding.write(this._session, buf.subarray(off));
      if (n <= 0) break;
      off += n;
    }
    this._pump();
    callback();
  }

  _final(callback) {
    const done = () => {
      binding.shutdown(this._session);
      this._pump();
      this._socket.end();
      callback();
    };
    if (this._secure) done();
    else this.once(this._server ? 'secure' : 'secureConnect', done);
  }

  _destroy(err, callback) {
    for (const [, cb] of this._pending) cb(err || new Error('socket closed'));
    this._pending = [];
    this._socket.destroy();
    callback(err);
  }

  getPeerCertificate() {
    return binding.peerCertificate(this._session) || {};
  }

  getProtocol() { return this._secure ? binding.info(this._session)[0] : null; }
  getCipher() {
    if (!this._secure) return null;
    const [version, name] = binding.info(this._session);
    return { name, standardName: name, version };
  }

  get remoteAddress() { return this._socket.remoteAddress; }
  get remotePort() { return this._socket.remotePort; }
  get remoteFamily() { return this._socket.remoteFamily; }
  get localAddress() { return this._socket.localAddress; }
  get localPort() { return this._socket.localPort; }
  get connecting() { return this._socket.connecting; }
  address() { return this._socket.address(); }
  setTimeout(ms, cb) { this._socket.setTimeout(ms); if (cb) this.once('timeout', cb); return this; }
  setNoDelay(v) { this._socket.setNoDelay(v); return this; }
  setKeepAlive(e, d) { this._socket.setKeepAlive(e, d); return this; }
  ref() { this._socket.ref(); return this; }
  unref() { this._socket.unref(); return this; }
}

function connect(...args) {
  let options = {};
  let cb;
  for (const a of args) {
    if (typeof a === 'function') cb = a;
    else if (typeof a === 'number' || (typeof a === 'string' && /^\d+$/.test(a))) options.port = Number(a);
    else if (typeof a === 'string') options.host = a;
    else if (a && typeof a === 'object') options = { ...options, ...a };
  }
  const host = options.host || 'localhost';
  const servername = options.servername ?? (net.isIP(host) ? null : host);
  const socket = options.socket || net.connect({ host, port: options.port, family: options.family,
    localAddress: options.localAddress, lookup: options.lookup });
  const tlsSocket = new TLSSocket(socket, { ...options, host, servername, isServer: false });
  if (cb) tlsSocket.once('secureConnect', cb);
  const start = () => tlsSocket._pump();
  if (socket.connecting) socket.once('connect', start);
  else process.nextTick(start);
  return tlsSocket;
}

class Server extends net.Server {
  constructor(options = {}, listener) {
    if (typeof options === 'function') [options, listener] = [{}, options];
    super();
    this._secureContext = new SecureContext(options, true);
    this._tlsOptions = options;
    if (listener) this.on('secureConnection', listener);
    this.on('connection', (socket) => {
      const t = new TLSSocket(socket, { ...options, isServer: true, secureContext: this._secureContext });
      t.once('secure', () => this.emit('secureConnection', t));
      t.on('error', (err) => {
        if (!t._secure) this.emit('tlsClientError', err, t);
      });
    });
  }

  setSecureContext(options) {
    this._secureContext = new SecureContext(options, true);
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function checkServerIdentity(hostname, cert) {
  const alt = certAltnames(cert);
  const names = alt.split(', ').filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4).toLowerCase());
  const ips = alt.split(', ').filter((s) => s.startsWith('IP Address:')).map((s) => s.slice(11));
  const h = String(hostname).toLowerCase();
  const match = (pattern) => pattern === h ||
    (pattern.startsWith('*.') && h.endsWith(pattern.slice(1)) && h.split('.').length === pattern.split('.').length);
  if (net.isIP(h) ? ips.includes(h) : names.some(match) || (!names.length && cert.subject && cert.subject.CN === h)) {
    return undefined;
  }
  const err = new Error(`Hostname/IP does not match certificate's altnames: ${net.isIP(h) ? 'IP' : 'Host'}: ${hostname}. ` +
    `is not in the cert's altnames: ${alt}`);
  err.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
  err.host = hostname;
  err.cert = cert;
  return err;
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  createSecureContext,
  createServer,
  getCiphers() { return require('crypto').getCiphers(); },
};

// the system's trusted roots (what contexts use without a `ca`), as PEM
let roots;
Object.defineProperty(module.exports, 'rootCertificates', {
  enumerable: true,
  get() {
    if (roots === undefined) {
      let text = '';
      for (const f of ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt']) {
        try { text = require('fs').readFileSync(f, 'latin1'); break; } catch { /* next */ }
      }
      roots = Object.freeze(text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g) || []);
    }
    return roots;
  },
});
