// promises.js — node:stream/promises: pipeline() and finished() as promises.
'use strict';

module.exports = require('internal/deps/readable-stream/lib/stream/promises');
