// main.js — the main script of the Electron spec runner: loads Electron's
// transpiled spec files (tests/electron-spec/prepare.sh) into mocha inside
// cathode's main process and sets it up as Electron's spec/index.js does
// (privileged schemes, chai plugins, disabled-tests.json, the defer()
// cleanup hook of spec/lib/spec-helpers), plus tests/electron-spec/skip.txt.
// Each test gets one line: ok / FAIL / skip and its full title. A failing
// hook fails the tests it stopped; a file that cannot be loaded fails all
// the tests it declares (its suite structure is read with the failing
// requires answered by an inert stand-in, never run).
//
// Environment: CATHODE_SPEC_DIR (the transpiled spec/; default the app's
// own directory when it is one, else $ELECTRON_SPEC_ROOT/out/spec),
// CATHODE_SPEC_FILES (names such as "api-app-spec"; or the command-line
// arguments after the app), CATHODE_SPEC_RESULTS (a file that gets the
// machine-readable record run.sh reads), CATHODE_SPEC_SKIP (default
// skip.txt beside this file), MOCHA_TIMEOUT (ms, default 30000), MOCHA_GREP.
'use strict';

const { app, protocol } = require('electron');
const fs = require('fs');
const path = require('path');
const Module = require('module');

const warned = new Set();
function warnOnce(what, detail) {
  if (warned.has(what)) return;
  warned.add(what);
  console.error(`electron-spec: warning: ${what}${detail ? `: ${detail}` : ''}`);
}

// ---- where things are ----
function specDirectory() {
  if (process.env.CATHODE_SPEC_DIR) return path.resolve(process.env.CATHODE_SPEC_DIR);
  const own = app.getAppPath();
  if (fs.existsSync(path.join(own, 'disabled-tests.json'))) return own;
  const root = process.env.ELECTRON_SPEC_ROOT || '/work/electron-spec';
  return path.join(root, 'out', 'spec');
}
const specDir = specDirectory();
const specRequire = Module.createRequire(path.join(specDir, 'index.js'));

// A few spec files unit-test Electron's own internal modules (../lib/...,
// outside spec/, so not in the copy). Where cathode has the module that
// does that job, the spec gets cathode's: its source file in this
// repository (these modules need nothing but plain require).
const electronLibDir = path.join(path.dirname(specDir), 'lib');
const ownModules = {
  'browser/parse-features-string': 'lib/electron/main/parse_features_string.js',
  'common/deprecate': 'lib/electron/common/deprecate.js',
};
const repoDir = path.join(__dirname, '..', '..');
const realResolve = Module._resolveFilename;
Module._resolveFilename = function resolveOwn(request, parent, ...rest) {
  if (typeof request === 'string' && parent && typeof parent.filename === 'string' && request.startsWith('../lib/')) {
    const target = path.resolve(path.dirname(parent.filename), request);
    const rel = path.relative(electronLibDir, target).replace(/\.(ts|js)$/, '');
    if (Object.prototype.hasOwnProperty.call(ownModules, rel)) return path.join(repoDir, ownModules[rel]);
  }
  return realResolve.call(this, request, parent, ...rest);
};

// Electron's CI builds native test addons from the spec's fixtures
// (@electron-ci/*: virtual displays, OS-level helpers, several macOS-only)
// and some spec files require them in the body of a suite that is skipped
// on Linux, which mocha still runs to collect its tests. Without them
// installed (they are V8 addons; see README), such a require gives a value
// that throws, naming the addon, the moment a test uses it: the tests that
// need it fail with that reason, the file loads.
function missingAddon(name) {
  const fail = () => { throw new Error(`${name} is not installed: it is a native addon of Electron's CI`); };
  return new Proxy(function addon() {}, { get: fail, apply: fail, construct: fail });
}
const realLoad0 = Module._load;
Module._load = function loadOrMissingAddon(request, ...rest) {
  try {
    return realLoad0.call(this, request, ...rest);
  } catch (e) {
    if (typeof request === 'string' && request.startsWith('@electron-ci/') && e && e.code === 'MODULE_NOT_FOUND') {
      return missingAddon(request);
    }
    throw e;
  }
};

