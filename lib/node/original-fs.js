// original-fs.js — Electron's `original-fs`: the fs API without the asar
// archive support Electron adds to `fs`. cathode reads no asar archives, so
// these are fs's own functions; the module is a separate object, as in
// Electron, so that patches later applied to `fs` (graceful-fs and the
// like) do not reach it.
'use strict';

module.exports = { ...require('fs') };
