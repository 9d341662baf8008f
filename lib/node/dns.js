// dns.js — node:dns over the system resolver (internalBinding('dns'),
// src/core/dns.c: getaddrinfo / getnameinfo on libuv's threadpool):
// lookup (family, all, hints, order), lookupService, their promise forms
// (dns.promises, node:dns/promises), the result-order setting and Node's
// dns error objects and codes. The DNS-protocol queries of Node's c-ares
// side (resolve*, reverse, Resolver, setServers) are not provided.
'use strict';

const binding = internalBinding('dns');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT },
} = require('internal/errors');
const { validateFunction, validateString, validateOneOf } = require('internal/validators');

let defaultOrder = 'verbatim';

function isIP(s) {
  return require('net').isIP(s);
}

// Node's error for a failed getaddrinfo/getnameinfo
function dnsError(code, syscall, hostname) {
  const name = binding.errName(code);
  const err = new Error(`${syscall} ${name}${hostname ? ` ${hostname}` : ''}`);
  err.errno = code;
  err.code = name;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

function order(list, verbatim) {
  if (verbatim) return list;
  if (defaultOrder === 'ipv4first') return [...list].sort((a, b) => a.family - b.family);
  if (defaultOrder === 'ipv6first') return [...list].sort((a, b) => b.family - a.family);
  return list;
}

function lookup(hostname, options, callback) {
  if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('hostname', 'string', hostname);
  }
  if (typeof options === 'function') {
    callback = options;
    options = 0;
  }
  validateFunction(callback, 'callback');
  let family = 0, hints = 0, all = false, verbatim = defaultOrder === 'verbatim';
  if (typeof options === 'number') {
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.family !== undefined) {
      family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    }
    if (options.hints !== undefined) hints = options.hints >>> 0;
    all = options.all === true;
    if (options.verbatim !== undefined) verbatim = options.verbatim === true;
    if (options.order !== undefined) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      verbatim = options.order === 'verbatim';
    }
  }
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
  }
  if (!hostname) {
    // Node answers an empty name without asking anyone
    process.nextTick(() => (all ? callback(null, []) : callback(null, null, family === 6 ? 6 : 4)));
    return {};
  }
  const ipFamily = isIP(hostname);
  if (ipFamily !== 0) {
    process.nextTick(() => (all ? callback(null, [{ address: hostname, family: ipFamily }])
      : callback(null, hostname, ipFamily)));
    return {};
  }
  const rc = binding.getaddrinfo(hostname, family, hints, (err, flat) => {
    if (err !== null) {
      callback(dnsError(err, 'getaddrinfo', hostname));
      return;
    }
    const list = [];
    for (let i = 0; i < flat.length; i += 2) list.push({ address: flat[i], family: flat[i + 1] });
    const sorted = order(list, verbatim);
    if (all) callback(null, sorted);
    else if (sorted.length === 0) callback(dnsError(-3008, 'getaddrinfo', hostname));
    else callback(null, sorted[0].address, sorted[0].family);
  });
  if (rc < 0) process.nextTick(callback, dnsError(rc, 'getaddrinfo', hostname));
  return {};
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ERR_SOCKET_BAD_PORT('port', port);
  }
  validateFunction(callback, 'callback');
  const rc = binding.getnameinfo(address, port, (err, hostname, service) => {
    if (err !== null) callback(dnsError(err, 'getnameinfo', address));
    else callback(null, hostname, service);
  });
  if (rc < 0) process.nextTick(callback, dnsError(rc, 'getnameinfo', address));
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = value;
}

const promises = {
  lookup(hostname, options) {
    return new Promise((resolve, reject) => {
      lookup(hostname, options, (err, address, family) => {
        if (err) reject(err);
        else if (Array.isArray(address)) resolve(address);
        else resolve({ address, family });
      });
    });
  },
  lookupService(address, port) {
    return new Promise((resolve, reject) => {
      lookupService(address, port, (err, hostname, service) => {
        if (err) reject(err);
        else resolve({ hostname, service });
      });
    });
  },
  getDefaultResultOrder,
  setDefaultResultOrder,
};

// the error codes Node exports (c-ares's names)
const codes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR',
  'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: binding.ADDRCONFIG,
  ALL: binding.ALL,
  V4MAPPED: binding.V4MAPPED,
  promises,
};
for (const c of codes) module.exports[c] = `E${c}`;
