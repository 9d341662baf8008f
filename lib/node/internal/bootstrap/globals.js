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

// Web APIs a page already has (a renderer's window) are left alone: Electron
// keeps the browser's own URL, EventTarget, performance, ... there.
function hasNative(name) {
  return Object.getOwnPropertyDescriptor(globalThis, name) !== undefined;
}

function defineWebValue(name, load, enumerable = false) {
  if (!hasNative(name)) defineValue(name, load(), enumerable);
}

function defineWebLazy(name, load, enumerable = false) {
  if (!hasNative(name)) defineLazy(name, load, enumerable);
}

function setupGlobals(mode) {
  defineValue('global', globalThis, true);
  // V8 CallSites for Error.prepareStackTrace users (depd, ...)
  require('internal/callsites').install();
  Object.defineProperty(globalThis, 'process', {
    value: process, writable: true, configurable: true, enumerable: false,
  });

  // A page keeps the browser's setTimeout/setInterval, queueMicrotask and
  // console, as Electron's renderers do; Node's timers stay in
  // require('timers'). setImmediate is Node's everywhere.
  const renderer = mode === 'renderer';
  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']) {
    if (!renderer || !hasNative(name)) defineValue(name, timers[name], true);
  }
  defineValue('setImmediate', timers.setImmediate, true);
  defineValue('clearImmediate', timers.clearImmediate, true);
  if (!renderer || !hasNative('queueMicrotask')) {
    defineValue('queueMicrotask', require('internal/process/task_queues').queueMicrotask, true);
  }

  defineLazy('Buffer', () => require('buffer').Buffer);
  if (renderer) defineWebLazy('console', () => require('internal/console/global'));
  else defineLazy('console', () => require('internal/console/global'));
  // Node defines these as data properties, not lazy accessors; code checks
  // their descriptors
  defineWebValue('structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineWebValue('URL', () => require('internal/url').URL);
  defineWebValue('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineWebLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineWebLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineWebLazy('atob', () => require('buffer').atob, true);
  defineWebLazy('btoa', () => require('buffer').btoa, true);
  defineWebLazy('AbortController', () => require('internal/abort_controller').AbortController);
  defineWebLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineWebValue('EventTarget', () => require('internal/event_target').EventTarget);
  defineWebValue('Event', () => require('internal/event_target').Event);
  defineWebValue('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineWebLazy('performance', () => require('perf_hooks').performance, true);
  defineWebLazy('PerformanceObserver', () => require('perf_hooks').PerformanceObserver);
  defineWebLazy('PerformanceEntry', () => require('perf_hooks').PerformanceEntry);
  defineWebLazy('PerformanceMark', () => require('perf_hooks').PerformanceMark);
  defineWebLazy('PerformanceMeasure', () => require('perf_hooks').PerformanceMeasure);
  defineWebLazy('navigator', () => require('internal/navigator').navigator, true);
  defineWebLazy('Blob', () => require('buffer').Blob);
  // Web Crypto's getRandomValues/randomUUID (a page keeps the browser's)
  defineWebLazy('crypto', () => require('crypto').webcrypto, true);
  defineWebLazy('DOMException', () => require('internal/dom_exception').DOMException);
  defineWebLazy('MessageChannel', () => require('worker_threads').MessageChannel);
  defineWebLazy('MessagePort', () => require('worker_threads').MessagePort);
  defineWebLazy('BroadcastChannel', () => require('worker_threads').BroadcastChannel);
}

module.exports = { setupGlobals, defineLazy };
