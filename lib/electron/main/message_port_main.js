// message_port_main.js — MessageChannelMain and MessagePortMain, and the
// main process's side of MessagePorts that cross to renderers.
//
// Every port end is either a MessagePortMain here or a RemoteEnd: a port
// that lives in a renderer, named by (webContents, id) on that page's
// connection (odd ids chosen by the renderer, even ids by main; see
// electron/renderer/message_ports). Ends come in entangled pairs; posting on
// one delivers to its partner, wherever it is, so two renderers joined by a
// channel talk through main. A renderer's ends close with its page.
'use strict';

const EventEmitter = require('events');
// clones with Electron's IPC rules (CT_CLONE_IPC), throwing what post would
const serdes = internalBinding('serdes');

const binding = internalBinding('ipc_main');

// frame kinds: src/core/wire.h
const POST_MESSAGE = 10, PORT_MESSAGE = 11, PORT_CLOSE = 12;

const remoteEnds = new Map(); // wc → Map(id → RemoteEnd)
const nextEvenId = new WeakMap(); // wc → next id main chooses

class RemoteEnd {
  constructor(wc, id) {
    this.wc = wc;
    this.id = id;
    this.partner = null;
    let ends = remoteEnds.get(wc);
    if (ends === undefined) {
      ends = new Map();
      remoteEnds.set(wc, ends);
      const drop = () => closeAllOf(wc);
      wc.once('destroyed', drop);
      wc.on('did-navigate', drop);
      wc.on('render-process-gone', drop);
    }
    ends.set(id, this);
  }
}

function entangle(a, b) {
  a.partner = b;
  b.partner = a;
}

function deliver(end, data, ports) {
  if (end === null) return;
  if (end instanceof MessagePortMain) {
    if (end._closed) return;
    end._queue.push({ data, ports });
    end._schedule();
    return;
  }
  if (ports.length > 0) {
    throw new Error('MessagePortMain: ports cannot be transferred through a port whose other end is in a renderer');
  }
  if (!end.wc.isDestroyed()) binding.post(end.wc.id, PORT_MESSAGE, end.id, '', [data]);
}

function closeEnd(end) {
  if (end === null) return;
  if (end instanceof MessagePortMain) {
    if (end._closed) return;
    end._closed = true;
    end.partner = null;
    setImmediate(() => end.emit('close'));
    return;
  }
  const ends = remoteEnds.get(end.wc);
  if (ends === undefined || ends.get(end.id) !== end) return;
  ends.delete(end.id);
  if (!end.wc.isDestroyed()) binding.post(end.wc.id, PORT_CLOSE, end.id, '', []);
}

function closeAllOf(wc) {
  const ends = remoteEnds.get(wc);
  if (ends === undefined) return;
  for (const end of [...ends.values()]) {
    ends.delete(end.id);
    const partner = end.partner;
    end.partner = null;
    if (partner !== null) {
      partner.partner = null;
      closeEnd(partner);
    }
  }
}

// Null, neutered and repeated ports, in Electron's words (its
// DisentanglePorts: HTML's rules for a transfer list).
function checkDisentangle(ports) {
  const seen = new Set();
  ports.forEach((port, i) => {
    let what = null;
    if (port === null) what = 'null';
    else if (port._neutered) what = 'already neutered';
    else if (seen.has(port)) what = 'a duplicate';
    if (what !== null) throw new Error(`Port at index ${i} is ${what}.`);
    seen.add(port);
  });
  return ports;
}

// MessagePortMain.postMessage's transfer list
function checkTransfer(transfer, source) {
  if (transfer === undefined) return [];
  if (!Array.isArray(transfer)) throw new TypeError('transferables must be an array of MessagePorts');
  transfer.forEach((port, i) => {
    if (!(port instanceof MessagePortMain)) throw new TypeError(`Port at index ${i} is not a valid port`);
  });
  transfer.forEach((port, i) => {
    if (port === source) throw new Error(`Port at index ${i} contains the source port.`);
  });
  return checkDisentangle(transfer);
}

// webContents / webFrameMain.postMessage's transfer list
function checkFrameTransfer(transfer) {
  if (transfer === undefined) return [];
  if (!Array.isArray(transfer) || !transfer.every((p) => p instanceof MessagePortMain)) {
    throw new Error('Invalid value for transfer');
  }
  return checkDisentangle(transfer);
}

