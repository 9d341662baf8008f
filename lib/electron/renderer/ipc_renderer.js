// ipc_renderer.js — ipcRenderer: send, invoke, sendSync and the listeners of
// messages from the main process. Renderer. Frames go through the
// extension's socket (binding.post / binding.sendSync), which clones the
// argument lists in C (clone.c, Electron's rules). dispatch() is what the
// extension calls for each frame from main: (kind, channel, reqId, args, ok)
// with the payload already decoded (ok false when it did not decode).
'use strict';

const EventEmitter = require('electron/renderer/events');
const ports = require('electron/renderer/message_ports');

// frame kinds: src/core/wire.h
const SEND = 4, INVOKE = 5, INVOKE_REPLY = 6, EVENT = 9;

const pending = new Map(); // request id → { channel, resolve, reject }
// the runtime's own channels from main (remote's callbacks): never emitted
// to the page's listeners
const internal = new Map(); // channel → function(args)

function onInternal(channel, fn) {
  internal.set(channel, fn);
}

function checkChannel(channel) {
  if (typeof channel !== 'string') {
    throw new TypeError(`The "channel" argument must be of type string. Received type ${typeof channel}`);
  }
}

class IpcRenderer extends EventEmitter {
  send(channel, ...args) {
    checkChannel(channel);
    binding.post(pageId, SEND, channel, args);
  }

  invoke(channel, ...args) {
    try {
      checkChannel(channel);
      // the id comes back from post, which sends at once: the promise's
      // entry is made right after, before any reply can be dispatched
      const id = binding.post(pageId, INVOKE, channel, args);
      return new Promise((resolve, reject) => {
        pending.set(id, { channel, resolve, reject });
      });
    } catch (err) {
      return Promise.reject(err);
    }
  }

  sendSync(channel, ...args) {
    checkChannel(channel);
    return binding.sendSync(pageId, channel, args)[0];
  }

  postMessage(channel, message, transfer) {
    checkChannel(channel);
    ports.postMessage(channel, message, transfer);
  }

  sendToHost() {
    throw new Error('ipcRenderer.sendToHost is not supported (no <webview> in cathode)');
  }

  _preloadError(preloadPath, err) {
    try {
      binding.post(pageId, SEND, 'ct:preload-error', [preloadPath, err]);
    } catch (e) { /* an error that cannot be cloned: the console has it */ }
  }
}

const ipcRenderer = new IpcRenderer();

function dispatch(kind, channel, reqId, args, ok) {
  if (!ok || !Array.isArray(args)) {
    binding.log(`cathode: dropped a malformed message from the main process on '${channel}'`);
    return;
  }
  if (ports.dispatchPortFrame(kind, reqId, args)) return;
  if (kind === INVOKE_REPLY) {
    const p = pending.get(reqId);
    if (p === undefined) return;
    pending.delete(reqId);
    const [ok, value] = args;
    if (ok) p.resolve(value);
    else p.reject(new Error(`Error invoking remote method '${p.channel}': ${value}`));
  } else if (kind === EVENT) {
    const own = internal.get(channel);
    if (own !== undefined) {
      own(args);
      return;
    }
    const event = { sender: ipcRenderer, ports: [] };
    ipcRenderer.emit(channel, event, ...args);
  } else if (kind === ports.POST_MESSAGE) {
    const event = { sender: ipcRenderer, ports: ports.importPorts(args[1]) };
    ipcRenderer.emit(channel, event, args[0]);
  }
}

module.exports = { ipcRenderer, dispatch, onInternal };
