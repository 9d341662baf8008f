// per_thread.js — process methods backed by the OS: env, cwd, hrtime, memory,
// kill, exit, umask, ids.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_VALUE },
  errnoException,
} = require('internal/errors');
const { validateNumber, validateObject, parseFileMode } = require('internal/validators');

const linkedBindings = {
  __proto__: null,
  electron_common_features: 'electron/common/features',
  electron_common_v8_util: 'electron/common/v8_util',
};

function setup(process, pb, ids) {
  // process.env: a live view of the real environment; values become strings.
  const envTarget = Object.create(null);
  process.env = new Proxy(envTarget, {
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      return pb.envGet(key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      pb.envSet(key, `${value}`);
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && pb.envGet(key) !== undefined;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') pb.envDelete(key);
      return true;
    },
    ownKeys() {
      return pb.envKeys();
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = pb.envGet(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if (desc.get || desc.set) {
        throw new TypeError("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new TypeError("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      pb.envSet(key, `${desc.value}`);
      return true;
    },
  });

  process.cwd = function cwd() { return pb.cwd(); };
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    pb.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return pb.umask(undefined);
    mask = parseFileMode(mask, 'mask');
    return pb.umask(mask);
  };

  function hrtime(time) {
    const t = pb.hrtime();
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      let sec = t[0] - time[0];
      let nsec = t[1] - time[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
      return [sec, nsec];
    }
    return t;
  }
  hrtime.bigint = function bigint() { return pb.hrtimeBigInt(); };
  process.hrtime = hrtime;
  process.uptime = function uptime() { return pb.uptime(); };

  function memoryUsage() {
    const m = pb.memoryUsage();
    return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: m[3], arrayBuffers: m[4] };
  }
  memoryUsage.rss = function rss() { return pb.rss(); };
  process.memoryUsage = memoryUsage;

  process.cpuUsage = function cpuUsage(prevValue) {
    const [user, system] = pb.cpuUsage();
    if (prevValue) {
      validateObject(prevValue, 'prevValue');
      validateNumber(prevValue.user, 'prevValue.user');
      validateNumber(prevValue.system, 'prevValue.system');
      // Node accepts finite, non-negative, safe integers of microseconds
      const valid = (n) => Number.isFinite(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER;
      if (!valid(prevValue.user)) throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
      if (!valid(prevValue.system)) throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
      return { user: user - prevValue.user, system: system - prevValue.system };
    }
    return { user, system };
  };
  process.resourceUsage = function resourceUsage() {
    const f = pb.resourceUsage();
    return {
      userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
      unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6],
      majorPageFault: f[7], swappedOut: f[8], fsRead: f[9], fsWrite: f[10],
      ipcSent: f[11], ipcReceived: f[12], signalsCount: f[13],
      voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
    };
  };

  process.kill = function kill(pid, sig) {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let signal;
    if (sig === (sig | 0)) {
      signal = sig;
    } else if (sig === undefined) {
      signal = 15;
    } else {
      const { signals } = require('os').constants;
      signal = signals[sig];
      if (typeof signal !== 'number') throw new ERR_UNKNOWN_SIGNAL(sig);
    }
    const err = process._kill(pid, signal);
    if (err) throw errnoException(err, 'kill');
    return true;
  };
  // the raw call, separate so tests (and Node's own code) can intercept it
  process._kill = function _kill(pid, sig) { return pb.kill(pid, sig); };

  process.abort = function abort() { pb.abort(); };
  process.reallyExit = function reallyExit(code) { pb.reallyExit(code); };
  process.exit = function exit(code) {
    const { validateInteger } = require('internal/validators');
    if (code !== undefined && code !== null) {
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) code = +code;
      else validateInteger(code, 'code');
      process.exitCode = code;
    }
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    process.reallyExit(process.exitCode || 0);
  };

  process.getuid = () => ids.uid;
  process.geteuid = () => ids.euid;
  process.getgid = () => ids.gid;
  process.getegid = () => ids.egid;
  // like Node, the effective gid is always among the groups
  process.getgroups = () => {
    const groups = pb.getgroups();
    if (!groups.includes(ids.egid)) groups.push(ids.egid);
    return groups;
  };
  process.getActiveResourcesInfo = () => [];
  process.setUncaughtExceptionCaptureCallback = function(fn) {
    if (fn !== null && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    process._uncaughtCaptureCallback = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = () => typeof process._uncaughtCaptureCallback === 'function';
  process.binding = function binding(name) {
    throw new Error(`No such module: ${name}`);
  };
  // the bindings linked into the executable: Electron's, by its names
  process._linkedBinding = function _linkedBinding(name) {
    const id = linkedBindings[name];
    if (typeof id !== 'string') {
      const err = new Error(`No such binding was linked: ${name}`);
      err.code = 'ERR_INVALID_MODULE';
      throw err;
    }
    return require(id);
  };
  process.emitWarning = function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  };
  process.setSourceMapsEnabled = function() {};
  process.report = { getReport() { return {}; }, writeReport() { return ''; } };
  process.constrainedMemory = () => 0;
  process.availableMemory = () => require('os').freemem();
  let title = process.title;
  Object.defineProperty(process, 'title', {
    get() { return title; },
    set(v) { title = `${v}`; pb.setTitle(title); },
    enumerable: true, configurable: true,
  });
}

module.exports = { setup };
