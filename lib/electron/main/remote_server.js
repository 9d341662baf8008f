// remote_server.js — the main-process half of the remote module (built-in
// `electron.remote` and `@electron/remote`): renderers ask over synchronous
// IPC on the internal channel 'ct:remote' for main-process objects, and get
// back descriptions ("metas") from which they build proxies. Objects pass by
// reference: they are kept in a registry under numeric ids, counted per
// renderer context (one page load), and let go when the renderer's proxy is
// collected ('deref'), when the page unloads ('release') or when its
// renderer dies or its webContents is destroyed. Renderer functions passed
// as arguments become stubs here that call back asynchronously.
//
// Meta kinds, main → renderer: v (copied value), buffer, array, error,
// promise (a remote `then`), exception, object/function (by reference:
// id, name, members, proto). Renderer → main adds remote (a proxy of ours),
// object (a copied plain object), function (a callback by id) and
// function-with-return-value. Error texts are Electron's.
'use strict';

const { sendToRenderer } = require('electron/main/ipc_main');

const state = {
  initialized: false,     // @electron/remote/main initialize()
  enabled: new WeakSet(), // webContents passed to enable()
};

const kDisabled = '@electron/remote is disabled for this WebContents. ' +
  'Call require("@electron/remote/main").enable(webContents) to enable it.';

// ---- the registry: id → object, and per owner (webContents id + renderer
// context id) how many times each id was sent there ----
let nextId = 1;
const objects = new Map();  // id → object
const idOf = new Map();     // object → id
const owners = new Map();   // owner key → Map(id → count)
const holders = new Map();  // id → number of owners holding it
const deadOwners = new Set(); // released contexts (stubs into them warn)
const ownerFrames = new Map(); // owner key → frame index its requests come from

function ownerKey(wc, contextId) {
  return `${wc.id}-${contextId}`;
}

function addRef(owner, obj) {
  let id = idOf.get(obj);
  if (id === undefined) {
    id = nextId++;
    objects.set(id, obj);
    idOf.set(obj, id);
    holders.set(id, 0);
  }
  let counts = owners.get(owner);
  if (counts === undefined) owners.set(owner, counts = new Map());
  const n = counts.get(id) || 0;
  if (n === 0) holders.set(id, holders.get(id) + 1);
  counts.set(id, n + 1);
  return id;
}

function dropRef(owner, id, count) {
  const counts = owners.get(owner);
  if (counts === undefined || !counts.has(id)) return;
  const n = counts.get(id) - count;
  if (n > 0) {
    counts.set(id, n);
    return;
  }
  counts.delete(id);
  forget(id);
}

function forget(id) {
  const h = holders.get(id) - 1;
  if (h > 0) {
    holders.set(id, h);
    return;
  }
  idOf.delete(objects.get(id));
  objects.delete(id);
  holders.delete(id);
}

function releaseOwner(owner) {
  const counts = owners.get(owner);
  deadOwners.add(owner);
  ownerFrames.delete(owner);
  if (counts === undefined) return;
  owners.delete(owner);
  for (const id of counts.keys()) forget(id);
}

// Everything a webContents' pages hold, when it is destroyed or its
// renderer dies.
function releaseWebContents(wc) {
  const prefix = `${wc.id}-`;
  for (const owner of [...owners.keys()]) if (owner.startsWith(prefix)) releaseOwner(owner);
}

const watched = new WeakSet();
function watch(wc) {
  if (watched.has(wc)) return;
  watched.add(wc);
  wc.once('destroyed', () => releaseWebContents(wc));
  wc.on('render-process-gone', () => releaseWebContents(wc));
}

// ---- main → renderer ----
function describeMembers(obj, skip) {
  const out = [];
  for (const name of Object.getOwnPropertyNames(obj)) {
    if (skip.has(name)) continue;
    const d = Object.getOwnPropertyDescriptor(obj, name);
    const method = 'value' in d && typeof d.value === 'function';
    out.push({
      name,
      type: method ? 'method' : 'get',
      enumerable: d.enumerable,
      writable: Boolean(d.writable || d.set),
    });
  }
  return out;
}

const skipOnFunction = new Set(['length', 'name', 'prototype', 'arguments', 'caller']);
const skipOnObject = new Set();
const skipOnProto = new Set(['constructor']);