class MessagePortMain extends EventEmitter {
  constructor() {
    super();
    this.partner = null;
    this._queue = [];
    this._started = false;
    this._closed = false;
    this._neutered = false;
    this._flushing = false;
  }

  postMessage(message, transfer) {
    const ports = checkTransfer(transfer, this);
    if (this._closed || this._neutered) return;
    ports.forEach((p) => p._neuter());
    deliver(this.partner, message, ports.map((p) => p._revive()));
  }

  start() {
    this._started = true;
    this._schedule();
  }

  close() {
    if (this._closed || this._neutered) return;
    const partner = this.partner;
    this._closed = true;
    this.partner = null;
    if (partner !== null) {
      partner.partner = null;
      closeEnd(partner);
    }
  }

  _schedule() {
    if (!this._started || this._flushing || this._queue.length === 0) return;
    this._flushing = true;
    setImmediate(() => {
      this._flushing = false;
      while (this._started && !this._closed && this._queue.length > 0) {
        const { data, ports } = this._queue.shift();
        this.emit('message', { data, ports });
      }
    });
  }

  // A port posted through a port: a fresh object takes over this end (the
  // sent one is dead, as a transferred DOM port is).
  _neuter() {
    this._neutered = true;
  }

  _revive() {
    const p = new MessagePortMain();
    p._queue = this._queue;
    this._queue = [];
    if (this.partner !== null) entangle(p, this.partner);
    this.partner = null;
    return p;
  }
}

class MessageChannelMain {
  constructor() {
    this.port1 = new MessagePortMain();
    this.port2 = new MessagePortMain();
    entangle(this.port1, this.port2);
  }
}

// webContents.postMessage: ports move to the page; their queued messages
// follow them.
function postToRenderer(wc, channel, message, transfer) {
  if (typeof channel !== 'string') {
    throw new TypeError(channel === undefined ? 'Insufficient number of arguments.' :
      `Error processing argument at index 0, conversion failure from ${String(channel)}`);
  }
  const ports = checkFrameTransfer(transfer);
  const first = nextEvenId.get(wc) || 2;
  const ids = ports.map((p, i) => first + 2 * i);
  serdes.serialize([message, ids], serdes.MODE_IPC); // throws before any port moves (post clones again)
  nextEvenId.set(wc, first + 2 * ports.length);
  const pending = [];
  ports.forEach((port, i) => {
    const end = new RemoteEnd(wc, ids[i]);
    if (port.partner !== null) entangle(end, port.partner);
    for (const { data } of port._queue) pending.push([ids[i], data]);
    port._queue = [];
    port.partner = null;
    port._neutered = true;
  });
  binding.post(wc.id, POST_MESSAGE, 0, channel, [message, ids]);
  for (const [id, data] of pending) binding.post(wc.id, PORT_MESSAGE, id, '', [data]);
}

// Frames of the port kinds from a renderer; returns the ports of a
// POST_MESSAGE (its event.ports) or null for the other kinds.
function onRendererFrame(wc, kind, reqId, args) {
  if (kind === POST_MESSAGE) {
    const ids = Array.isArray(args[1]) ? args[1] : [];
    return ids.filter((id) => Number.isInteger(id) && id > 0 && id % 2 === 1).map((id) => {
      const port = new MessagePortMain();
      entangle(new RemoteEnd(wc, id), port);
      return port;
    });
  }
  const end = remoteEnds.has(wc) ? remoteEnds.get(wc).get(reqId) : undefined;
  if (end === undefined) return null;
  if (kind === PORT_MESSAGE) {
    deliver(end.partner, args[0], []);
  } else if (kind === PORT_CLOSE) {
    remoteEnds.get(wc).delete(reqId);
    const partner = end.partner;
    end.partner = null;
    if (partner !== null) {
      partner.partner = null;
      closeEnd(partner);
    }
  }
  return null;
}

module.exports = { MessageChannelMain, MessagePortMain, postToRenderer, onRendererFrame,
  POST_MESSAGE, PORT_MESSAGE, PORT_CLOSE };
