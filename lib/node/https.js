// https.js — node:https: node:http over node:tls (TLS 1.2/1.3 from
// OpenSSL, the system's certificate store or the `ca` given): request/get
// with ClientRequest (TLS options such as ca, rejectUnauthorized,
// servername, key/cert reach tls.connect), Agent/globalAgent with port 443,
// and createServer/Server (key, cert) answering with node:http's server.
'use strict';

const http = require('http');
const tls = require('tls');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }

  createConnection(options, cb) {
    return tls.connect(options, cb);
  }
}

const globalAgent = new Agent();

function request(input, options, cb) {
  return new http.ClientRequest(input, options, cb, { protocol: 'https:', port: 443, agent: globalAgent });
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

class Server extends tls.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') [options, requestListener] = [{}, options];
    super(options);
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    if (requestListener) this.on('request', requestListener);
    this.on('secureConnection', (socket) => http._connectionListener(this, socket));
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Agent, globalAgent, Server, createServer, request, get };
