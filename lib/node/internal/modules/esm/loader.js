// loader.js — the ES module loader: Node's ESM resolution, module records,
// linking with live bindings, evaluation (top-level await, cycles), import(),
// import.meta, CommonJS/builtin/JSON interop and require(esm). Resolution is
// in esm/resolve.js.
//
// JavaScriptCore's C API has no module loader, so each module is rewritten by
// esm/transform.js into the body of a generator compiled with compileFunction:
//   (function (__ctScope, __ctm, __ctI_) { with (__ctScope) {
//     return function* () { 'use strict'; __ctm.x({ name: () => local, ... }); yield; BODY } } })
// The `with` object holds one getter per imported name, so imports are live
// and read-only; the first next() registers the export getters after the
// body's function declarations are hoisted (what cycles need); the second
// next() runs the body. A module with top-level await is an async generator.
// Loading is synchronous (files are read with readFileUtf8), which is what
// lets require(esm) work; import() returns a promise around the same steps.
'use strict';

const path = require('path');
const { binding, requireBuiltin } = require('internal/bootstrap/hooks');
const Module = require('internal/modules/cjs/loader');
const shared = require('internal/modules/package_shared');
const {
  transformModule, cjsExportNames, rewriteDynamicImport, hasModuleSyntax, DEFAULT_LOCAL,
} = require('internal/modules/esm/transform');
const { resolveSpecifier, formatOf, formatOfFile, fileURL, urlToPath } = require('internal/modules/esm/resolve');
const {
  codes: {
    ERR_REQUIRE_ASYNC_MODULE, ERR_IMPORT_ATTRIBUTE_MISSING, ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE,
    ERR_IMPORT_ATTRIBUTE_UNSUPPORTED, ERR_UNKNOWN_FILE_EXTENSION, ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const fsb = binding('fs');
const builtins = binding('builtins');

const PARAMS = '__ctScope, __ctm, __ctI_';

// url -> record
const registry = new Map();

// ---- records ----

class ModuleRecord {
  constructor(url, format) {
    this.url = url;
    this.format = format;
    this.status = 'new';   // new, linked, evaluating, evaluated, errored
    this.local = { __proto__: null };     // exported name -> getter
    this.indirect = { __proto__: null };  // exported name -> [request index, imported name | '*']
    this.stars = [];
    this.requests = [];   // [{ spec, attrs, bindings, record }]
    this.namespace = undefined;
    this.error = undefined;
    this.evaluation = undefined;   // promise while/after an async evaluation
    this.async = false;
    this.gen = null;
    this.cjsModule = null;
    this.value = undefined;   // JSON value, builtin exports
    this.dependents = new Set();   // modules holding copies of bindings not final yet
    this.parseError = undefined;
  }
}
// no inherited accessors (a test may put a `url` setter on Object.prototype)
Object.setPrototypeOf(ModuleRecord.prototype, null);

// sources that are not files: -e/stdin code with --input-type=module
const virtualSources = new Map();

function readSource(url) {
  const virtual = virtualSources.get(url);
  if (virtual !== undefined) return virtual;
  if (url.startsWith('data:')) {
    const comma = url.indexOf(',');
    const meta = url.slice(5, comma);
    const data = url.slice(comma + 1);
    if (meta.endsWith(';base64')) return Buffer.from(data, 'base64').toString('utf8');
    return decodeURIComponent(data);
  }
  return fsb.readFileUtf8(urlToPath(url));
}

// Attributes other than `type` fail first, before the URL's format is known.
function checkAttributeKeys(attrs) {
  if (attrs) {
    for (const key of Object.keys(attrs)) {
      if (key !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attrs[key]);
    }
  }
}

function checkAttributes(url, format, attrs) {
  const type = attrs ? attrs.type : undefined;
  if (format === 'json') {
    if (type === undefined) throw new ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
    if (type !== 'json') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type);
  } else if (type !== undefined) {
    if (type === 'json') throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type);
    throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type);
  }
}

