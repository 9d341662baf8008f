// message_ports.js — DOM MessagePorts that cross to the main process.
// Renderer, preload world. A port the page transfers with
// ipcRenderer.postMessage stays here and relays: what arrives on it goes
// to main as PORT_MESSAGE frames under an odd id of ours, and what main sends
// for that id is posted into it. A port main transfers to us (even id,
// chosen by main) becomes one end of a new MessageChannel whose other end
// the page gets in event.ports. Messages are cloned by the extension's
// post (clone.c), as every IPC payload.
'use strict';

// frame kinds: src/core/wire.h
const POST_MESSAGE = 10, PORT_MESSAGE = 11, PORT_CLOSE = 12;

const ports = new Map(); // id → the DOM MessagePort we relay
let nextId = 1;          // odd ids are ours

function relay(id, port) {
  ports.set(id, port);
  port.onmessage = (e) => {
    try {
      binding.post(pageId, PORT_MESSAGE, '', [e.data], id);
    } catch (err) {
      console.error(err);
    }
  };
  // Electron (and Chromium now) fires 'close' on a port whose peer closed
  port.addEventListener('close', () => {
    if (ports.delete(id)) binding.post(pageId, PORT_CLOSE, '', [], id);
  });
  port.start();
}

// ipcRenderer.postMessage's transfer list: ids to send for these ports.
function exportPorts(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (!Array.isArray(transfer)) throw new TypeError('Invalid value for transfer');
  const seen = new Set();
  return transfer.map((port) => {
    if (!(port instanceof MessagePort)) throw new TypeError('Invalid value for transfer');
    if (seen.has(port)) throw new Error('Port at index 0 is a duplicate of an earlier port.');
    seen.add(port);
    const id = nextId;
    nextId += 2;
    relay(id, port);
    return id;
  });
}

// Ports main sent with a message: the page's ends of new channels.
function importPorts(ids) {
  if (!Array.isArray(ids)) return [];
  return ids.filter((id) => Number.isInteger(id) && id > 0 && id % 2 === 0).map((id) => {
    const { port1, port2 } = new MessageChannel();
    relay(id, port1);
    return port2;
  });
}

function postMessage(channel, message, transfer) {
  const ids = exportPorts(transfer);
  binding.post(pageId, POST_MESSAGE, channel, [message, ids]);
}

// A port frame from main (args decoded); false when it is not one.
function dispatchPortFrame(kind, reqId, args) {
  if (kind === PORT_MESSAGE) {
    const port = ports.get(reqId);
    if (port !== undefined && Array.isArray(args)) port.postMessage(args[0]);
    return true;
  }
  if (kind === PORT_CLOSE) {
    const port = ports.get(reqId);
    if (port !== undefined) {
      ports.delete(reqId);
      port.close();
    }
    return true;
  }
  return false;
}

module.exports = { POST_MESSAGE, postMessage, importPorts, dispatchPortFrame };
