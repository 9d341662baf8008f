// context_bridge.js — contextBridge: exposeInMainWorld copies a value into
// the page's world (functions proxied, see src/renderer/context_bridge.c).
// Renderer, preload world.
'use strict';

const contextBridge = {
  exposeInMainWorld(key, api) {
    if (prefs.contextIsolation === false) {
      throw new Error('contextBridge API can only be used when contextIsolation is enabled');
    }
    if (typeof key !== 'string') {
      throw new TypeError(`Error processing argument at index 0, conversion failure from ${key}`);
    }
    binding.exposeInMainWorld(pageId, key, api);
  },
  exposeInIsolatedWorld() {
    throw new Error('contextBridge.exposeInIsolatedWorld is not supported yet');
  },
};

module.exports = { contextBridge };