// Creates (or finds) the record for `url` and, recursively, its
// dependencies. Throws resolution and syntax errors.
function load(url, attrs) {
  checkAttributeKeys(attrs);
  let rec = registry.get(url);
  let format = rec ? rec.format : formatOf(url);
  if (format === 'commonjs-or-module') {
    const src = readSource(url);
    format = detectModule(src) ? 'module' : 'commonjs';
  }
  checkAttributes(url, format, attrs);
  if (rec) {
    if (rec.parseError !== undefined) throw rec.parseError;
    return rec;
  }
  rec = new ModuleRecord(url, format);
  registry.set(url, rec);
  try {
    if (format === 'module') loadModule(rec);
    else if (format === 'commonjs') loadCommonJS(rec);
    else if (format === 'json') rec.local.default = jsonGetter(rec);
    else if (format === 'builtin') loadBuiltinRecord(rec, requireBuiltin('node:' + url.slice(5).replace(/^node:/, '')));
    else if (format === 'electron') loadBuiltinRecord(rec, Module._load(url.slice(9), null, false));
    else if (format === 'addon') throw new ERR_UNKNOWN_FILE_EXTENSION('.node', urlToPath(url));
    if (format !== 'module') for (const name in rec.local) rec.local[name].origin = rec;
  } catch (e) {
    // a module that does not parse fails the same way every time (the same
    // error object, as in Node); anything else may work on a later import
    if (rec.parseError === e) {
      rec.status = 'errored';
      rec.error = e;
    } else {
      registry.delete(url);
    }
    throw e;
  }
  return rec;
}

function jsonGetter(rec) {
  return () => {
    if (rec.value === undefined) {
      // a JSON file shares require()'s cache, both ways, as in Node
      const filename = rec.url.startsWith('file:') ? urlToPath(rec.url) : null;
      const cached = filename !== null ? Module._cache[filename] : undefined;
      if (cached !== undefined && cached.loaded) {
        rec.value = cached.exports;
        return rec.value;
      }
      const text = readSource(rec.url);
      try {
        rec.value = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
      } catch (e) {
        e.message = (filename !== null ? filename : rec.url) + ': ' + e.message;
        throw e;
      }
      if (filename !== null && Module._cache[filename] === undefined) {
        const m = new Module(filename, null);
        m.filename = filename;
        m.paths = Module._nodeModulePaths(path.dirname(filename));
        m.exports = rec.value;
        m.loaded = true;
        Module._cache[filename] = m;
      }
    }
    return rec.value;
  };
}

function loadBuiltinRecord(rec, exportsObj) {
  rec.value = exportsObj;
  rec.local.default = () => exportsObj;
  for (const key of Object.keys(exportsObj)) {
    if (key !== 'default') rec.local[key] = () => exportsObj[key];
  }
  rec.status = 'evaluated';
}

function loadCommonJS(rec) {
  const filename = urlToPath(rec.url);
  rec.local.default = () => cjsExports(rec);
  const seen = new Set();
  const addNames = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    let src;
    try { src = fsb.readFileUtf8(file); } catch { return; }
    const { names, reexports } = cjsExportNames(src);
    for (const name of names) {
      if (name !== 'default' && !(name in rec.local)) rec.local[name] = () => cjsExports(rec)[name];
    }
    for (const spec of reexports) {
      let target;
      try {
        target = Module._resolveFilename(spec, { id: file, filename: file, paths: Module._nodeModulePaths(path.dirname(file)) }, false);
      } catch { continue; }
      if (path.isAbsolute(target) && !target.endsWith('.json') && !target.endsWith('.node')) addNames(target);
    }
  };
  if (path.extname(filename) !== '.node') addNames(filename);
  rec.cjsNames = true;
}

function cjsExports(rec) {
  if (rec.cjsModule === null) {
    // not evaluated yet (a cycle): run it now
    evaluateCommonJS(rec);
  }
  return rec.cjsModule.exports;
}

function evaluateCommonJS(rec) {
  const filename = urlToPath(rec.url);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    rec.cjsModule = cached;
    if (!cached.loaded) return;
  }
  Module._load(filename, undefined, false);
  rec.cjsModule = Module._cache[filename] || { exports: Module._load(filename, undefined, false) };
}

