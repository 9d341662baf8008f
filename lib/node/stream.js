// stream.js — node:stream. The implementation is readable-stream v4, the npm
// package that *is* Node's streams for other engines, embedded in the binary
// under node:internal/deps/readable-stream (see package.json); its bare
// requires (buffer, events, process, string_decoder) resolve to our builtins.
'use strict';

const Stream = require('internal/deps/readable-stream/lib/stream');
module.exports = Stream;
