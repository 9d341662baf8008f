// loader.js — node:module's CommonJS loader: Node's resolution algorithm
// (relative and absolute paths, node_modules walk-up, package.json "main",
// "exports" and "imports" with conditions, index files, extensions, the
// node: prefix), require.cache, require.resolve(request, { paths }),
// createRequire, cycles, and Node's MODULE_NOT_FOUND errors.
'use strict';

const path = require('path');
const { binding, requireBuiltin, builtinIds, setPublicRequire, natives } = require('internal/bootstrap/hooks');
const fsb = binding('fs');
const builtins = binding('builtins');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const WRAPPER_PARAMS = 'exports, require, module, __filename, __dirname';
const WRAPPER_HEAD = `(function (${WRAPPER_PARAMS}) {`;
const wrapper = [`(function (${WRAPPER_PARAMS}) { `, '\n});'];

// ---- builtins ----
const publicBuiltins = [];
for (const id of builtinIds) {
  if (id.startsWith('node:') && !id.startsWith('node:internal/') && !id.endsWith('.json')) {
    publicBuiltins.push(id.slice(5));
  }
}
publicBuiltins.sort();
const publicBuiltinSet = new Set(publicBuiltins);
// Builtins that exist only with the node: prefix, as in Node.
const schemeOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);

function isBuiltin(request) {
  if (typeof request !== 'string') return false;
  if (request.startsWith('node:')) return publicBuiltinSet.has(request.slice(5));
  return publicBuiltinSet.has(request) && !schemeOnly.has(request);
}

function loadBuiltin(id) {
  return requireBuiltin('node:' + id);
}

// The names Electron gives its own module. They are one module: the
// process's own (main's in main, the page's in a renderer), whichever name
// asks; the subpaths only narrow TypeScript's types (electron/main in a
// renderer is the renderer's module, as in Electron). Run-as-node has none.
const electronNames = new Set(['electron', 'electron/main', 'electron/common', 'electron/renderer', 'electron/utility']);

function isElectronName(request) {
  return natives.mode !== 'node' && electronNames.has(request);
}

// The builtin id that a request for Electron's module (or the built-in
// @electron/remote) is in this process kind, or undefined (run-as-node).
function electronBuiltin(request) {
  if (natives.mode === 'node') return undefined;
  if (electronNames.has(request)) {
    return natives.mode === 'renderer' ? 'electron/renderer/index' : 'electron/main/index';
  }
  // the remote module is built in under the npm package's names too
  if (request === '@electron/remote') return remoteBuiltin('');
  return typeof request === 'string' && request.startsWith('@electron/remote/') ?
    remoteBuiltin(request.slice(17)) : undefined;
}

// The entry points of the npm package @electron/remote, by their path in the
// package ('' is the package itself), and the built-in half each one is:
// bundlers and old apps name the files (main/index.js,
// dist/src/main/index.js) rather than the package's short names.
const remoteEntries = new Map();
for (const [half, dirs] of [['main', ['main', 'dist/src/main']],
  ['renderer', ['', 'renderer', 'dist/src/renderer']]]) {
  for (const dir of dirs) {
    if (dir === '') {
      remoteEntries.set('', half);
      continue;
    }
    for (const sub of [dir, `${dir}/index`, `${dir}/index.js`]) remoteEntries.set(sub, half);
  }
}

function remoteBuiltin(subpath) {
  const half = remoteEntries.get(subpath);
  if (half === 'renderer') {
    if (natives.mode === 'renderer') return 'electron/renderer/remote_module';
    throw new Error('"@electron/remote" cannot be required in the browser process. ' +
      'Instead require("@electron/remote/main").');
  }
  if (half === 'main') return natives.mode === 'main' ? 'electron/main/remote_main' : undefined;
  return undefined;
}

// A resolved file that is one of those entry points inside an installed
// @electron/remote (node_modules, pnpm's store, a vendored copy: its
// package.json names it): the bare name it stands for, else undefined.
function remotePackageFile(filename) {
  if (natives.mode === 'node' || typeof filename !== 'string' || !filename.endsWith(path.sep + 'index.js')) {
    return undefined;
  }
  const scope = readPackageScope(filename);
  if (!scope || scope.data.name !== '@electron/remote') return undefined;
  const subpath = filename.slice(scope.path.length + 1).split(path.sep).join('/');
  if (!remoteEntries.has(subpath)) return undefined;
  return remoteEntries.get(subpath) === 'main' ? '@electron/remote/main' : '@electron/remote';
}