function specFiles() {
  let names = (process.env.CATHODE_SPEC_FILES || '').split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  return names.map((n) => {
    const base = path.basename(n).replace(/\.(ts|js)$/, '');
    return base.endsWith('-spec') ? base : `${base}-spec`;
  });
}

// ---- the record run.sh reads: "plan ID TITLE", "res ID STATUS REASON", ... ----
let recordFd = -1;
if (process.env.CATHODE_SPEC_RESULTS) recordFd = fs.openSync(process.env.CATHODE_SPEC_RESULTS, 'a');
const oneLine = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim();
function record(...fields) {
  if (recordFd >= 0) fs.writeSync(recordFd, fields.map(oneLine).join('\t') + '\n');
}
// run.sh prints the lines itself (it also has the tests a crash cut off)
const printLines = recordFd < 0;
function say(line) {
  if (printLines) process.stdout.write(line + '\n');
}

// the first stack frame inside the spec (not mocha, chai, node_modules)
function where(err) {
  const stack = err && typeof err.stack === 'string' ? err.stack : '';
  const frames = stack.match(/(\/[^\s()@]+?\.[cm]?js):(\d+):(\d+)/g) || [];
  const inSpec = frames.find((f) => f.startsWith(specDir) && !f.includes('/node_modules/'));
  const any = inSpec || frames.find((f) => !f.includes('/node_modules/')) || frames[0];
  return any ? path.relative(specDir, any.replace(/:\d+$/, '')) : '';
}
function describeError(err) {
  if (err === null || typeof err !== 'object') return `thrown ${typeof err}: ${String(err)}`;
  const name = err.name || 'Error';
  const first = String(err.message === undefined ? err : err.message).split('\n')[0];
  const at = where(err);
  return `${name}: ${first}${at ? ` (${at})` : ''}`;
}

// ---- skip lists ----
// skip.txt: "FILE :: FULL TITLE :: REASON"; a title ending in " *" is a prefix.
function readSkipList() {
  const file = process.env.CATHODE_SPEC_SKIP || path.join(__dirname, 'skip.txt');
  const exact = new Map();
  const prefixes = [];
  let text = '';
  try { text = fs.readFileSync(file, 'utf8'); } catch { return { exact, prefixes }; }
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(' :: ');
    if (parts.length < 3 || parts[2].trim() === '') {
      warnOnce(`skip.txt line without FILE :: TITLE :: REASON`, line);
      continue;
    }
    const [fileName, title, reason] = [parts[0].trim(), parts[1].trim(), parts.slice(2).join(' :: ').trim()];
    if (title.endsWith(' *')) prefixes.push({ fileName, prefix: title.slice(0, -1), reason });
    else exact.set(`${fileName}\n${title}`, reason);
  }
  return { exact, prefixes };
}
const skipList = readSkipList();
function skipReason(fileName, title) {
  const r = skipList.exact.get(`${fileName}\n${title}`);
  if (r) return r;
  const p = skipList.prefixes.find((e) => e.fileName === fileName && title.startsWith(e.prefix));
  return p ? p.reason : undefined;
}

let disabledTests = new Set();
try {
  disabledTests = new Set(JSON.parse(fs.readFileSync(path.join(specDir, 'disabled-tests.json'), 'utf8')));
} catch (e) {
  warnOnce('no disabled-tests.json in the spec', e.message);
}

// ---- Electron's spec/index.js set-up, on what cathode has ----
let mochaRunning = false;
process.on('uncaughtException', (err) => {
  // while mocha runs, its own listener fails the current test
  if (mochaRunning) return;
  console.error('electron-spec: uncaught exception outside a test:', err);
  process.exit(1);
});
process.env.ELECTRON_DISABLE_SECURITY_WARNINGS = 'true';
if (process.env.ELECTRON_TEST_DISABLE_HARDWARE_ACCELERATION && typeof app.disableHardwareAcceleration === 'function') {
  app.disableHardwareAcceleration();
}
try {
  require('v8').setFlagsFromString('--expose_gc');
} catch (e) {
  warnOnce('v8.setFlagsFromString', e.message);
}
// Chromium switches the spec sets; recorded only, as in any app
if (app.commandLine && typeof app.commandLine.appendSwitch === 'function') {
  app.commandLine.appendSwitch('js-flags', '--expose_gc');
  app.commandLine.appendSwitch('use-fake-device-for-media-stream');
} else {
  warnOnce('app.commandLine.appendSwitch is missing');
}
// the runner must outlive the windows tests close
app.on('window-all-closed', () => null);