// ---- the transform cache ----
// The transform runs at a few MB/s in JSC's lower tiers (measured: 20-90 ms
// for js-yaml's 100 KB build, ~90 ms for lodash-es's 640 small files), so
// results are kept in $XDG_CACHE_HOME/cathode/esm (else ~/.cache): one pack
// file per source directory, read once when the first module of that
// directory loads and rewritten once (at the end of the import, and at exit)
// when this run transformed something new. An entry is named by a hash of
// the source and of transform.js itself; a pack keeps the entries this run
// used. CATHODE_ESM_CACHE=0 turns it off. Any failure just means no cache.
let cacheDir;
let transformHash;
const packs = new Map(); // source directory → { file, entries, used, dirty }
let flushHooked = false;

function hash32(str, seed) {
  let h = seed >>> 0;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function packOf(url) {
  const dir = url.slice(0, url.lastIndexOf('/') + 1);
  let pack = packs.get(dir);
  if (pack !== undefined) return pack;
  const file = path.join(cacheDir, hash32(dir, 0x811c9dc5) + hash32(dir, 0x2f6b1a3d) + '.pack.json');
  let entries = { __proto__: null };
  try {
    const stored = JSON.parse(fsb.readFileUtf8(file));
    if (stored && stored.dir === dir && stored.transform === transformHash) {
      Object.assign(entries, stored.entries);
    }
  } catch { /* no pack yet */ }
  pack = { dir, file, entries, used: { __proto__: null }, dirty: false };
  packs.set(dir, pack);
  if (!flushHooked) {
    flushHooked = true;
    process.once('exit', flushTransformCache);
  }
  return pack;
}

function flushTransformCache() {
  for (const pack of packs.values()) {
    if (!pack.dirty) continue;
    pack.dirty = false;
    try {
      const fs = require('fs');
      fs.mkdirSync(cacheDir, { recursive: true });
      const tmp = `${pack.file}.${process.pid}`;
      fs.writeFileSync(tmp, JSON.stringify({ dir: pack.dir, transform: transformHash, entries: pack.used }));
      fs.renameSync(tmp, pack.file);
    } catch { /* a read-only or full disk: no cache */ }
  }
}

function transformCached(src, url) {
  if (process.env.CATHODE_ESM_CACHE === '0' || !url.startsWith('file:')) return transformModule(src, url);
  if (cacheDir === undefined) {
    const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? path.join(process.env.HOME, '.cache') : '');
    cacheDir = base ? path.join(base, 'cathode', 'esm') : null;
    transformHash = hash32(builtins.getSource('node:internal/modules/esm/transform') || '', 0x811c9dc5);
  }
  if (cacheDir === null) return transformModule(src, url);
  const key = hash32(src, 0x811c9dc5) + hash32(src, 0x2f6b1a3d) + src.length.toString(16);
  const pack = packOf(url);
  let t = pack.entries[key];
  if (t === undefined || t.source !== undefined) {
    t = transformModule(src, url);
    pack.entries[key] = t;
    pack.dirty = true;
  }
  pack.used[key] = t; // a rewritten pack keeps only what this run used
  return t;
}