// ---- stat / package.json caches ----
const statCache = new Map();
function stat(filename) {
  let r = statCache.get(filename);
  if (r === undefined) {
    r = fsb.internalModuleStat(filename);
    statCache.set(filename, r);
  }
  return r;
}
function clearStatCacheSoon() {
  // the cache is only valid within one synchronous require() tree
  statCache.clear();
}

const packageJsonCache = new Map();
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  const cached = packageJsonCache.get(jsonPath);
  if (cached !== undefined) return cached;
  let json;
  try {
    json = fsb.readFileUtf8(jsonPath);
  } catch {
    packageJsonCache.set(jsonPath, false);
    return false;
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    e.path = jsonPath;
    e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
    throw e;
  }
  const filtered = {
    name: parsed.name,
    main: parsed.main,
    exports: parsed.exports,
    imports: parsed.imports,
    type: parsed.type,
    exists: true,
    pjsonPath: jsonPath,
  };
  packageJsonCache.set(jsonPath, filtered);
  return filtered;
}

function readPackageScope(checkPath) {
  const rootSeparatorIndex = checkPath.indexOf(path.sep);
  let separatorIndex;
  do {
    separatorIndex = checkPath.lastIndexOf(path.sep);
    checkPath = checkPath.slice(0, separatorIndex);
    if (checkPath.endsWith(path.sep + 'node_modules')) return false;
    const pjson = readPackage(checkPath + path.sep);
    if (pjson) return { data: pjson, path: checkPath };
  } while (separatorIndex > rootSeparatorIndex);
  return false;
}

// ---- Module ----
function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = Object.freeze(publicBuiltins.filter((m) => !schemeOnly.has(m)));
Module.isBuiltin = isBuiltin;
Module.wrapper = wrapper;
Module.wrap = function wrap(script) { return wrapper[0] + script + wrapper[1]; };
Module._debug = function _debug() {};
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
// JavaScriptCore's C API has no bytecode cache to enable: report it as disabled.
Module.enableCompileCache = function enableCompileCache() {
  return { status: Module.constants.compileCacheStatus.DISABLED };
};
Module.constants = { compileCacheStatus: { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 } };
Module.getCompileCacheDir = function getCompileCacheDir() { return undefined; };
Module.flushCompileCache = function flushCompileCache() {};

Object.defineProperty(Module.prototype, 'parent', {
  get() { return this[kParent]; },
  set(v) { this[kParent] = v; },
  enumerable: false, configurable: true,
});
const kParent = Symbol('kParent');

Module._initPaths = function _initPaths() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  // $PREFIX/lib/node as in Node, except in a source checkout, where it is
  // cathode's own lib/node (whose files are builtins, not user modules).
  const prefixLib = path.resolve(prefixDir, 'lib', 'node');
  const isOwnSource = fsb.internalModuleStat(path.join(prefixLib, 'internal', 'bootstrap', 'node.js')) === 0;
  let paths = isOwnSource ? [] : [prefixLib];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter((p) => !!p).concat(paths);
  }
  Module.globalPaths = paths.slice();
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== 'node_modules'.length) paths.push(from.slice(0, last) + '/node_modules');
      last = i;
      p = 0;
    } else if (p !== -1) {
      if ('node_modules'.charCodeAt('node_modules'.length - 1 - p) === code) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths;
    if (parent?.paths?.length) paths = parent.paths.concat(Module.globalPaths);
    else paths = Module.globalPaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  if (process.execArgv.includes('--preserve-symlinks') && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let r = realpathCache.get(requestPath);
  if (r === undefined) {
    r = fsb.realpath(requestPath);
    realpathCache.set(requestPath, r);
  }
  return r;
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const pkgMain = pkg && pkg.main;
  if (typeof pkgMain !== 'string' || pkgMain === '') {
    return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  }
  const filename = path.resolve(requestPath, pkgMain);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      const jsonPath = path.resolve(requestPath, 'package.json');
      process.emitWarning(
        `Invalid 'main' field in '${jsonPath}' of '${pkgMain}'. ` +
          'Please either fix that or report it to the module author',
        'DeprecationWarning', 'DEP0128');
    }
  }
  return actual;
}

