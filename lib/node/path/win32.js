// win32.js — node:path/win32, the same object as require('path').win32.
'use strict';

module.exports = require('path').win32;