function loadModule(rec) {
  let src = readSource(rec.url);
  if (src.startsWith('#!')) src = '//' + src.slice(2);
  let t;
  try {
    t = transformCached(src, rec.url);
  } catch (e) {
    rec.parseError = e;
    throw e;
  }
  rec.async = t.hasTLA;
  // Copies: a transform result is cached (and written out later), records
  // must not hang off it.
  rec.requests = t.imports.map((req) => ({ ...req }));
  for (const [name, idx, imported] of t.reexports) rec.indirect[name] = [idx, imported];
  rec.stars = t.stars;
  rec.exportLocals = new Set(t.exports.map(([name]) => name));
  rec.mutable = new Set(t.mutable);
  rec.loading = true;
  try {
    for (const req of rec.requests) {
      req.record = load(resolveSpecifier(req.spec, rec.url), req.attrs);
    }
  } finally {
    rec.loading = false;
  }
  // Imported names become locals of the module function, copied from the
  // scope object before the body runs and again whenever a module they come
  // from finishes evaluating (cycles). Bindings that can change later
  // (exported `let`s that are reassigned) stay live through `with`, which
  // costs speed (JSC resolves every free name dynamically under `with`),
  // so only modules importing such a binding pay for it.
  const copies = [];
  let live = false;
  for (const req of rec.requests) {
    for (const [imported, local] of req.bindings) {
      if (imported !== '*' && isMutableExport(req.record, imported, new Set())) live = true;
      else copies.push(local);
    }
  }
  const exportsObj = t.exports.map(([name, local]) => `${JSON.stringify(name)}: () => ${local}`).join(', ');
  const rename = t.defaultKind === 'function' ?
    `Object.defineProperty(${DEFAULT_LOCAL}, 'name', { value: 'default' }); ` : '';
  const refresh = copies.map((l) => `try { ${l} = __ctScope.${l}; } catch {}`).join(' ');
  const head = (live ? 'with (__ctScope) { ' : '') +
    `return ${t.hasTLA ? 'async ' : ''}function* () { 'use strict'; ` +
    (copies.length ? `let ${copies.join(', ')}; __ctm.r = () => { ${refresh} }; ` : '') +
    `__ctm.x({${exportsObj}}); ${rename}yield; ${copies.length ? '__ctm.r(); ' : ''}`;
  const code = head + t.code + '\n}' + (live ? '; }' : ';');
  let fn;
  try {
    fn = builtins.compileFunction(code, rec.url, PARAMS);
  } catch (e) {
    rec.parseError = e;
    throw e;
  }
  const scope = { __proto__: null };
  rec.scope = scope;
  const ctm = {
    x(getters) {
      for (const name in getters) getters[name].origin = rec;
      Object.assign(rec.local, getters);
    },
    r: undefined,
    meta: makeImportMeta(rec),
  };
  rec.ctm = ctm;
  rec.gen = fn(scope, ctm, makeDynamicImport(rec.url)).call(undefined);
}

// Whether `name` exported by `rec` may change after the importer copied it:
// reassigned exports, and every export of a module in a cycle with it.
function isMutableExport(rec, name, seen) {
  if (rec.format !== 'module' || seen.has(rec)) return false;
  seen.add(rec);
  // a module still loading its dependencies is part of a cycle with the
  // importer: it may run after the importer's copies are taken
  if (rec.exportLocals === undefined || rec.loading) return true;
  if (rec.exportLocals.has(name)) return rec.mutable.has(name);
  const ind = rec.indirect[name];
  if (ind !== undefined) {
    const dep = rec.requests[ind[0]].record;
    if (dep === undefined) return true;
    return ind[1] !== '*' && isMutableExport(dep, ind[1], seen);
  }
  for (const idx of rec.stars) {
    const dep = rec.requests[idx].record;
    if (dep === undefined || isMutableExport(dep, name, seen)) return true;
  }
  return false;
}

