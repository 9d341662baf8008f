// ipc_main.js — ipcMain: an EventEmitter of renderer messages plus the
// handle/handleOnce/removeHandler table behind ipcRenderer.invoke, and the
// main side of the wire: src/main/ipc_main.c reports each renderer frame as
// (wcId, 'ct-ipc', kind, channel, reqId, args, frame, decoded), its payload
// already decoded by clone.c, and asks (wcId, 'ct-prefs', frame, url) for a
// page's webPreferences and preload source before its scripts run.
// binding.post clones what it sends (Electron's rules) in C.
'use strict';

const EventEmitter = require('events');
const fs = require('fs');
const ports = require('electron/main/message_port_main');
const frames = require('electron/main/web_frame_main');

const binding = internalBinding('ipc_main');

// frame kinds: src/core/wire.h
const INVOKE_REPLY = 6, SEND = 4, INVOKE = 5, SYNC = 7, SYNC_REPLY = 8, EVENT = 9;
const EXEC = 13, EXEC_REPLY = 14;

class IpcMain extends EventEmitter {
  constructor() {
    super();
    this._invokeHandlers = new Map();
    // Electron's ipcMain never warns about many listeners, and 'error' is
    // an ordinary channel
    this.setMaxListeners(0);
    this.on('error', () => {});
  }