// ---- package exports / imports ----
const cjsConditions = new Set(['require', 'node', 'node-addons', 'default']);
if (natives.mode !== 'node') cjsConditions.add('electron');

function isConditionalExportsMainSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditionalSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
      throw new ERR_INVALID_PACKAGE_CONFIG('', '', '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function resolvePackageTargetString(target, subpath, match, pkgDir, base, pattern, internal) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', match, target, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      // a bare specifier: resolve it as a package
      const exportTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
      return { bare: exportTarget };
    }
    throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', match, target, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2))) {
    throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', match, target, internal, base);
  }
  const resolved = path.resolve(pkgDir, target);
  if (subpath === '') return resolved;
  if (invalidSegmentRegEx.test(subpath)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(match + subpath, 'request is not a valid subpath', base);
  }
  if (pattern) return resolved.replace(/\*/g, () => subpath);
  return resolved + subpath;
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFFFFFF;
}

function resolvePackageTarget(pkgDir, target, subpath, packageSubpath, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pkgDir, base, pattern, internal);
  } else if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolved;
      try {
        resolved = resolvePackageTarget(pkgDir, target[i], subpath, packageSubpath, base, pattern, internal, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) { lastException = null; continue; }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  } else if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
        throw new ERR_INVALID_PACKAGE_CONFIG(pkgDir + '/package.json', base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.has(key)) {
        const resolveResult = resolvePackageTarget(pkgDir, target[key], subpath, packageSubpath, base, pattern, internal, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  } else if (target === null) {
    return null;
  }
  throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', packageSubpath, target, internal, base);
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function packageExportsResolve(pkgDir, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
      !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(pkgDir, target, '', packageSubpath, base, false, false, conditions);
    if (resolveResult == null) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', packageSubpath, base);
    return resolveResult;
  }
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length && packageSubpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(patternIndex, packageSubpath.length - patternTrailer.length);
      }
    }
  }
  if (bestMatch) {
    const target = exports[bestMatch];
    const resolveResult = resolvePackageTarget(pkgDir, target, bestMatchSubpath, bestMatch, base, true, false, conditions);
    if (resolveResult == null) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', packageSubpath, base);
    return resolveResult;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', packageSubpath, base);
}

function packageImportsResolve(name, parentPath, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', parentPath);
  }
  const scope = readPackageScope(parentPath);
  if (scope && scope.data.imports != null) {
    const imports = scope.data.imports;
    const pkgDir = scope.path;
    if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
      const r = resolvePackageTarget(pkgDir, imports[name], '', name, parentPath, false, true, conditions);
      if (r != null) return r;
    } else {
      let bestMatch = '';
      let bestMatchSubpath;
      for (const key of Object.getOwnPropertyNames(imports)) {
        const patternIndex = key.indexOf('*');
        if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
          const patternTrailer = key.slice(patternIndex + 1);
          if (name.length >= key.length && name.endsWith(patternTrailer) &&
              patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
            bestMatch = key;
            bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
          }
        }
      }
      if (bestMatch) {
        const r = resolvePackageTarget(pkgDir, imports[bestMatch], bestMatchSubpath, bestMatch, parentPath, true, true, conditions);
        if (r != null) return r;
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, scope ? scope.path + '/' : undefined, parentPath);
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request) {
  const m = EXPORTS_PATTERN.exec(request);
  if (!m) return undefined;
  const pkgPath = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgPath);
  if (pkg?.exports != null) {
    const r = packageExportsResolve(pkgPath, '.' + (m[2] || ''), pkg, null, cjsConditions);
    return finalizeEsmResolution(r, pkgPath);
  }
  return undefined;
}

function finalizeEsmResolution(resolved, pkgPath) {
  if (resolved && typeof resolved === 'object' && resolved.bare) return resolved.bare;
  const actual = tryFile(resolved);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  void pkgPath;
  throw err;
}