function makeImportMeta(rec) {
  const meta = { __proto__: null };
  if (rec.url.startsWith('file:')) {
    const filename = urlToPath(rec.url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  // Node's import.meta.resolve: a file that does not exist (or a
  // directory) still resolves to its URL; the second argument is the parent
  meta.resolve = function resolve(specifier, parent) {
    let parentURL = rec.url;
    if (parent !== undefined) {
      if (typeof parent !== 'string' && !(parent instanceof URL)) {
        throw new ERR_INVALID_ARG_TYPE('parentURL', ['string', 'URL'], parent);
      }
      parentURL = String(parent);
    }
    try {
      return resolveSpecifier(specifier, parentURL);
    } catch (e) {
      if ((e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          typeof e.url === 'string') return e.url;
      throw e;
    }
  };
  meta.url = rec.url;
  return meta;
}

// ---- linking ----

// The getter for `name` exported by `rec`, null if there is none, or
// 'ambiguous' when two star exports provide it.
function resolveExport(rec, name, seen = new Set()) {
  if (seen.has(rec)) return null;
  seen.add(rec);
  const g = rec.local[name];
  if (g !== undefined) return g;
  const ind = rec.indirect[name];
  if (ind !== undefined) {
    const dep = rec.requests[ind[0]].record;
    if (ind[1] === '*') return () => namespaceOf(dep);
    return resolveExport(dep, ind[1], seen);
  }
  if (name === 'default') return null;
  let found = null;
  for (const idx of rec.stars) {
    const r = resolveExport(rec.requests[idx].record, name, new Set(seen));
    if (r === 'ambiguous') return r;
    if (r !== null) {
      if (found !== null && found !== r) return 'ambiguous';
      found = r;
    }
  }
  return found;
}

function exportNames(rec, seen = new Set()) {
  const names = new Set();
  if (seen.has(rec)) return names;
  seen.add(rec);
  for (const n in rec.local) names.add(n);
  for (const n in rec.indirect) names.add(n);
  for (const idx of rec.stars) {
    for (const n of exportNames(rec.requests[idx].record, seen)) if (n !== 'default') names.add(n);
  }
  return names;
}

function namespaceOf(rec) {
  if (rec.namespace !== undefined) return rec.namespace;
  const ns = { __proto__: null };
  rec.namespace = ns;
  const names = [...exportNames(rec)].sort();
  for (const name of names) {
    const g = resolveExport(rec, name);
    if (typeof g !== 'function') continue;
    Object.defineProperty(ns, name, { get: g, enumerable: true, configurable: false });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(ns);
  return ns;
}

function missingExport(req, name) {
  const dep = req.record;
  if (dep.format === 'commonjs') {
    const named = req.bindings.filter(([imported]) => imported !== '*' && imported !== 'default')
      .map(([imported, local]) => (imported === local ? imported : `${imported}: ${local}`));
    return new SyntaxError(`Named export '${name}' not found. The requested module '${req.spec}' is a ` +
      'CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can ' +
      `always be imported via the default export, for example using:\n\nimport pkg from '${req.spec}';\n` +
      (named.length && !req.multiline ? `const { ${named.join(', ')} } = pkg;\n` : ''));
  }
  return new SyntaxError(`The requested module '${req.spec}' does not provide an export named '${name}'`);
}

function link(rec, seen = new Set()) {
  if (seen.has(rec) || rec.status !== 'new') return;
  seen.add(rec);
  for (const req of rec.requests) link(req.record, seen);
  if (rec.format === 'module') {
    rec.gen.next(); // registers the export getters
  }
  rec.status = 'linking';
}

function bindImports(rec, seen = new Set()) {
  if (seen.has(rec) || rec.status !== 'linking') return;
  seen.add(rec);
  for (const req of rec.requests) bindImports(req.record, seen);
  if (rec.format === 'module') {
    for (const req of rec.requests) {
      for (const [imported, local] of req.bindings) {
        let getter;
        if (imported === '*') {
          const dep = req.record;
          getter = () => namespaceOf(dep);
        } else {
          getter = resolveExport(req.record, imported);
          if (typeof getter !== 'function') {
            const err = getter === 'ambiguous' ?
              new SyntaxError(`The requested module '${req.spec}' contains conflicting star exports for name '${imported}'`) :
              missingExport(req, imported);
            decorateLinkError(err, rec, req, imported);
            throw err;
          }
        }
        Object.defineProperty(rec.scope, local, {
          get: getter,
          set() { throw new TypeError('Assignment to constant variable.'); },
          enumerable: true,
          configurable: false,
        });
        const origin = getter.origin;
        if (origin !== undefined && origin !== rec && origin.status !== 'evaluated') origin.dependents.add(rec);
      }
    }
    // hoisted functions may run before this body does (cycles): give them
    // what is already there
    if (rec.ctm.r !== undefined) rec.ctm.r();
  }
  rec.status = 'linked';
}

function decorateLinkError(err, rec, req, name) {
  // Node shows the import declaration's line: point the error's position there
  let line = 1;
  let column = 1;
  try {
    const src = readSource(rec.url);
    const esc = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const i = src.search(new RegExp(`from\\s*['"]${esc(req.spec)}['"]`));
    if (i >= 0) {
      const start = src.lastIndexOf('import', i);
      const j = start >= 0 ? src.indexOf(name, start) : -1;
      const at = j >= 0 && j < i ? j : i;
      line = src.slice(0, at).split('\n').length;
      column = at - src.lastIndexOf('\n', at - 1);
    }
  } catch { /* no source line */ }
  try {
    Object.defineProperties(err, {
      sourceURL: { value: rec.url, configurable: true },
      line: { value: line, configurable: true },
      column: { value: column, configurable: true },
    });
  } catch { /* keep JSC's own position */ }
}

function linkGraph(rec) {
  try {
    link(rec);
    bindImports(rec);
  } catch (e) {
    forgetUnlinked(e);
    throw e;
  }
}

// After a failed link, records that never linked are dropped so that a later
// import() tries again, as Node does for resolution and syntax errors.
function forgetUnlinked(error) {
  for (const [url, r] of registry) {
    if (r.status === 'new' || r.status === 'linking') {
      if (r.status === 'linking') {
        // its export getters are registered: it cannot link again
        r.status = 'errored';
        r.error = error;
        continue;
      }
      registry.delete(url);
    }
  }
}

function isAsyncGraph(rec, seen = new Set()) {
  if (seen.has(rec)) return false;
  seen.add(rec);
  if (rec.status === 'evaluated') return false;
  if (rec.async) return true;
  return rec.requests.some((r) => isAsyncGraph(r.record, seen));
}

// ---- evaluation ----

// Runs `rec` after its dependencies. Returns undefined when everything ran
// synchronously, or a promise when some module in the graph awaits.
function evaluate(rec) {
  if (rec.status === 'evaluated' || rec.status === 'evaluating') return rec.evaluation;
  if (rec.status === 'errored') throw rec.error;
  rec.status = 'evaluating';
  try {
    const pending = [];
    for (const req of rec.requests) {
      const p = evaluate(req.record);
      if (p !== undefined) pending.push(p);
    }
    if (pending.length > 0) {
      rec.evaluation = Promise.all(pending).then(() => runBody(rec)).then(() => {
        settle(rec);
      }, (e) => {
        rec.status = 'errored';
        rec.error = e;
        throw e;
      });
      return rec.evaluation;
    }
    const r = runBody(rec);
    if (r !== undefined) {
      rec.evaluation = r.then(() => {
        settle(rec);
      }, (e) => {
        rec.status = 'errored';
        rec.error = e;
        throw e;
      });
      return rec.evaluation;
    }
    settle(rec);
    return undefined;
  } catch (e) {
    rec.status = 'errored';
    rec.error = e;
    throw e;
  }
}

// `rec` has run: modules that copied its bindings early copy them again.
function settle(rec) {
  rec.status = 'evaluated';
  for (const d of rec.dependents) if (d.ctm.r !== undefined) d.ctm.r();
  rec.dependents.clear();
}

function runBody(rec) {
  switch (rec.format) {
    case 'module':
      try {
        if (rec.async) return rec.gen.next().then(undefined, (e) => { throw explainGlobal(e, rec); });
        rec.gen.next();
      } catch (e) {
        throw explainGlobal(e, rec);
      }
      return undefined;
    case 'commonjs':
      if (rec.cjsModule === null) evaluateCommonJS(rec);
      return undefined;
    case 'json':
      rec.local.default(); // parses now: a malformed file fails its import
      return undefined;
    default:
      return undefined;
  }
}

// A ReferenceError for a CommonJS name (require, module, ...) gets Node's
// explanation; anything else comes back as it is.
function explainGlobal(e, rec) {
  if (!(e instanceof ReferenceError) || typeof e.message !== 'string') return e;
  const m = /^Can't find variable: (require|module|exports|__filename|__dirname)$/.exec(e.message);
  if (m === null) return e;
  let msg = `${m[1]} is not defined in ES module scope`;
  if (m[1] === 'require') msg += ', you can use import instead';
  if (rec.url.startsWith('file:') && urlToPath(rec.url).endsWith('.js')) {
    const scope = shared.readPackageScope(urlToPath(rec.url));
    if (scope && scope.data.type === 'module') {
      msg += '\nThis file is being treated as an ES module because it has a \'.js\' file extension and \'' +
        scope.data.pjsonPath + '\' contains "type": "module". To treat it as a CommonJS script, rename it ' +
        'to use the \'.cjs\' file extension.';
    }
  }
  e.message = msg;
  return e;
}

// Loads, links and evaluates the graph of `url`; returns the namespace, or a
// promise of it when the graph awaits at top level.
function importSync(url, attrs, allowAsync) {
  const rec = load(url, attrs);
  flushTransformCache();
  linkGraph(rec);
  if (!allowAsync && isAsyncGraph(rec)) throw new ERR_REQUIRE_ASYNC_MODULE();
  const p = evaluate(rec);
  if (p !== undefined) return p.then(() => namespaceOf(rec));
  return namespaceOf(rec);
}

function attributesOf(options) {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const attrs = options.with ?? options.assert;
  if (attrs === undefined) return undefined;
  if (attrs === null || typeof attrs !== 'object') throw new ERR_INVALID_ARG_TYPE('options.with', 'object', attrs);
  return attrs;
}

// import() for code whose URL (file:) or filename is `referrer`.
function makeDynamicImport(referrer) {
  const parentURL = referrer === undefined ? undefined :
    referrer.includes(':') && !referrer.startsWith('/') ? referrer : fileURL(referrer);
  return function importModule(specifier, options) {
    return new Promise((resolvePromise) => {
      const attrs = attributesOf(options);
      const url = resolveSpecifier(String(specifier), parentURL);
      resolvePromise(importSync(url, attrs, true));
    });
  };
}

// require() of an ES module (Node 22's require(esm)): the namespace, or
// ERR_REQUIRE_ASYNC_MODULE when the graph has top-level await.
function requireESM(filename) {
  const ns = importSync(fileURL(filename), undefined, false);
  if (ns instanceof Promise) throw new ERR_REQUIRE_ASYNC_MODULE();
  return 'module.exports' in ns ? ns['module.exports'] : ns;
}

// The main entry as an ES module: errors go to the usual fatal path. With
// top-level await, returns a promise that settles when the module has
// finished evaluating (fulfilled either way).
function runMain(filename) {
  const r = importSync(fileURL(filename), undefined, true);
  if (!(r instanceof Promise)) return undefined;
  exitOnUnsettled(registry.get(fileURL(filename)));
  return r.then(() => undefined, (e) => {
    require('internal/process/execution').fatalException(e);
  });
}

// A main module whose top-level await never settles: exit code 13, unless
// an exit code was chosen (process.exit(0) from inside the await exits 0).
function exitOnUnsettled(rec) {
  process.on('exit', (code) => {
    if (code === 0 && process.exitCode === undefined && rec && rec.status === 'evaluating') {
      process.emitWarning(`Detected unsettled top-level await at ${rec.url}`, 'Warning');
      process.exitCode = 13;
    }
  });
}

// Node 22's syntax detection for a .js file without a "type": an ES module
// when it has module syntax and does not compile as CommonJS.
function detectModule(source) {
  if (!hasModuleSyntax(source)) return false;
  try {
    builtins.compileFunction(source, '[detect]', 'exports, require, module, __filename, __dirname');
    return false;
  } catch {
    return true;
  }
}

// Runs -e or stdin code as an ES module (--input-type=module), named
// file://<cwd>/[eval1] as in Node.
function evalModule(source) {
  const url = fileURL(path.join(process.cwd(), '[eval1]'));
  virtualSources.set(url, source);
  const rec = new ModuleRecord(url, 'module');
  registry.set(url, rec);
  loadModule(rec);
  linkGraph(rec);
  const p = evaluate(rec);
  if (p !== undefined) {
    p.then(undefined, (e) => require('internal/process/execution').fatalException(e));
    exitOnUnsettled(rec);
  }
}

// Whether `filename` (a resolved main or required file) is an ES module.
function isESMFile(filename) {
  try {
    const f = formatOfFile(filename);
    if (f === 'commonjs-or-module') return null;
    return f === 'module';
  } catch {
    return false;
  }
}

module.exports = {
  resolve: resolveSpecifier, requireESM, runMain, evalModule, makeDynamicImport, isESMFile,
  rewriteDynamicImport, detectModule, registry,
};
