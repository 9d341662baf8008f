// task_queues.js — process.nextTick, queueMicrotask, and unhandled-rejection
// processing. C (js.c) calls processTicksAndRejections after every entry into
// JS while tickInfo says there is work; JSC drains its own microtask queue
// when that call returns, which gives Node's order: ticks, then promises.
'use strict';

const { validateFunction } = require('internal/validators');
const { natives } = require('internal/bootstrap/hooks');
const tickInfo = natives.tickInfo;
const kHasTicks = 0;
const kHasRejections = 1;

let queue = [];
let queueHead = 0;

// In a renderer, page code calls Node from WebKit's own entries (events,
// the browser's timers), not through C's ct_js_call, so nothing would run
// the queue after them: the first tick queued also schedules a microtask
// that runs the queue. Entries through ct_js_call run it earlier, as in
// Node, and the microtask then finds it empty.
const kDrainInMicrotask = natives.mode === 'renderer';
let drainScheduled = false;
function drainFromMicrotask() {
  drainScheduled = false;
  if (tickInfo[kHasTicks]) runTicks();
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push({ callback, args, domain: process.domain || null });
  tickInfo[kHasTicks] = 1;
  if (kDrainInMicrotask && !drainScheduled) {
    drainScheduled = true;
    Promise.resolve().then(drainFromMicrotask);
  }
}

function runTicks() {
  while (queueHead < queue.length) {
    const tock = queue[queueHead];
    queue[queueHead++] = undefined;
    if (queueHead > 1024 && queueHead * 2 > queue.length) {
      queue = queue.slice(queueHead);
      queueHead = 0;
    }
    const { callback, args, domain } = tock;
    try {
      if (domain) domain.enter();
      if (args.length === 0) callback();
      else Reflect.apply(callback, undefined, args);
      if (domain) domain.exit();
    } catch (err) {
      // like Node: an exception in a tick is an uncaught exception, then the
      // remaining ticks still run (if the process survives)
      require('internal/process/execution').fatalException(err);
    }
  }
  queue = [];
  queueHead = 0;
  tickInfo[kHasTicks] = 0;
}

// ---- unhandled rejections (JSC reports them after its microtask drain) ----
const pendingRejections = [];
const kUnhandledMode = (() => {
  const arg = process.execArgv.find((a) => a.startsWith('--unhandled-rejections='));
  if (arg) return arg.slice('--unhandled-rejections='.length);
  // Electron's main process defaults to warn, Node to throw
  return natives.mode === 'node' ? 'throw' : 'warn';
})();

function onUnhandledRejection(promise, reason) {
  pendingRejections.push({ promise, reason });
  tickInfo[kHasRejections] = 1;
}

function triggerUncaughtFromRejection(reason, promise) {
  const { fatalException } = require('internal/process/execution');
  const err = reason;
  if (!(err instanceof Error) && (err === null || typeof err !== 'object' || !('stack' in err))) {
    let inspected;
    try { inspected = require('internal/util/inspect').inspect(reason); } catch { inspected = String(reason); }
    const e = new Error('This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
      `The promise rejected with the reason "${inspected}".`);
    e.code = 'ERR_UNHANDLED_REJECTION';
    fatalException(e, true, reason);
    return;
  }
  fatalException(err, true);
}

let rejectionId = 0;
let explained = false;
// Node's two warnings for --unhandled-rejections=warn: the reason, then
// (once) what it means.
function warnUnhandled(reason) {
  rejectionId++;
  let text;
  try {
    text = reason instanceof Error ? require('internal/util/stack').formatStack(reason) :
      require('internal/util/inspect').inspect(reason);
  } catch {
    text = String(reason);
  }
  const w = new Error(text);
  w.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(w);
  if (!explained) {
    explained = true;
    const e = new Error('Unhandled promise rejection. This error originated either by throwing ' +
      'inside of an async function without a catch block, or by rejecting a promise which was ' +
      'not handled with .catch(). To terminate the node process on unhandled promise rejection, ' +
      'use the CLI flag `--unhandled-rejections=strict` (see ' +
      `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${rejectionId})`);
    e.name = 'UnhandledPromiseRejectionWarning';
    process.emitWarning(e);
  }
}

function processRejections() {
  tickInfo[kHasRejections] = 0;
  while (pendingRejections.length > 0) {
    const { promise, reason } = pendingRejections.shift();
    const handled = process.emit('unhandledRejection', reason, promise);
    if (handled) continue;
    switch (kUnhandledMode) {
      case 'none':
        break;
      case 'warn':
      case 'warn-with-error-code':
        warnUnhandled(reason);
        if (kUnhandledMode === 'warn-with-error-code') process.exitCode = 1;
        break;
      default:
        triggerUncaughtFromRejection(reason, promise);
    }
  }
}

function processTicksAndRejections() {
  if (tickInfo[kHasTicks]) runTicks();
  if (tickInfo[kHasRejections] && !tickInfo[kHasTicks]) processRejections();
}

// C's outermost way into JS (ct_js_call): runs fn, then the nextTick queue,
// all before JSC drains microtasks at the end of this call.
const kThrew = Object.freeze({ threw: true });
function callbackTrampoline(fn, self, args) {
  let r;
  try {
    r = Reflect.apply(fn, self, args);
  } catch (err) {
    require('internal/process/execution').fatalException(err);
    r = kThrew;
  }
  if (tickInfo[kHasTicks]) runTicks();
  return r;
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').fatalException(err);
    }
  });
}

function setup(process) {
  process.nextTick = nextTick;
  process._tickCallback = runTicks;
}

module.exports = { setup, nextTick, processTicksAndRejections, onUnhandledRejection, queueMicrotask,
  callbackTrampoline, kThrew };