// The prototype chain down to (not including) Object.prototype or
// Function.prototype, each level's members described.
function describeProto(obj) {
  const proto = Object.getPrototypeOf(obj);
  if (proto === null || proto === Object.prototype || proto === Function.prototype) return null;
  return { members: describeMembers(proto, skipOnProto), proto: describeProto(proto) };
}

function isPromise(v) {
  return v instanceof Promise || (v !== null && typeof v === 'object' && typeof v.then === 'function' &&
    Object.prototype.toString.call(v) === '[object Promise]');
}

function isCopied(v) {
  return ArrayBuffer.isView(v) || v instanceof Date || v instanceof RegExp || v instanceof ArrayBuffer ||
    v instanceof Boolean || v instanceof Number || v instanceof String;
}

function valueToMeta(owner, value, depth = 0) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return { t: 'v', v: typeof value === 'symbol' ? undefined : value };
  }
  if (depth > 100) return { t: 'v', v: null };
  if (Buffer.isBuffer(value)) return { t: 'buffer', v: new Uint8Array(value) };
  if (Array.isArray(value)) return { t: 'array', m: value.map((x) => valueToMeta(owner, x, depth + 1)) };
  if (isCopied(value)) return { t: 'v', v: value };
  if (value instanceof Error) {
    const m = [];
    for (const k of Object.keys(value)) m.push([k, valueToMeta(owner, value[k], depth + 1)]);
    return { t: 'error', v: value, m };
  }
  if (isPromise(value)) {
    value.then(null, () => {}); // the renderer's then() sees the rejection
    return { t: 'promise', then: valueToMeta(owner, (onFulfilled, onRejected) => {
      value.then(onFulfilled, onRejected);
    }, depth + 1) };
  }
  const fn = typeof value === 'function';
  let name = '';
  try {
    name = fn ? value.name : (value.constructor && value.constructor.name) || '';
  } catch { /* a throwing getter: no name */ }
  return {
    t: fn ? 'function' : 'object',
    id: addRef(owner, value),
    name: typeof name === 'string' ? name : '',
    members: describeMembers(value, fn ? skipOnFunction : skipOnObject),
    proto: describeProto(value),
  };
}

function exceptionMeta(owner, err) {
  return { t: 'exception', v: valueToMeta(owner, err) };
}

function rpcError(message) {
  const err = new Error(message);
  err.code = 'EBADRPC';
  err.errno = -72;
  return err;
}

// ---- renderer → main ----
const stubs = new Map(); // `${owner}:${callbackId}` → WeakRef(stub)
const stubGone = new FinalizationRegistry(({ wc, contextId, callbackId, key }) => {
  const ref = stubs.get(key);
  if (ref !== undefined && ref.deref() === undefined) stubs.delete(key);
  if (!wc.isDestroyed() && !deadOwners.has(ownerKey(wc, contextId))) {
    const frame = ownerFrames.get(ownerKey(wc, contextId)) || 0;
    try { sendToRenderer(wc, 'ct:remote-release-callback', [contextId, callbackId], frame); } catch { /* gone */ }
  }
});

function callbackStub(wc, contextId, meta) {
  const owner = ownerKey(wc, contextId);
  const key = `${owner}:${meta.id}`;
  const cached = stubs.get(key);
  const live = cached && cached.deref();
  if (live) return live;
  const location = typeof meta.location === 'string' ? meta.location : '';
  const stub = function callIntoRenderer(...args) {
    if (wc.isDestroyed() || deadOwners.has(owner)) {
      let message = 'Attempting to call a function in a renderer window that has been closed or released.' +
        `\nFunction provided here: ${location}`;
      if (this !== null && typeof this === 'object' && typeof this.eventNames === 'function') {
        const names = this.eventNames().filter((n) => this.listeners(n).includes(stub));
        if (names.length > 0) {
          message += `\nRemote event names: ${names.join(', ')}`;
          for (const n of names) this.removeListener(n, stub);
        }
      }
      console.warn(message);
      return undefined;
    }
    sendToRenderer(wc, 'ct:remote-callback', [contextId, meta.id, valueToMeta(owner, args)],
      ownerFrames.get(owner) || 0);
    return undefined;
  };
  Object.defineProperty(stub, 'length', { value: Number(meta.length) || 0 });
  stubs.set(key, new WeakRef(stub));
  stubGone.register(stub, { wc, contextId, callbackId: meta.id, key });
  return stub;
}

