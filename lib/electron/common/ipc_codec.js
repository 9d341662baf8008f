// ipc_codec.js — the serialization of IPC arguments in both processes:
// src/core/clone.c's structured clone, in V8's wire format, with Electron's
// rules (CT_CLONE_IPC): primitives incl. undefined, -0, NaN and BigInt,
// plain objects and arrays (prototypes dropped, getters evaluated), Date,
// RegExp, Map, Set, ArrayBuffer and typed arrays (a Buffer arrives as
// Uint8Array), Error (name, message, stack, cause), shared references and
// cycles; functions, symbols, promises, WeakMap/WeakSet and host objects
// throw "An object could not be cloned.". A payload is a Uint8Array.
//
// The codec is C in both processes: internalBinding('serdes') in the main
// process (and wherever Node's loader runs this file), the extension's
// binding in a renderer (loaded by electron/renderer/init, whose modules see
// `binding`).
'use strict';

const kCloneError = 'An object could not be cloned.';

/* global binding */
const native = typeof internalBinding === 'function' ? internalBinding('serdes') : binding;
const IPC = 1; // CT_CLONE_IPC

// The payload for a list of arguments; throws "An object could not be cloned.".
function serialize(args) {
  return native.serialize(args, IPC);
}

// The values back; throws on malformed bytes (callers drop the message).
function deserialize(payload) {
  return native.deserialize(payload, IPC);
}

module.exports = { serialize, deserialize, kCloneError };
