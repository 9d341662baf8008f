// promises.js — node:fs/promises; the implementation is internal/fs/promises.
'use strict';

module.exports = require('internal/fs/promises').exports;
