// init.js — starts the Electron main process: finds the app (a directory with
// package.json, or a .js file) and runs its main script.
'use strict';

function start() {
  const path = require('path');
  const fs = process.__cathodeLoader.binding('fs');
  const Module = require('internal/modules/cjs/loader');
  const appArg = path.resolve(process.argv[1]);
  let mainScript = appArg;
  if (fs.internalModuleStat(appArg) === 1) {
    const pjPath = path.join(appArg, 'package.json');
    let pj = {};
    try {
      pj = JSON.parse(fs.readFileUtf8(pjPath));
    } catch (e) {
      if (e.code !== 'ENOENT') {
        e.message = `${pjPath}: ${e.message}`;
        throw e;
      }
    }
    mainScript = path.resolve(appArg, pj.main || 'index.js');
  }
  Module.runMain(mainScript);
}

module.exports = { start };