global.standardScheme = 'app';
global.zoomScheme = 'zoom';
global.serviceWorkerScheme = 'sw';
if (protocol && typeof protocol.registerSchemesAsPrivileged === 'function') {
  const std = { standard: true, secure: true };
  const fetchable = { supportFetchAPI: true };
  protocol.registerSchemesAsPrivileged([
    { scheme: global.standardScheme, privileges: { ...std, stream: false } },
    { scheme: global.zoomScheme, privileges: { ...std } },
    { scheme: global.serviceWorkerScheme, privileges: { ...std, allowServiceWorkers: true } },
    { scheme: 'http-like', privileges: { ...std, corsEnabled: true, ...fetchable } },
    { scheme: 'cors-blob', privileges: { corsEnabled: true, ...fetchable } },
    { scheme: 'cors', privileges: { corsEnabled: true, ...fetchable } },
    { scheme: 'no-cors', privileges: { ...fetchable } },
    { scheme: 'no-cors-file', privileges: { ...fetchable } },
    { scheme: 'no-cors-http', privileges: { ...fetchable } },
    { scheme: 'no-cors-standard', privileges: { standard: true, ...fetchable } },
    { scheme: 'no-fetch', privileges: { corsEnabled: true } },
    { scheme: 'stream', privileges: { standard: true, stream: true } },
    { scheme: 'foo', privileges: { standard: true } },
    { scheme: 'bar', privileges: { standard: true } },
  ]);
} else {
  warnOnce('electron.protocol is missing: the spec\'s privileged schemes are not registered');
}

// ---- counting the tests of a file that does not load ----
// An inert value standing for whatever a failing require would have given:
// every property, call and construction yields itself. Used only to let
// describe() callbacks declare their tests; no test body runs against it.
function inert() {
  const target = function inertValue() {};
  const proxy = new Proxy(target, {
    get(t, key) {
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return function* empty() {};
      if (key === 'then') return undefined;
      if (key === 'prototype' || key === 'length' || key === 'name') return Reflect.get(t, key);
      return proxy;
    },
    apply() { return proxy; },
    construct() { return proxy; },
  });
  return proxy;
}

