// promises.js — node:dns/promises: dns.promises (lib/node/dns.js).
'use strict';

module.exports = require('dns').promises;
