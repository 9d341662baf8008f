// ES modules: Node's ESM resolution (package exports/imports with the import
// condition, legacy main, no extension guessing, no directory index) and its
// error codes and messages; import attributes for JSON.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'fixtures/esm');
const out = execFileSync(process.execPath, [path.join(dir, 'resolve.mjs')], { encoding: 'utf8' });
const from = path.join(dir, 'resolve.mjs');
assert.strictEqual(out, [
  'esm sub sub 1 1 2 cjs',
  `ERR_UNSUPPORTED_DIR_IMPORT Directory import '${dir}/dir' is not supported resolving ES modules imported from ${from}`,
  'Did you mean to import "./dir/index.js"?',
  `ERR_MODULE_NOT_FOUND Cannot find module '${dir}/nope.mjs' imported from ${from}`,
  `ERR_MODULE_NOT_FOUND Cannot find module '${dir}/lib' imported from ${from}`,
  `ERR_MODULE_NOT_FOUND Cannot find package 'nopkg' imported from ${from}`,
  `ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './nope' is not defined by "exports" in ${dir}/node_modules/pkg/package.json imported from ${from}`,
  `ERR_IMPORT_ATTRIBUTE_MISSING Module "file://${dir}/data.json" needs an import attribute of "type: json"`,
  `ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE Module "file://${dir}/lib.mjs" is not of type "json"`,
  'true true', '',
].join('\n'));
