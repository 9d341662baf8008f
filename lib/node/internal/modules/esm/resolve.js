// resolve.js — Node's ES module resolution (no extension or index guessing,
// package "exports"/"imports" with the import/node/default conditions,
// legacy "main", builtins, electron, data: URLs) and how a resolved URL is
// run: the format of a module (module, commonjs, json, builtin, ...).
// esm/loader.js uses both; import.meta.resolve is resolveSpecifier.
'use strict';

const path = require('path');
const { binding } = require('internal/bootstrap/hooks');
const Module = require('internal/modules/cjs/loader');
const shared = require('internal/modules/package_shared');
const {
  codes: {
    ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION, ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_URL,
  },
} = require('internal/errors');
const fsb = binding('fs');

const conditions = new Set(['import', 'node', 'default']);
if (require('internal/bootstrap/hooks').natives.mode !== 'node') conditions.add('electron');

// Paths and URLs that are the same text but for the scheme (no character a
// file: URL escapes, no dot segments) skip the WHATWG parser: resolving a
// large graph converts between the two thousands of times.
const PLAIN = /^\/[A-Za-z0-9/._~!$&'()*+,;=:@-]*$/;
const DOT_SEGMENT = /\/\.\.?(\/|$)|\/\//;
function isPlain(p) {
  return PLAIN.test(p) && !DOT_SEGMENT.test(p);
}
function fileURL(filename) {
  if (isPlain(filename)) return 'file://' + filename;
  return require('url').pathToFileURL(filename).href;
}
function urlToPath(url) {
  if (typeof url === 'string' && url.startsWith('file:///') && isPlain(url.slice(7))) return url.slice(7);
  return require('url').fileURLToPath(url);
}

// ---- resolution ----

function isRelativeSpecifier(s) {
  return s[0] === '.' && (s.length === 1 || s[1] === '/' || (s[1] === '.' && (s.length === 2 || s[2] === '/')));
}

// Resolves `spec` from the module at `parentURL` (a file: URL, or undefined
// for the working directory). Returns a URL string: file:, node:, or
// electron: for the electron module.
// Successful resolutions, by the parent's directory and the specifier:
// modules of one directory share their imports (lodash-es: ~640 modules,
// ~2000 imports of ~640 files).
const resolved = new Map();

function resolveSpecifier(spec, parentURL) {
  if (typeof spec !== 'string') spec = String(spec);
  let key;
  if (parentURL !== undefined && parentURL.startsWith('file:')) {
    key = parentURL.slice(0, parentURL.lastIndexOf('/') + 1) + '\0' + spec;
    const hit = resolved.get(key);
    if (hit !== undefined) return hit;
  }
  let url = resolveUncached(spec, parentURL);
  // a file of an installed @electron/remote that is one of its entry points
  // is the built-in half, as require() of it is
  if (url.startsWith('file:')) {
    const remote = shared.remotePackageFile(urlToPath(url));
    if (remote !== undefined && shared.electronBuiltin(remote) !== undefined) url = 'electron:' + remote;
  }
  if (key !== undefined) resolved.set(key, url);
  return url;
}

function resolveUncached(spec, parentURL) {
  const base = parentURL ?? fileURL(process.cwd() + '/');
  const baseShown = parentURL && parentURL.startsWith('file:') ? urlToPath(parentURL) : base;
  if (spec.startsWith('node:')) {
    if (!Module.isBuiltin(spec)) throw new ERR_UNKNOWN_BUILTIN_MODULE(spec);
    return spec;
  }
  if (Module.isBuiltin(spec)) return 'node:' + spec;
  // Electron's names are one module with one URL, electron:electron
  if (shared.isElectronName(spec)) return 'electron:electron';
  if (shared.electronBuiltin(spec) !== undefined) return 'electron:' + spec;
  let url;
  if (isRelativeSpecifier(spec) && !spec.endsWith('/') && parentURL !== undefined &&
      parentURL.startsWith('file:///') && PLAIN.test('/' + spec)) {
    // the common case, without the URL parser: ./x.js next to a plain path
    const parentPath = urlToPath(parentURL);
    const filename = path.resolve(path.dirname(parentPath), spec);
    if (isPlain(filename)) return finalizeResolution(new PlainURL(filename), baseShown, spec);
  }
  if (spec[0] === '/' || isRelativeSpecifier(spec)) {
    url = new URL(spec, base);
  } else if (spec[0] === '#') {
    const r = shared.packageImportsResolve(spec, urlToPath(base), conditions);
    if (r && typeof r === 'object' && r.bare) return resolveSpecifier(r.bare, parentURL);
    url = new URL(fileURL(r));
  } else {
    let parsed = null;
    try { parsed = new URL(spec); } catch { /* a bare specifier */ }
    if (parsed !== null) {
      if (parsed.protocol !== 'file:') return parsed.href;   // load() rejects what it cannot fetch
      url = parsed;
    } else {
      url = new URL(fileURL(packageResolve(spec, base, baseShown)));
    }
  }
  if (url.protocol !== 'file:') return url.href;
  return finalizeResolution(url, baseShown, spec);
}

// The part of a URL finalizeResolution reads, for a plain path.
class PlainURL {
  constructor(filename) {
    this.pathname = filename;
    this.href = 'file://' + filename;
    this.search = '';
    this.hash = '';
  }
}

function finalizeResolution(url, baseShown, spec) {
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url.pathname, 'must not include encoded "/" or "\\" characters', baseShown);
  }
  const filename = url instanceof PlainURL ? url.pathname : urlToPath(url);
  const rc = fsb.internalModuleStat(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (rc === 1) {
    const err = new ERR_UNSUPPORTED_DIR_IMPORT(filename, baseShown, url.href);
    // defined, not assigned: a setter on Error.prototype must not run
    Object.defineProperty(err, 'url', { value: url.href, writable: true, enumerable: true, configurable: true });
    if (spec !== undefined && isRelativeSpecifier(spec)) {
      const pkg = shared.readPackage(filename);
      const main = pkg && typeof pkg.main === 'string' ? pkg.main : 'index.js';
      if (fsb.internalModuleStat(path.resolve(filename, main)) === 0) {
        err.message += `\nDid you mean to import "${spec.replace(/\/$/, '')}/${main.replace(/^\.\//, '')}"?`;
      }
    }
    throw err;
  }
  if (rc !== 0) {
    throw new ERR_MODULE_NOT_FOUND(filename, baseShown, url.href);
  }
  if (process.execArgv.includes('--preserve-symlinks')) return url.href;
  return fileURL(fsb.realpath(filename)) + url.search + url.hash;
}

