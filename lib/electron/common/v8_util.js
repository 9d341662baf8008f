// v8_util.js — process._linkedBinding('electron_common_v8_util'), the
// internal binding Electron's own code and its spec reach: hidden values
// (per-object private slots that no property enumeration sees), a full
// garbage collection on request, and the same-origin test. Electron's
// test-build helpers that need the embedder's message loop (runUntilIdle)
// or V8 (heap snapshots, object hashes, weak tracking) are not here.
'use strict';

const hidden = new WeakMap();

function slots(object, create) {
  if ((typeof object !== 'object' || object === null) && typeof object !== 'function') {
    throw new TypeError('Error processing argument at index 0, conversion failure from ' + String(object));
  }
  let map = hidden.get(object);
  if (map === undefined && create) {
    map = new Map();
    hidden.set(object, map);
  }
  return map;
}

function getHiddenValue(object, key) {
  const map = slots(object, false);
  return map === undefined ? undefined : map.get(String(key));
}

function setHiddenValue(object, key, value) {
  slots(object, true).set(String(key), value);
}

function deleteHiddenValue(object, key) {
  const map = slots(object, false);
  if (map !== undefined) map.delete(String(key));
}

// JavaScriptCore's synchronous full collection
function requestGarbageCollectionForTesting() {
  internalBinding('process').gc();
}

function isSameOrigin(a, b) {
  let x;
  let y;
  try {
    x = new URL(String(a));
    y = new URL(String(b));
  } catch {
    return false;
  }
  return x.origin !== 'null' && x.origin === y.origin;
}

module.exports = {
  getHiddenValue, setHiddenValue, deleteHiddenValue, requestGarbageCollectionForTesting, isSameOrigin,
};
