// globals.js — the global names Node defines beyond the language: global,
// Buffer, timers, console, the web APIs JavaScriptCore alone lacks (URL,
// TextEncoder, AbortController, EventTarget, performance, ...). Most are
// defined lazily: the module behind a name loads on first use.
'use strict';

function defineLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

function defineValue(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function setupGlobals(mode) {
  defineValue('global', globalThis);
  Object.defineProperty(globalThis, 'process', {
    value: process, writable: true, configurable: true, enumerable: false,
  });

  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    defineValue(name, timers[name], true);
  }
  defineValue('queueMicrotask', require('internal/process/task_queues').queueMicrotask, true);

  defineLazy('Buffer', () => require('buffer').Buffer);
  defineLazy('console', () => require('internal/console/global'));
  defineLazy('structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineLazy('URL', () => require('internal/url').URL);
  defineLazy('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazy('atob', () => require('buffer').atob, true);
  defineLazy('btoa', () => require('buffer').btoa, true);
  defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazy('Event', () => require('internal/event_target').Event);
  defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazy('performance', () => require('perf_hooks').performance, true);
  defineLazy('Blob', () => require('buffer').Blob);
  defineLazy('DOMException', () => require('internal/dom_exception').DOMException);
  defineLazy('MessageChannel', () => require('worker_threads').MessageChannel);
  defineLazy('MessagePort', () => require('worker_threads').MessagePort);
  defineLazy('BroadcastChannel', () => require('worker_threads').BroadcastChannel);
  void mode;
}

module.exports = { setupGlobals, defineLazy };
