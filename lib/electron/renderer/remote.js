// remote.js — the renderer half of the remote module: `electron.remote`
// (webPreferences.enableRemoteModule) and `@electron/remote`. Each request
// is a synchronous IPC message on 'ct:remote' answered by
// electron/main/remote_server with a meta from which this file builds a
// proxy: methods call into main, other properties are read (and written)
// through main on every access, the prototype chain is rebuilt level by
// level. The same main object gives the same proxy while it is alive; a
// collected proxy is released in main ('deref'), and everything is released
// when the page unloads. Functions passed to main are kept here by id and
// called back asynchronously (their return value is lost, as in Electron).
'use strict';

// Electron's main-process modules: remote has a getter for each.
const mainModules = ['app', 'autoUpdater', 'BaseWindow', 'BrowserView', 'BrowserWindow', 'clipboard',
  'contentTracing', 'crashReporter', 'desktopCapturer', 'dialog', 'globalShortcut', 'inAppPurchase',
  'ipcMain', 'Menu', 'MenuItem', 'MessageChannelMain', 'nativeImage', 'nativeTheme', 'net', 'netLog',
  'Notification', 'powerMonitor', 'powerSaveBlocker', 'protocol', 'pushNotifications', 'safeStorage',
  'screen', 'session', 'ShareMenu', 'shell', 'systemPreferences', 'TouchBar', 'Tray', 'utilityProcess',
  'View', 'webContents', 'WebContentsView', 'webFrameMain'];

