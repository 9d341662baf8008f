// global.js — the global console: a Console over process.stdout/stderr.
'use strict';

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr, lazy: true });
module.exports = globalConsole;