function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = readPackageScope(parentPath);
  if (!scope || scope.data.exports == null || scope.data.name === undefined) return false;
  const name = scope.data.name;
  let expansion;
  if (request === name) expansion = '.';
  else if (request.startsWith(`${name}/`)) expansion = '.' + request.slice(name.length);
  else return false;
  const r = packageExportsResolve(scope.path, expansion, scope.data, parentPath, cjsConditions);
  return finalizeEsmResolution(r, scope.path);
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.charCodeAt(request.length - 1) === 47 || trailingSlashRegex.test(request));
  const isRelative = request.charCodeAt(0) === 46 &&
    (request.length === 1 || request.charCodeAt(1) === 47 ||
     (request.charCodeAt(1) === 46 && (request.length === 2 || request.charCodeAt(2) === 47)));
  let insidePath = true;
  if (isRelative) {
    const normalizedRequest = path.normalize(request);
    if (normalizedRequest.startsWith('..')) insidePath = false;
  }

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;

    if (!absoluteRequest && !isRelative) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (!isMain) {
          filename = process.execArgv.includes('--preserve-symlinks') ? path.resolve(basePath) : toRealPath(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  // Electron resolves all its names to 'electron'
  if (isElectronName(request)) return 'electron';
  if (isBuiltin(request) || electronBuiltin(request) !== undefined) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? process.cwd() + path.sep;
    const r = packageImportsResolve(request, parentPath, cjsConditions);
    return finalizeEsmResolution(r, parentPath);
  }

  if (parent?.filename) {
    const selfResolved = trySelf(parent.filename, request);
    if (selfResolved) {
      const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
      Module._pathCache[cacheKey] = selfResolved;
      return selfResolved;
    }
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent] ?? cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
    if (requireStack.length > 100) break;
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// A module required while it is still loading (a cycle) hands out its
// partial exports; reading a property that is not there yet is a classic
// bug, so, as Node does, such reads warn until the module finishes.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    if (prop in target || prop === '__esModule') return undefined;
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

let isProxy;
function isPlainExports(exports) {
  isProxy ??= require('util/types').isProxy;
  return exports !== null && typeof exports === 'object' && !isProxy(exports) &&
    Object.getPrototypeOf(exports) === Object.prototype;
}

// Modules whose partial exports got the warning prototype: only those are
// looked at again when they finish loading.
const warnedCircular = new WeakSet();
function getExportsForCircularRequire(module) {
  if (isPlainExports(module.exports) && !module.exports.__esModule) {
    Object.setPrototypeOf(module.exports, CircularRequirePrototypeWarningProxy);
    warnedCircular.add(module);
  }
  return module.exports;
}

Module._load = function _load(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isBuiltin(request)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }

  const eid = electronBuiltin(request);
  if (eid !== undefined) return requireBuiltin(eid);

  const filename = Module._resolveFilename(request, parent, isMain);
  const remoteName = remotePackageFile(filename);
  if (remoteName !== undefined) {
    const rid = electronBuiltin(remoteName);
    if (rid !== undefined) return requireBuiltin(rid);
  }
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (isBuiltin(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  module[kParent] = parent;
  if (isMain) {
    process.mainModule = module;
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (warnedCircular.has(module)) {
      warnedCircular.delete(module);
      isProxy ??= require('util/types').isProxy;
      const exports = module.exports;
      if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
          Object.getPrototypeOf(exports) === CircularRequirePrototypeWarningProxy) {
        Object.setPrototypeOf(exports, Object.prototype);
      }
    }
  }
  return module.exports;
};

const relativeResolveCache = { __proto__: null };

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    // require(esm): the module's namespace (Node 22)
    this.exports = require('internal/modules/esm/loader').requireESM(filename);
    this.loaded = true;
    return;
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
    if (requireDepth === 0) clearStatCacheSoon();
  }
};
let requireDepth = 0;