function createRemote(ipcRenderer, onInternal, pageId) {
  // one id per page load: main keeps what each load holds apart
  const contextId = `${pageId}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const proxies = new Map(); // id → { ref: WeakRef(proxy), holder: { id, count } }
  const collected = new FinalizationRegistry((holder) => {
    const entry = proxies.get(holder.id);
    if (entry !== undefined && entry.holder === holder) proxies.delete(holder.id);
    try { ipcRenderer.send('ct:remote', contextId, 'deref', holder.id, holder.count); } catch { /* closing */ }
  });
  const proxyIds = new WeakMap(); // proxy → main object id
  const callbacks = new Map(); // callback id → function
  const callbackIds = new WeakMap(); // function → callback id
  let nextCallbackId = 1;
  const returnValueFns = new WeakMap(); // createFunctionWithReturnValue's functions → value

  function request(op, ...args) {
    const meta = ipcRenderer.sendSync('ct:remote', contextId, op, ...args);
    return metaToValue(meta);
  }

  function toBuffer(u8) {
    return typeof Buffer === 'function' ? Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
  }

  function metaToValue(meta) {
    if (meta === null || typeof meta !== 'object') throw new Error(`Unknown type: ${typeof meta}`);
    switch (meta.t) {
      case 'v':
        return meta.v;
      case 'buffer':
        return toBuffer(meta.v);
      case 'array':
        return meta.m.map(metaToValue);
      case 'error': {
        const err = meta.v;
        for (const [k, m] of meta.m) {
          try { err[k] = metaToValue(m); } catch { /* read-only */ }
        }
        return err;
      }
      case 'promise':
        return Promise.resolve({ then: metaToValue(meta.then) });
      case 'exception': {
        const err = metaToValue(meta.v);
        throw err;
      }
      case 'object':
      case 'function':
        return proxyOf(meta);
      default:
        throw new Error(`Unknown type: ${meta.t}`);
    }
  }

  function proxyOf(meta) {
    const entry = proxies.get(meta.id);
    const live = entry && entry.ref.deref();
    if (live !== undefined) {
      entry.holder.count++;
      return live;
    }
    const proxy = buildProxy(meta);
    const holder = { id: meta.id, count: 1 };
    proxies.set(meta.id, { ref: new WeakRef(proxy), holder });
    proxyIds.set(proxy, meta.id);
    collected.register(proxy, holder);
    return proxy;
  }

  function defineMembers(target, id, members) {
    for (const m of members) {
      if (m.type === 'method') {
        const method = function (...args) {
          return request(new.target ? 'mconstruct' : 'mcall', id, m.name, wrapArgs(args));
        };
        Object.defineProperty(method, 'name', { value: m.name });
        Object.defineProperty(target, m.name, {
          value: method, enumerable: m.enumerable, writable: true, configurable: true,
        });
      } else {
        Object.defineProperty(target, m.name, {
          enumerable: m.enumerable,
          configurable: true,
          get: () => request('get', id, m.name),
          set: m.writable ? (v) => { request('set', id, m.name, wrapArgs([v])); } : undefined,
        });
      }
    }
  }

  function buildProxy(meta) {
    const id = meta.id;
    let target;
    if (meta.t === 'function') {
      target = function (...args) {
        return request(new.target ? 'construct' : 'call', id, wrapArgs(args));
      };
      Object.defineProperty(target, 'name', { value: meta.name });
    } else {
      target = {};
    }
    defineMembers(target, id, meta.members);
    // each level of the main object's prototype chain, as plain objects
    // whose members act on this object
    const chain = [];
    for (let p = meta.proto; p; p = p.proto) chain.push(p);
    let proto = meta.t === 'function' ? Function.prototype : Object.prototype;
    for (let i = chain.length - 1; i >= 0; i--) {
      const level = Object.create(proto);
      defineMembers(level, id, chain[i].members);
      proto = level;
    }
    Object.setPrototypeOf(target, proto);
    return target;
  }

  // ---- renderer values going to main ----
  function callerLocation() {
    const lines = String(new Error().stack || '').split('\n');
    return lines.find((l) => !/remote\.js|^Error$/.test(l.trim()) && l.trim() !== '') || '';
  }

  function wrap(value, seen) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      return { t: 'v', v: typeof value === 'symbol' ? undefined : value };
    }
    const remoteId = proxyIds.get(value);
    if (remoteId !== undefined) return { t: 'remote', id: remoteId };
    if (typeof value === 'function') {
      if (returnValueFns.has(value)) return { t: 'function-with-return-value', v: wrap(returnValueFns.get(value), seen) };
      let id = callbackIds.get(value);
      if (id === undefined) {
        id = nextCallbackId++;
        callbackIds.set(value, id);
      }
      callbacks.set(id, value);
      return { t: 'function', id, location: callerLocation(), length: value.length };
    }
    if (typeof Buffer === 'function' && Buffer.isBuffer(value)) return { t: 'buffer', v: new Uint8Array(value) };
    if (Array.isArray(value)) {
      if (seen.has(value)) return { t: 'v', v: null };
      seen.add(value);
      const out = { t: 'array', m: value.map((x) => wrap(x, seen)) };
      seen.delete(value);
      return out;
    }
    if (ArrayBuffer.isView(value) || value instanceof Date || value instanceof RegExp ||
        value instanceof ArrayBuffer || value instanceof Error) {
      return { t: 'v', v: value };
    }
    if (value instanceof Promise) {
      return { t: 'promise', then: wrap((onFulfilled, onRejected) => { value.then(onFulfilled, onRejected); }, seen) };
    }
    if (seen.has(value)) return { t: 'v', v: null }; // cycles become null, as in Electron
    seen.add(value);
    const m = [];
    for (const k of Object.keys(value)) m.push([k, wrap(value[k], seen)]);
    seen.delete(value);
    return { t: 'object', m };
  }

  function wrapArgs(args) {
    const seen = new Set();
    return args.map((a) => wrap(a, seen));
  }

  // ---- main calling back ----
  onInternal('ct:remote-callback', (args) => {
    const [ctx, id, meta] = args;
    if (ctx !== contextId) return;
    const fn = callbacks.get(id);
    if (fn === undefined) return;
    let callArgs;
    try {
      callArgs = metaToValue(meta);
    } catch (err) {
      console.error(err);
      return;
    }
    fn(...callArgs);
  });
  onInternal('ct:remote-release-callback', (args) => {
    const [ctx, id] = args;
    if (ctx === contextId) callbacks.delete(id);
  });
  addEventListener('pagehide', () => {
    try { ipcRenderer.send('ct:remote', contextId, 'release'); } catch { /* closing */ }
  });

  // ---- the module object ----
  const remote = {
    require(name) { return request('require', name, callerLocation()); },
    getBuiltin(name) { return request('builtin', name, callerLocation()); },
    getGlobal(name) { return request('global', name, callerLocation()); },
    getCurrentWindow() { return request('window', callerLocation()); },
    getCurrentWebContents() { return request('webContents', callerLocation()); },
    createFunctionWithReturnValue(value) {
      const fn = () => value;
      returnValueFns.set(fn, value);
      return fn;
    },
  };
  Object.defineProperty(remote, 'process', { enumerable: true, get: () => remote.getGlobal('process') });
  for (const name of mainModules) {
    Object.defineProperty(remote, name, { enumerable: true, get: () => remote.getBuiltin(name) });
  }
  return remote;
}

module.exports = { createRemote };
