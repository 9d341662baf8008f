// module.js — node:module: the CommonJS Module class and its statics.
'use strict';

module.exports = require('internal/modules/cjs/loader');