const PACKAGE_NAME = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function packageResolve(spec, base, baseShown) {
  const m = PACKAGE_NAME.exec(spec);
  if (!m || spec.startsWith('@') && !spec.includes('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(spec, 'is not a valid package name', baseShown);
  }
  const name = m[1];
  const subpath = '.' + (m[2] || '');
  const basePath = urlToPath(base);
  // self-reference
  const scope = shared.readPackageScope(basePath);
  if (scope && scope.data.name === name && scope.data.exports != null) {
    return packageTarget(shared.packageExportsResolve(scope.path, subpath, scope.data, baseShown, conditions), baseShown);
  }
  let dir = path.dirname(basePath.endsWith('/') ? basePath + 'x' : basePath);
  for (;;) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (fsb.internalModuleStat(pkgDir) === 1) {
      const pkg = shared.readPackage(pkgDir);
      if (pkg && pkg.exports != null) {
        return packageTarget(shared.packageExportsResolve(pkgDir, subpath, pkg, baseShown, conditions), baseShown);
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, pkg, baseShown);
      return path.join(pkgDir, subpath);
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ERR_MODULE_NOT_FOUND(name, baseShown);
}

function packageTarget(r, baseShown) {
  if (r && typeof r === 'object' && r.bare) return packageResolve(r.bare, fileURL(baseShown), baseShown);
  return r;
}

// A package without "exports": its "main" with the few guesses Node still
// makes for it, then index.js.
function legacyMainResolve(pkgDir, pkg, baseShown) {
  const tries = [];
  if (pkg && typeof pkg.main === 'string' && pkg.main !== '') {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js', m + '/index.json', m + '/index.node');
  }
  tries.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  for (const t of tries) {
    if (fsb.internalModuleStat(t) === 0) {
      if (t !== tries[0] || tries.length === 3) warnGuessedMain(t, pkgDir, pkg, baseShown);
      return t;
    }
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, baseShown);
}

// DEP0151: an ES module found by guessing the extension of "main" or by the
// index fallback.
function warnGuessedMain(file, pkgDir, pkg, baseShown) {
  if (process.noDeprecation) return;
  let format;
  try { format = formatOfFile(file); } catch { return; }
  if (format !== 'module') return;
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : '';
  const rel = path.relative(pkgDir, file);
  const msg = main === '' ?
    `No "main" or "exports" field defined in the package.json for ${pkgDir}/ resolving the main entry ` +
      `point "${rel}", imported from ${baseShown}.\nDefault "index" lookups for the main are deprecated ` +
      'for ES modules.' :
    `Package ${pkgDir}/ has a "main" field set to "${main}", excluding the full filename and extension to ` +
      `the resolved file at "${rel}", imported from ${baseShown}.\n Automatic extension resolution of the ` +
      '"main" field is deprecated for ES modules.';
  process.emitWarning(msg, 'DeprecationWarning', 'DEP0151');
}

// ---- formats ----

function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('electron:')) return 'electron';
  if (url.startsWith('data:')) {
    // data:<type>/<subtype>[;params],<body>
    const m = /^data:([^/]+\/[^,;]+)[^,]*,/.exec(url);
    if (m === null) throw new ERR_INVALID_URL(url);
    const mime = m[1];
    if (/^\s*(text|application)\/javascript\s*$/i.test(mime)) return 'module';
    if (mime === 'application/json') return 'json';
    throw unknownModuleFormat(mime, url);
  }
  if (!url.startsWith('file:')) throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new URL(url), ['file', 'data', 'node']);
  const filename = urlToPath(url);
  return formatOfFile(filename);
}

// Node's ERR_UNKNOWN_MODULE_FORMAT (a data: URL of another type), which
// internal/errors does not define.
function unknownModuleFormat(format, url) {
  const err = new RangeError(`Unknown module format: ${format} for URL ${url}`);
  err.code = 'ERR_UNKNOWN_MODULE_FORMAT';
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return err;
}

function formatOfFile(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') {
    const scope = shared.readPackageScope(filename);
    const type = scope && scope.data.type;
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return ext === '.js' ? 'commonjs-or-module' : 'commonjs';
  }
  if (ext === '.node') return 'addon';
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

module.exports = { resolveSpecifier, formatOf, formatOfFile, fileURL, urlToPath };