function unwrap(wc, contextId, meta, depth = 0) {
  if (meta === null || typeof meta !== 'object' || depth > 100) throw new Error(`Unknown type: ${typeof meta}`);
  switch (meta.t) {
    case 'v':
      return meta.v;
    case 'remote':
      return objects.get(meta.id);
    case 'array':
      if (!Array.isArray(meta.m)) throw new Error('Unknown type: array');
      return meta.m.map((m) => unwrap(wc, contextId, m, depth + 1));
    case 'buffer':
      return Buffer.from(meta.v);
    case 'promise':
      return Promise.resolve({ then: unwrap(wc, contextId, meta.then, depth + 1) });
    case 'object': {
      const out = {};
      if (Array.isArray(meta.m)) {
        for (const pair of meta.m) {
          if (Array.isArray(pair) && typeof pair[0] === 'string') out[pair[0]] = unwrap(wc, contextId, pair[1], depth + 1);
        }
      }
      return out;
    }
    case 'function-with-return-value': {
      const value = unwrap(wc, contextId, meta.v, depth + 1);
      return function returnValue() { return value; };
    }
    case 'function':
      return callbackStub(wc, contextId, meta);
    default:
      throw new Error(`Unknown type: ${meta.t}`);
  }
}

function unwrapArgs(wc, contextId, metas) {
  if (!Array.isArray(metas)) throw new Error('Unknown type: arguments');
  return metas.map((m) => unwrap(wc, contextId, m));
}

// The remote-* events, on app (with the webContents) then on the
// webContents: preventDefault() blocks, returnValue substitutes.
function customEvent(wc, name, ...args) {
  const event = {
    sender: wc,
    returnValue: undefined,
    defaultPrevented: false,
    preventDefault() { this.defaultPrevented = true; },
  };
  require('electron/main/app').app.emit(name, event, wc, ...args);
  wc.emit(name, event, ...args);
  return event;
}

function filtered(wc, name, blocked, getDefault, ...args) {
  const event = customEvent(wc, name, ...args);
  if (event.returnValue !== undefined) return event.returnValue;
  if (event.defaultPrevented) throw new Error(blocked);
  return getDefault();
}

function mainRequire(name) {
  if (process.mainModule) return process.mainModule.require(name);
  const Module = require('module');
  const app = require('electron/main/app').app;
  return Module.createRequire(require('path').join(app.getAppPath(), 'package.json'))(name);
}

function isEnabled(wc) {
  const prefs = wc.getLastWebPreferences ? wc.getLastWebPreferences() || {} : {};
  return require('electron/main/legacy_defaults').effective(prefs).enableRemoteModule ||
    (state.initialized && state.enabled.has(wc));
}

function lookup(id, what) {
  const obj = objects.get(id);
  if (obj === undefined || obj === null) throw rpcError(what(id));
  return obj;
}

function callFailed(kind, name, error) {
  const err = new Error(`Could not call remote ${kind} '${name}'. Check that the ${kind} signature is correct. ` +
    `Underlying error: ${error}` + (error instanceof Error ? `Underlying stack: ${error.stack}\n` : ''));
  err.cause = error;
  return err;
}