function staticCount(jsFile) {
  const ts = jsFile.replace(/\.js$/, '.ts');
  let src = '';
  try { src = fs.readFileSync(fs.existsSync(ts) ? ts : jsFile, 'utf8'); } catch { return 0; }
  // it('...'), it.skip/only(...), ifit(cond)('...'): call sites with a title
  const re = /(?:^|[^\w.$])(?:it|ifit\s*\((?:[^()]|\([^()]*\))*\))(?:\.(?:skip|only))?\s*\(\s*['"`]/g;
  return (src.match(re) || []).length;
}

// ---- one spec file ----
function newMocha(Mocha) {
  const mocha = new Mocha({ timeout: Number(process.env.MOCHA_TIMEOUT || 30000) });
  mocha.ui('bdd');
  mocha.reporter(function silent() {});
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  return mocha;
}

function collectTests(suite, out = []) {
  for (const t of suite.tests) out.push(t);
  for (const s of suite.suites) collectTests(s, out);
  return out;
}

function loadInto(mocha, file) {
  mocha.suite.emit('pre-require', global, file, mocha);
  mocha.suite.emit('require', require(file), file, mocha);
  mocha.suite.emit('post-require', global, file, mocha);
}

// The file's tests, declared with every failing require answered by inert().
function enumerateUnloadable(Mocha, file) {
  const mocha = newMocha(Mocha);
  const realLoad = Module._load;
  Module._load = function loadOrInert(request, parent, isMain) {
    try {
      return realLoad.call(this, request, parent, isMain);
    } catch {
      return inert();
    }
  };
  delete require.cache[file];
  try {
    loadInto(mocha, file);
    return { titles: collectTests(mocha.suite).map((t) => t.fullTitle()) };
  } catch (e) {
    return { error: e };
  } finally {
    Module._load = realLoad;
    delete require.cache[file];
  }
}

let cleanupHook = null;
function cleanupFunctions() {
  if (cleanupHook !== null) return cleanupHook;
  try {
    cleanupHook = specRequire('./lib/spec-helpers').runCleanupFunctions;
  } catch (e) {
    warnOnce('spec/lib/spec-helpers does not load, so no defer() cleanup hooks', describeError(e));
    cleanupHook = undefined;
  }
  return cleanupHook;
}

function runFile(Mocha, name) {
  const file = path.join(specDir, `${name}.js`);
  const counts = { ok: 0, FAIL: 0, skip: 0 };
  let nextId = 0;
  const emit = (id, title, status, reason) => {
    counts[status]++;
    record('res', id, status, reason || '');
    say(`${status === 'ok' ? 'ok  ' : status === 'skip' ? 'skip' : 'FAIL'} ${name}: ${title}${reason ? ` -- ${reason}` : ''}`);
  };
  const failAllUnloaded = (why) => {
    const en = enumerateUnloadable(Mocha, file);
    let titles = en.titles;
    let how = 'suite structure';
    if (!titles || titles.length === 0) {
      const n = staticCount(file);
      how = `static count of it() call sites${en.error ? `; declaring failed: ${describeError(en.error)}` : ''}`;
      titles = Array.from({ length: n }, (_, i) => `(test ${i + 1} of ${n}, file not loaded)`);
    }
    record('load-error', why, `${titles.length} tests (${how})`);
    console.error(`electron-spec: ${name}: LOAD ERROR ${why}; ${titles.length} tests counted as failed (${how})`);
    for (const t of titles) {
      const id = nextId++;
      record('plan', id, t);
      emit(id, t, 'FAIL', `not loaded: ${why}`);
    }
    record('done', counts.ok, counts.FAIL, counts.skip);
    return Promise.resolve(counts);
  };

  if (!fs.existsSync(file)) {
    const ts = file.replace(/\.js$/, '.ts');
    return failAllUnloaded(fs.existsSync(ts) ? `${name}.ts was not transpiled (see out/TRANSPILE-ERRORS)`
      : `no ${name}.ts in the spec`);
  }

  const mocha = newMocha(Mocha);
  mocha.suite.beforeEach(function skipListed() {
    const title = this.currentTest && this.currentTest.fullTitle();
    if (disabledTests.has(title)) {
      this.currentTest.skipReason = 'disabled-tests.json';
      this.skip();
    }
    const reason = skipReason(name, title);
    if (reason) {
      this.currentTest.skipReason = `skip.txt: ${reason}`;
      this.skip();
    }
  });
  // defer()-ed cleanups run before each suite's own afterEach hooks
  const cleanup = cleanupFunctions();
  if (cleanup) {
    mocha.suite.on('suite', function attach(suite) {
      suite.afterEach('cleanup', cleanup);
      suite.on('suite', attach);
    });
  }

  try {
    loadInto(mocha, file);
  } catch (e) {
    console.error(`electron-spec: ${name}: loading failed:`, e && e.stack ? `${e}\n${e.stack}` : e);
    return failAllUnloaded(describeError(e));
  }

  const tests = collectTests(mocha.suite);
  const ids = new Map();
  for (const t of tests) {
    const id = nextId++;
    ids.set(t, id);
    record('plan', id, t.fullTitle());
  }
  record('loaded', tests.length);

  const outcome = new Map(); // test -> { status, reason }
  const shown = new Set();
  const hookFailures = []; // { hook, suite, kind, reason }
  let held = null; // a test whose afterEach hooks may still fail it

  const show = (t) => {
    if (shown.has(t)) return;
    shown.add(t);
    const o = outcome.get(t);
    emit(ids.get(t), t.fullTitle(), o.status, o.reason);
  };
  const flush = () => {
    if (held) show(held);
    held = null;
  };
  const hookKind = (hook) => {
    const s = hook.parent;
    if (s._beforeAll.includes(hook)) return 'before all';
    if (s._beforeEach.includes(hook)) return 'before each';
    if (s._afterEach.includes(hook)) return 'after each';
    return 'after all';
  };
  const setOutcome = (t, status, reason) => {
    const before = outcome.get(t);
    if (before && before.status === 'FAIL') return;
    outcome.set(t, { status, reason });
    if (shown.has(t)) {
      // failed after its line was printed (a late async error): print again
      shown.delete(t);
      counts[before.status]--;
      show(t);
    }
  };

  const C = Mocha.Runner.constants;
  return new Promise((resolve) => {
    mochaRunning = true;
    const runner = mocha.run(() => {
      mochaRunning = false;
      flush();
      // tests mocha never reached: stopped by a hook, or cut off
      for (const t of tests) {
        if (outcome.has(t)) {
          show(t);
          continue;
        }
        if (t.isPending()) {
          outcome.set(t, { status: 'skip', reason: 'pending' });
        } else {
          let s = t.parent;
          let h;
          while (s && !(h = hookFailures.find((f) => f.suite === s))) s = s.parent;
          h = h || hookFailures[hookFailures.length - 1];
          if (h) h.blamed = true;
          outcome.set(t, { status: 'FAIL', reason: h ? `not run: ${h.reason}` : 'not run' });
        }
        show(t);
      }
      // a hook failure that failed no test (an "after all") is still one failure
      for (const f of hookFailures) {
        if (!f.blamed) {
          const id = nextId++;
          const title = `${f.suite.fullTitle() || '(root)'} ${f.hook.originalTitle || f.hook.title}`;
          record('plan', id, title);
          emit(id, title, 'FAIL', f.reason);
        }
      }
      record('done', counts.ok, counts.FAIL, counts.skip);
      resolve(counts);
    });
    runner.on(C.EVENT_HOOK_BEGIN, (hook) => {
      if (hookKind(hook) !== 'after each') flush();
    });
    runner.on(C.EVENT_TEST_BEGIN, () => flush());
    runner.on(C.EVENT_SUITE_END, () => flush());
    runner.on(C.EVENT_TEST_PASS, (t) => {
      setOutcome(t, 'ok');
      held = t;
    });
    // a pending test runs no hooks (a skipped suite's come one after
    // another with nothing between them): its line is final now
    runner.on(C.EVENT_TEST_PENDING, (t) => {
      flush();
      setOutcome(t, 'skip', t.skipReason || 'pending');
      show(t);
    });
    runner.on(C.EVENT_TEST_FAIL, (r, err) => {
      if (r.type === 'test') {
        setOutcome(r, 'FAIL', describeError(err));
        if (!shown.has(r)) held = r;
        return;
      }
      const kind = hookKind(r);
      // mocha names hooks '"before each" hook' or '"before each" hook: fn'
      const reason = `${r.originalTitle || r.title} failed: ${describeError(err)}`;
      const f = { hook: r, suite: r.parent, kind, reason, blamed: false };
      hookFailures.push(f);
      const current = r.ctx && r.ctx.currentTest;
      // an each-hook fails its test (an "after each" one even if the test passed)
      if ((kind === 'before each' || kind === 'after each') && current && ids.has(current)) {
        setOutcome(current, 'FAIL', reason);
        f.blamed = true;
      }
    });
  });
}

async function main() {
  const names = specFiles();
  if (names.length === 0) {
    console.error('electron-spec: no spec files named (CATHODE_SPEC_FILES or arguments)');
    process.exit(2);
  }
  let Mocha;
  let chai;
  try {
    Mocha = specRequire('mocha');
    chai = specRequire('chai');
    chai.use(specRequire('chai-as-promised'));
    chai.use(specRequire('dirty-chai'));
    chai.config.truncateThreshold = 0;
  } catch (e) {
    console.error(`electron-spec: mocha/chai do not load from ${specDir} (run prepare.sh):`, e);
    record('fatal', describeError(e));
    process.exit(2);
  }
  const total = { ok: 0, FAIL: 0, skip: 0 };
  for (const name of names) {
    const c = await runFile(Mocha, name);
    for (const k of Object.keys(total)) total[k] += c[k];
    say(`# ${name}: ${c.ok} passed, ${c.FAIL} failed, ${c.skip} skipped`);
  }
  say(`${total.ok} passed, ${total.FAIL} failed, ${total.skip} skipped`);
  process.exit(total.FAIL > 0 ? 1 : 0);
}

app.whenReady().then(main).catch((err) => {
  console.error('electron-spec: the runner failed:', err);
  process.exit(2);
});
