// context_bridge.js — contextBridge: exposeInMainWorld / exposeInIsolatedWorld
// copy a value into the page's world or another script world (functions
// proxied, see src/renderer/context_bridge.c).
// Renderer, preload world.
'use strict';

function checkKey(key) {
  if (typeof key !== 'string') {
    throw new TypeError(`Error processing argument at index 0, conversion failure from ${key}`);
  }
}

const contextBridge = {
  exposeInMainWorld(key, api) {
    if (prefs.contextIsolation === false) {
      throw new Error('contextBridge API can only be used when contextIsolation is enabled');
    }
    checkKey(key);
    binding.expose(pageId, 0, key, api);
  },
  // worldId 0 is the page's world, 999 the preload's; others are script
  // worlds of their own (as webFrame.executeJavaScriptInIsolatedWorld's)
  exposeInIsolatedWorld(worldId, key, api) {
    if (prefs.contextIsolation === false) {
      throw new Error('contextBridge API can only be used when contextIsolation is enabled');
    }
    if (!Number.isInteger(worldId)) {
      throw new TypeError(`Error processing argument at index 0, conversion failure from ${worldId}`);
    }
    if (typeof key !== 'string') {
      throw new TypeError(`Error processing argument at index 1, conversion failure from ${key}`);
    }
    binding.expose(pageId, worldId, key, api);
  },
};

module.exports = { contextBridge };