function makeRequireFunction(mod) {
  const require = function require(path) { return mod.require(path); };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// Compiles a CommonJS source. JavaScriptCore rejects import() in scripts,
// so a source that may use it is rewritten to call the ES module loader
// (passed as a sixth wrapper argument). The cheap test keeps the loader and
// its tokenizer out of the way of the sources that never mention import().
const kMayImport = /\bimport\s*\(/;
function compileCommonJS(content, filename) {
  if (kMayImport.test(content)) {
    const esm = esmLoader();
    const rewritten = esm.rewriteDynamicImport(content);
    if (rewritten !== null) {
      return { fn: builtins.compileFunction(rewritten, filename, WRAPPER_PARAMS + ', __ctI_'), esm };
    }
  }
  return { fn: wrapSafe(filename, content), esm: null };
}

function runCommonJS(module, compiled, filename) {
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(module);
  const exports = module.exports;
  const args = [exports, require, module, filename, dirname];
  if (compiled.esm !== null) args.push(compiled.esm.makeDynamicImport(filename));
  return Reflect.apply(compiled.fn, exports, args);
}

Module.prototype._compile = function _compile(content, filename) {
  return runCommonJS(this, compileCommonJS(content, filename), filename);
};

// the ES module loader, loaded on first use (it requires this file)
let esmLoaderModule;
function esmLoader() {
  if (esmLoaderModule === undefined) esmLoaderModule = require('internal/modules/esm/loader');
  return esmLoaderModule;
}

function wrapSafe(filename, content) {
  return builtins.compileFunction(content, filename, WRAPPER_PARAMS);
}

Module._extensions['.js'] = function(module, filename) {
  const content = fsb.readFileUtf8(filename);
  let type;
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(filename);
    type = pkg ? pkg.data.type : undefined;
  }
  if (type === 'module') {
    module.exports = esmLoader().requireESM(filename);
    return;
  }
  if (module._compile !== Module.prototype._compile) {
    module._compile(content, filename); // a require hook (ts-node, pirates, ...)
    return;
  }
  // Node 22's detection: a .js file without "type" is an ES module when it
  // does not compile as CommonJS and has module syntax. Compiling first means
  // ordinary CommonJS pays for one parse and no scan.
  let compiled;
  try {
    compiled = compileCommonJS(content, filename);
  } catch (err) {
    if (type === undefined && filename.endsWith('.js') && err instanceof SyntaxError &&
        esmLoader().detectModule(content)) {
      module.exports = esmLoader().requireESM(filename);
      return;
    }
    throw err;
  }
  runCommonJS(module, compiled, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

// Whether the entry point is an ES module. The ESM loader (and its
// tokenizer) is loaded only when the file may be one: .mjs, "type": "module",
// or a .js without "type" that mentions import/export and fails to compile
// as CommonJS (a main script may use top-level await, so this is decided
// before loading, not by require(esm)).
function mainIsESM(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs') || !filename.endsWith('.js')) return false;
  const pkg = readPackageScope(filename);
  const type = pkg ? pkg.data.type : undefined;
  if (type !== undefined) return type === 'module';
  let content;
  try {
    content = fsb.readFileUtf8(filename);
  } catch {
    return false; // Module._load reports the missing file
  }
  if (!/\b(import|export|await)\b/.test(content)) return false;
  try {
    wrapSafe(filename, content);
    return false;
  } catch {
    return require('internal/modules/esm/loader').detectModule(content);
  }
}

// Runs the main entry; for an ES module with top-level await, returns the
// promise of its evaluation (Electron's main process waits for it before
// 'ready').
function runMainEntry(main) {
  const resolved = resolveMainPath(main);
  if (mainIsESM(resolved)) return require('internal/modules/esm/loader').runMain(resolved);
  Module._load(resolved, null, true);
  return undefined;
}

Module.runMain = function runMain(main = process.argv[1]) {
  runMainEntry(main);
};

function resolveMainPath(main) {
  const abs = path.resolve(main);
  try {
    return Module._findPath(abs, null, true) || abs;
  } catch {
    return abs;
  }
}

Module.Module = Module;
Module.wrapperHeadLength = function wrapperHeadLength(url) {
  return Module._cache[url] !== undefined || url.startsWith('/') ? WRAPPER_HEAD.length : 0;
};
Module._initPaths();

// builtins that load optional npm packages go through the public require
setPublicRequire((request) => Module._load(request, null, false));

Object.assign(require('internal/modules/package_shared'), {
  readPackage, readPackageScope, packageExportsResolve, packageImportsResolve, electronBuiltin,
  isElectronName, remotePackageFile, runMainEntry,
});

module.exports = Module;
void ERR_INVALID_ARG_TYPE;