// One synchronous request: returns the meta of its result.
function request(wc, owner, contextId, op, a) {
  const electron = require('electron/main/index');
  switch (op) {
    case 'require': {
      const name = String(a[0]);
      return valueToMeta(owner, filtered(wc, 'remote-require', `Blocked remote.require('${name}')`,
        () => mainRequire(name), name));
    }
    case 'builtin': {
      const name = String(a[0]);
      return valueToMeta(owner, filtered(wc, 'remote-get-builtin', `Blocked remote.getBuiltin('${name}')`,
        () => electron[name], name));
    }
    case 'global': {
      const name = String(a[0]);
      return valueToMeta(owner, filtered(wc, 'remote-get-global', `Blocked remote.getGlobal('${name}')`,
        () => globalThis[name], name));
    }
    case 'window':
      return valueToMeta(owner, filtered(wc, 'remote-get-current-window', 'Blocked remote.getCurrentWindow()',
        () => electron.BrowserWindow.fromWebContents(wc)));
    case 'webContents':
      return valueToMeta(owner, filtered(wc, 'remote-get-current-web-contents',
        'Blocked remote.getCurrentWebContents()', () => wc));
    case 'construct': {
      const C = lookup(a[0], (id) => `Cannot call constructor on missing remote object ${id}`);
      return valueToMeta(owner, new C(...unwrapArgs(wc, contextId, a[1])));
    }
    case 'call': {
      const fn = lookup(a[0], (id) => `Cannot call function on missing remote object ${id}`);
      const args = unwrapArgs(wc, contextId, a[1]);
      try {
        return valueToMeta(owner, fn(...args));
      } catch (error) {
        throw callFailed('function', fn.name || 'anonymous', error);
      }
    }
    case 'mconstruct': {
      const method = String(a[1]);
      const obj = lookup(a[0], (id) => `Cannot call constructor '${method}' on missing remote object ${id}`);
      return valueToMeta(owner, new obj[method](...unwrapArgs(wc, contextId, a[2])));
    }
    case 'mcall': {
      const method = String(a[1]);
      const obj = lookup(a[0], (id) => `Cannot call method '${method}' on missing remote object ${id}`);
      const args = unwrapArgs(wc, contextId, a[2]);
      try {
        return valueToMeta(owner, obj[method](...args));
      } catch (error) {
        throw callFailed('method', method, error);
      }
    }
    case 'get': {
      const name = String(a[1]);
      const obj = lookup(a[0], (id) => `Cannot get property '${name}' on missing remote object ${id}`);
      return valueToMeta(owner, obj[name]);
    }
    case 'set': {
      const name = String(a[1]);
      const obj = lookup(a[0], (id) => `Cannot set property '${name}' on missing remote object ${id}`);
      obj[name] = unwrapArgs(wc, contextId, a[2])[0];
      return { t: 'v', v: null };
    }
    default:
      throw new Error(`Unknown remote request: ${op}`);
  }
}

// An ipc message on 'ct:remote' from webContents wc: [contextId, op, ...].
// Synchronous ones are answered through event.returnValue; 'deref' and
// 'release' are one-way. Malformed ones are answered with an exception.
function onMessage(wc, event, args, sync) {
  const [contextId, op, ...rest] = args;
  if (typeof contextId !== 'string' || typeof op !== 'string') {
    if (sync) event.returnValue = exceptionMeta('', new Error('Unknown type: request'));
    return;
  }
  const owner = ownerKey(wc, contextId);
  ownerFrames.set(owner, event.senderFrame ? event.senderFrame._index : 0);
  if (!sync) {
    if (op === 'deref' && Number.isInteger(rest[0]) && Number.isInteger(rest[1])) dropRef(owner, rest[0], rest[1]);
    else if (op === 'release') releaseOwner(owner);
    return;
  }
  let reply;
  try {
    if (!isEnabled(wc)) throw new Error(kDisabled);
    watch(wc);
    deadOwners.delete(owner);
    reply = request(wc, owner, contextId, op, rest);
  } catch (err) {
    try {
      reply = exceptionMeta(owner, err);
    } catch {
      reply = { t: 'exception', v: { t: 'v', v: new Error(String(err)) } };
    }
  }
  event.returnValue = reply;
}

// @electron/remote/main
const remoteMain = {
  initialize() {
    if (state.initialized) throw new Error('@electron/remote has already been initialized');
    state.initialized = true;
  },
  isInitialized() {
    return state.initialized;
  },
  enable(webContents) {
    if (webContents === null || typeof webContents !== 'object' || typeof webContents.isDestroyed !== 'function') {
      throw new TypeError('enable() expects a WebContents');
    }
    state.enabled.add(webContents);
  },
};
// cathode's own diagnostic (not in Electron): how many main-process objects
// renderers hold through remote, for tests of the release paths.
Object.defineProperty(remoteMain, '_objectCount', { value: () => objects.size, enumerable: false });

module.exports = { onMessage, remoteMain };
