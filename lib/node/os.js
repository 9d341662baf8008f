// os.js — node:os: host facts from internalBinding('os') (src/core/os.c) and
// the numeric constants from internalBinding('constants').
//
// Functions that return a single value also convert to it (`${os.hostname}`
// is the host name), as Node's do; failures the binding reports through a
// context object become ERR_SYSTEM_ERROR.
'use strict';

const binding = internalBinding('os');
const { os: osConstants } = internalBinding('constants');
const {
  codes: { ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateInt32, validateObject } = require('internal/validators');

function freezeDeep(o) {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) freezeDeep(v);
  return Object.freeze(o);
}
const constants = freezeDeep(osConstants);

// Wraps a binding call that takes a trailing context object: throws the
// SystemError when it comes back filled in.
function checked(fn) {
  return function(...args) {
    const ctx = {};
    const r = fn(...args, ctx);
    if (ctx.code !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return r;
  };
}

const getHostname = checked(binding.getHostname);
const getHomeDirectory = checked(binding.getHomeDirectory);
const getUptime = checked(binding.getUptime);
const getUserInfo = checked(binding.getUserInfo);
const getInterfaceAddresses = checked(binding.getInterfaceAddresses);
const getOSInformation = checked(binding.getOSInformation);

let osInfo;
function info() {
  return (osInfo ??= getOSInformation());
}

function hostname() { return getHostname(); }
function homedir() { return getHomeDirectory(); }
function uptime() { return getUptime(); }
function totalmem() { return binding.getTotalMem(); }
function freemem() { return binding.getFreeMem(); }
function availableParallelism() { return binding.getAvailableParallelism(); }
function type() { return info()[0]; }
function version() { return info()[1]; }
function release() { return info()[2]; }
function machine() { return info()[3]; }
function arch() { return archFromMachine(machine()); }
function platform() { return process.platform; }
function endianness() { return 'LE'; }

// Node reports V8's target architecture; ours is the one we were built for,
// which is the running kernel's on every supported host.
function archFromMachine(m) {
  switch (m) {
    case 'x86_64': return 'x64';
    case 'aarch64': case 'arm64': return 'arm64';
    case 'i386': case 'i686': return 'ia32';
    case 'armv7l': case 'armv6l': return 'arm';
    case 'ppc64le': return 'ppc64';
    case 'riscv64': return 'riscv64';
    case 's390x': return 's390x';
    default: return m;
  }
}

for (const fn of [hostname, homedir, uptime, totalmem, freemem, availableParallelism, type,
  version, release, machine, arch, platform, endianness]) {
  fn[Symbol.toPrimitive] = () => fn();
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function loadavg() {
  return binding.getLoadAvg();
}

function cpus() {
  const flat = binding.getCPUs();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5],
               irq: flat[i + 6] },
    });
  }
  return out;
}

function cidrOf(address, netmask, family) {
  let ones = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = Number(part);
      while (n & 0x80) { ones++; n = (n << 1) & 0xff; }
      if (n !== 0) return null;
    }
  } else {
    // expand '::' so every group is counted
    const halves = netmask.split('::');
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
    const groups = [...head, ...new Array(8 - head.length - tail.length).fill('0'), ...tail];
    let ended = false;
    for (const g of groups) {
      let n = parseInt(g, 16);
      for (let b = 0; b < 16; b++) {
        const bit = (n & 0x8000) !== 0;
        n = (n << 1) & 0xffff;
        if (bit && ended) return null;
        if (bit) ones++; else ended = true;
      }
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const flat = getInterfaceAddresses();
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const name = flat[i];
    const entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family: flat[i + 3],
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: cidrOf(flat[i + 1], flat[i + 2], flat[i + 3]),
    };
    if (entry.family === 'IPv6') entry.scopeid = flat[i + 6];
    (out[name] ??= []).push(entry);
  }
  return out;
}

function userInfo(options) {
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const u = getUserInfo();
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const k of ['username', 'homedir', 'shell']) {
      if (typeof u[k] === 'string') u[k] = Buffer.from(u[k]);
    }
  }
  return u;
}

function normalizePid(pid) {
  if (pid === undefined) return 0;
  validateInt32(pid, 'pid');
  return pid;
}

function getPriority(pid) {
  pid = normalizePid(pid);
  const ctx = {};
  const prio = binding.getPriority(pid, ctx);
  if (prio === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return prio;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  pid = normalizePid(pid);
  validateInt32(priority, 'priority', constants.priority.PRIORITY_HIGHEST,
                constants.priority.PRIORITY_LOW);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