  handle(channel, listener) {
    if (this._invokeHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    if (typeof listener !== 'function') {
      throw new TypeError(`Expected handler to be a function, but found type '${typeof listener}'`);
    }
    this._invokeHandlers.set(channel, listener);
  }

  handleOnce(channel, listener) {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel) {
    this._invokeHandlers.delete(channel);
  }
}

const ipcMain = new IpcMain();

function webContentsOf(id) {
  return require('electron/main/web_contents').WebContents.fromId(id);
}

// webContents.send (frame 0) and WebFrameMain.send: false when the page is
// not connected (not loaded yet).
function sendToRenderer(wc, channel, args, frame = 0) {
  if (typeof channel !== 'string') {
    throw new TypeError(`The "channel" argument must be of type string. Received type ${typeof channel}`);
  }
  return binding.post(wc.id, EVENT, 0, channel, args, frame);
}

// executeJavaScript over the socket: the extension runs code in world
// `world` of frame `frame` and answers with the structured clone of its
// (awaited) value, so Dates, Maps, undefined... survive as in Electron.
// null when the page has no connection (the caller falls back to WebKit's
// evaluation). Pending ones reject when their frame or page goes away.
const execs = new Map(); // request id → { resolve, reject, wc, frame }
let nextExec = 1;
function executeInFrame(wc, frame, code, world = 0) {
  const id = nextExec;
  nextExec = nextExec % 0x7fffffff + 1;
  let settle;
  const p = new Promise((resolve, reject) => { settle = { resolve, reject, wc, frame }; });
  execs.set(id, settle);
  if (!binding.post(wc.id, EXEC, id, String(world), String(code), frame)) {
    execs.delete(id);
    return null;
  }
  if (!wc._ctExecWatched) {
    wc._ctExecWatched = true;
    const gone = (frameOnly) => () => {
      for (const [i, e] of execs) {
        if (e.wc === wc && (!frameOnly || e.frame === 0)) {
          execs.delete(i);
          e.reject(new Error('Script failed to execute, the page went away'));
        }
      }
    };
    wc.once('destroyed', gone(false));
    wc.on('render-process-gone', gone(false));
    wc.on('did-navigate', gone(true));
  }
  return p;
}

// reply: the decoded [ok, value]; decoded: 1, 0 (malformed) or -1 (empty:
// the frame was gone)
function onExecReply(wc, frame, reqId, reply, decoded) {
  const e = execs.get(reqId);
  if (e === undefined || e.wc !== wc || e.frame !== frame) return;
  execs.delete(reqId);
  if (decoded === -1) {
    e.reject(new Error('Render frame was disposed before WebFrameMain could be accessed'));
    return;
  }
  if (decoded !== 1 || !Array.isArray(reply)) e.reject(new Error('Script failed to execute'));
  else if (reply[0] === true) e.resolve(reply[1]);
  else e.reject(reply[1]);
}

// webFrame's zoom and style sheets (lib/electron/renderer/web_frame.js):
// [ok, value]; arguments are the renderer's, so checked here again.
function webFrameRequest(wc, [op, a, b]) {
  try {
    switch (op) {
      case 'setZoomFactor':
        if (typeof a !== 'number' || !(a > 0)) throw new Error("'zoomFactor' must be a double greater than 0.0");
        wc.setZoomFactor(a);
        return [true, undefined];
      case 'getZoomFactor': return [true, wc.getZoomFactor()];
      case 'setZoomLevel':
        if (typeof a !== 'number' || !Number.isFinite(a)) throw new Error('bad zoom level');
        wc.setZoomLevel(a);
        return [true, undefined];
      case 'getZoomLevel': return [true, wc.getZoomLevel()];
      case 'insertCSS': {
        if (typeof a !== 'string') throw new Error('bad css');
        return [true, wc._insertCSS(a, { cssOrigin: b === 'user' ? 'user' : 'author' })];
      }
      case 'removeInsertedCSS':
        if (typeof a !== 'string') throw new Error('bad key');
        wc.removeInsertedCSS(a);
        return [true, undefined];
      default:
        throw new Error(`unknown webFrame request ${String(op)}`);
    }
  } catch (err) {
    return [false, String(err && err.message)];
  }
}

function prefsFor(wc, frame) {
  const p = wc.getLastWebPreferences() || {};
  if (p.nodeIntegrationInWorker === true && !wc._ctWorkerWarned) {
    wc._ctWorkerWarned = true;
    console.warn('cathode: webPreferences.nodeIntegrationInWorker is not supported ' +
      '(WebKit gives no access to worker contexts); workers run without Node.');
  }
  // defaults by the Electron version the app declares (legacy_defaults.js)
  const eff = require('electron/main/legacy_defaults').effective(p);
  const out = {
    contextIsolation: eff.contextIsolation,
    sandbox: eff.sandbox,
    nodeIntegration: eff.nodeIntegration,
    preload: typeof p.preload === 'string' ? p.preload : null,
    preloadSource: null,
    versions: process.versions,
    arch: process.arch,
    execPath: process.execPath,
    appPath: require('electron/main/app').app.getAppPath(),
    webSecurity: p.webSecurity !== false,
    allowRunningInsecureContent: p.allowRunningInsecureContent === true,
    experimentalFeatures: p.experimentalFeatures === true,
    enableBlinkFeatures: typeof p.enableBlinkFeatures === 'string' ? p.enableBlinkFeatures : '',
    securityWarnings: process.env.ELECTRON_ENABLE_SECURITY_WARNINGS ? true :
      process.env.ELECTRON_DISABLE_SECURITY_WARNINGS ? false : null,
    pid: process.pid,
    enableRemoteModule: eff.enableRemoteModule,
    nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames === true,
    isMainFrame: !(frame > 0),
    exposeGc: /--expose[-_]gc/.test(require('electron/main/app').app.commandLine.getSwitchValue('js-flags')),
    // webPreferences.additionalArguments: appended to the renderer's process.argv
    additionalArguments: Array.isArray(p.additionalArguments)
      ? p.additionalArguments.filter((a) => typeof a === 'string') : [],
  };
  // with Node in the renderer (sandbox: false) the preload is read there
  if (out.preload !== null && out.sandbox) {
    try {
      out.preloadSource = fs.readFileSync(out.preload, 'utf8');
    } catch {
      // the renderer reports it ('preload-error') as for a throwing preload
      out.preloadSource = `throw new Error(${JSON.stringify(`Cannot find module '${out.preload}'`)});`;
    }
  }
  return JSON.stringify(out);
}

function makeEvent(wc, kind, reqId, frame = 0) {
  const senderFrame = frames.frameOf(wc, frame);
  const event = {
    type: 'frame',
    sender: wc,
    senderFrame,
    // asked of the web view only when read (a native call per message otherwise)
    get processId() {
      const pid = wc.getOSProcessId ? wc.getOSProcessId() : 0;
      Object.defineProperty(this, 'processId', { value: pid, enumerable: true, writable: true });
      return pid;
    },
    frameId: senderFrame.routingId,
  };
  if (kind === INVOKE) return event;
  event.ports = [];
  event.reply = (channel, ...args) => sendToRenderer(wc, channel, args, frame);
  if (kind === SYNC) {
    let sent = false;
    Object.defineProperty(event, 'returnValue', {
      enumerable: true,
      get() { return undefined; },
      set(v) {
        if (sent) return;
        sent = true;
        try {
          binding.post(wc.id, SYNC_REPLY, reqId, '', [v], frame);
        } catch (err) {
          binding.post(wc.id, SYNC_REPLY, reqId, '', [undefined], frame);
          console.error(err);
        }
      },
    });
  }
  return event;
}

async function runHandler(wc, channel, reqId, event, args) {
  const frame = event.senderFrame;
  const handler = (frame._ipc && frame._ipc._invokeHandlers.get(channel)) ||
    (wc._ipc && wc._ipc._invokeHandlers.get(channel)) || ipcMain._invokeHandlers.get(channel);
  let reply;
  try {
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    reply = [true, await handler(event, ...args)];
  } catch (err) {
    if (handler !== undefined) console.error(`Error occurred in handler for '${channel}':`, err);
    reply = [false, String(err)];
  }
  try {
    binding.post(wc.id, INVOKE_REPLY, reqId, channel, reply, frame._index);
  } catch (err) {
    binding.post(wc.id, INVOKE_REPLY, reqId, channel, [false, String(err)], frame._index);
  }
}

// A frame from a renderer, its payload decoded by ipc_main.c: args, and
// decoded 1 (ok), 0 (malformed) or -1 (no payload).
function onMessage(wc, kind, channel, reqId, args, frame, decoded) {
  if (kind === EXEC_REPLY) {
    onExecReply(wc, frame, reqId, args, decoded);
    return;
  }
  if (channel === 'ct:frame-gone' && kind === SEND) {
    frames.frameGone(wc, frame);
    for (const [id, e] of execs) {
      if (e.wc === wc && e.frame === frame) {
        execs.delete(id);
        e.reject(new Error('Render frame was disposed before WebFrameMain could be accessed'));
      }
    }
    return;
  }
  if (decoded !== 1 || !Array.isArray(args)) {
    console.warn(`cathode: dropped a malformed ipc message from webContents ${wc.id} on '${channel}'`);
    if (kind === SYNC) binding.post(wc.id, SYNC_REPLY, reqId, '', [undefined], frame);
    return;
  }
  if (kind === ports.PORT_MESSAGE || kind === ports.PORT_CLOSE) {
    ports.onRendererFrame(wc, kind, reqId, args);
    return;
  }
  if (kind === ports.POST_MESSAGE) {
    // ipcRenderer.postMessage: one message, its ports in event.ports
    const event = makeEvent(wc, SEND, reqId, frame);
    event.ports = ports.onRendererFrame(wc, kind, reqId, args);
    wc.emit('ipc-message', event, channel, args[0]);
    if (event.senderFrame._ipc) event.senderFrame._ipc.emit(channel, event, args[0]);
    if (wc._ipc) wc._ipc.emit(channel, event, args[0]);
    ipcMain.emit(channel, event, args[0]);
    return;
  }
  if (channel === 'ct:preload-error' && kind === SEND) {
    wc.emit('preload-error', { preventDefault() {} }, args[0], args[1]);
    return;
  }
  const event = makeEvent(wc, kind, reqId, frame);
  if (channel === 'ct:webframe' && kind === SYNC) {
    event.returnValue = webFrameRequest(wc, args);
    return;
  }
  if (channel === 'ct:remote' && (kind === SYNC || kind === SEND)) {
    require('electron/main/remote_server').onMessage(wc, event, args, kind === SYNC);
    return;
  }
  if (kind === INVOKE) {
    runHandler(wc, channel, reqId, event, args);
    return;
  }
  const name = kind === SYNC ? 'ipc-message-sync' : 'ipc-message';
  let heard = wc.emit(name, event, channel, ...args);
  if (event.senderFrame._ipc && event.senderFrame._ipc.emit(channel, event, ...args)) heard = true;
  if (wc._ipc && wc._ipc.emit(channel, event, ...args)) heard = true;
  if (ipcMain.listenerCount(channel) > 0) {
    ipcMain.emit(channel, event, ...args);
    heard = true;
  }
  if (kind === SYNC && !heard) {
    console.warn(`WebContents #${wc.id} called ipcRenderer.sendSync() with '${channel}' channel without listeners.`);
    event.returnValue = undefined;
  }
}

binding.setEmitter((wcId, name, ...args) => {
  const wc = webContentsOf(wcId);
  if (wc === undefined) return name === 'ct-prefs' ? '{}' : undefined;
  if (name === 'ct-prefs') {
    // (frame index, url): a sub-frame's load makes it known to main
    if (args[0] > 0) frames.frameOf(wc, args[0], args[1]);
    return prefsFor(wc, args[0]);
  }
  if (name === 'ct-ipc') onMessage(wc, ...args);
  return undefined;
});

module.exports = { ipcMain, IpcMain, sendToRenderer, executeInFrame };
