// setup.js — fills the `process` object: identity, argv, env, clocks, exit,
// stdio, events. Most values come from internalBinding('process').
'use strict';

const pb = internalBinding('process');

function setupProcessObject(process, natives) {
  const EventEmitter = require('events');
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
  });
  Object.setPrototypeOf(process, proto);
  EventEmitter.call(process);

  const startup = pb.startup();
  const ids = pb.ids();
  const argv = startup.argv || [startup.execPath];
  argv[0] = startup.execPath;
  const mode = natives.mode;

  process.title = mode === 'node' ? 'node' : 'cathode';
  process.version = 'v' + startup.nodeVersion;
  // Node's keys for what cathode really has, in Node's order (node, then
  // by name), then Electron's two (in every mode, as Electron's run-as-node
  // has them) and cathode's own; docs/compatibility.md says why v8,
  // modules, napi and the libraries cathode does not use are absent.
  const versions = {
    node: startup.nodeVersion,
    brotli: startup.brotliVersion,
    cldr: startup.cldrVersion,
    icu: startup.icuVersion,
    openssl: startup.opensslVersion,
    tz: startup.tzVersion,
    unicode: startup.unicodeVersion,
    uv: startup.uvVersion,
    zlib: startup.zlibVersion,
    electron: startup.electronVersion,
    chrome: startup.chromeVersion,
    cathode: startup.version,
    webkitgtk: startup.webkitVersion,
  };
  for (const key of Object.keys(versions)) if (versions[key] === undefined) delete versions[key];
  process.versions = versions;
  process.arch = 'x64';
  try { process.arch = require('os').arch(); } catch { /* os not ready: keep x64 */ }
  process.platform = 'linux';
  process.release = { name: 'node', lts: 'Jod' };
  process.argv = argv;
  process.execArgv = startup.execArgv || [];
  process.argv0 = startup.argv0 || 'node';
  process.execPath = startup.execPath;
  process.pid = ids.pid;
  Object.defineProperty(process, 'ppid', { get: pb.ppid, enumerable: true, configurable: true });
  process.debugPort = 9229;
  process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false,
                       tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true,
                       typescript: false };
  process.config = { target_defaults: {}, variables: { napi_build_version: '9', node_module_version: 127,
    // JavaScriptCore is built with ICU: Intl is complete
    v8_enable_i18n_support: typeof Intl === 'object' ? 1 : 0 } };
  process.moduleLoadList = [];
  process._eval = startup.eval;
  process._printEval = startup.printEval;
  process._exiting = false;
  process.domain = null;
  process.exitCode = undefined;
  if (mode !== 'node') {
    process.type = mode === 'renderer' ? 'renderer' : 'browser';
    process.resourcesPath = startup.execPath.replace(/\/[^/]*$/, '');
  }
  if (process.execArgv.includes('--no-deprecation')) process.noDeprecation = true;
  if (process.execArgv.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (process.execArgv.includes('--trace-deprecation')) process.traceDeprecation = true;
  if (process.execArgv.includes('--expose-gc') || process.execArgv.includes('--expose_gc')) {
    globalThis.gc = pb.gc;
  }

  require('internal/process/per_thread').setup(process, pb, ids);
  require('internal/process/stdio').setup(process);
  require('internal/process/warning').setup(process);
  require('internal/process/task_queues').setup(process);
  require('internal/process/execution').setup(process);
  require('internal/process/signals').setup(process);
  // a child made by child_process.fork(): the parent's IPC pipe
  if (process.env.NODE_CHANNEL_FD !== undefined) {
    require('internal/child_process').setupChannelFromEnv();
  }
}

module.exports = { setupProcessObject };
