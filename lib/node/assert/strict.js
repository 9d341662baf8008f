// strict.js — node:assert/strict: assert in strict mode (equal is
// strictEqual, deepEqual is deepStrictEqual, ...).
'use strict';

module.exports = require('assert').strict;
