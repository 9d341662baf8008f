// console.js — node:console: the global console object, with Console.
'use strict';

module.exports = require('internal/console/global');
