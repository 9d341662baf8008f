// process_extras.js — the methods Electron adds to `process` in the main
// process and in Node-enabled renderers: CPU and memory figures of this
// process (from process.cpuUsage and /proc), the system's memory and
// version, heap statistics (cathode's node:v8 figures, in kilobytes as
// Electron reports them) and the creation time. Blink memory and V8 heap
// snapshots have no counterpart on JavaScriptCore and are not here.
'use strict';

const fs = require('fs');
const os = require('os');

function readProc(file) {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    return '';
  }
}

// "Key:   123 kB" lines of /proc/meminfo and /proc/self/status
function procFields(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^(\w+):\s+(\d+)/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

function install(process, { creationTime } = {}) {
  const start = creationTime ?? Math.round(Date.now() - process.uptime() * 1000);
  if (typeof process.getCreationTime !== 'function') process.getCreationTime = () => start;

  // percent and idle wake-ups are since the previous call (0 the first time)
  let last = null;
  process.getCPUUsage = function getCPUUsage() {
    const { user, system } = process.cpuUsage();
    const cpuMicros = user + system;
    const now = process.hrtime.bigint();
    const wakeups = procFields(readProc('/proc/self/status')).voluntary_ctxt_switches || 0;
    let percentCPUUsage = 0;
    let idleWakeupsPerSecond = 0;
    if (last !== null) {
      const elapsedMicros = Number(now - last.now) / 1000;
      if (elapsedMicros > 0) {
        percentCPUUsage = ((cpuMicros - last.cpuMicros) / elapsedMicros) * 100;
        idleWakeupsPerSecond = Math.round(((wakeups - last.wakeups) * 1e6) / elapsedMicros);
      }
    }
    last = { cpuMicros, now, wakeups };
    return { percentCPUUsage, cumulativeCPUUsage: cpuMicros / 1e6, idleWakeupsPerSecond };
  };

  // resident set, private (resident not shared) and shared, in kilobytes
  process.getProcessMemoryInfo = function getProcessMemoryInfo() {
    const [, resident = 0, shared = 0] = readProc('/proc/self/statm').trim().split(/\s+/).map(Number);
    const pageKB = 4096 / 1024;
    return Promise.resolve({
      residentSet: resident * pageKB,
      private: Math.max(resident - shared, 0) * pageKB,
      shared: shared * pageKB,
    });
  };

  process.getSystemMemoryInfo = function getSystemMemoryInfo() {
    const m = procFields(readProc('/proc/meminfo'));
    return {
      total: m.MemTotal ?? Math.round(os.totalmem() / 1024),
      free: m.MemFree ?? Math.round(os.freemem() / 1024),
      available: m.MemAvailable ?? Math.round(os.freemem() / 1024),
      swapTotal: m.SwapTotal ?? 0,
      swapFree: m.SwapFree ?? 0,
    };
  };

  process.getSystemVersion = function getSystemVersion() {
    return os.release();
  };

  process.getHeapStatistics = function getHeapStatistics() {
    const h = require('v8').getHeapStatistics();
    const kb = (n) => Math.round(n / 1024);
    return {
      totalHeapSize: kb(h.total_heap_size),
      totalHeapSizeExecutable: kb(h.total_heap_size_executable),
      totalPhysicalSize: kb(h.total_physical_size),
      totalAvailableSize: kb(h.total_available_size),
      usedHeapSize: kb(h.used_heap_size),
      heapSizeLimit: kb(h.heap_size_limit),
      mallocedMemory: kb(h.malloced_memory),
      peakMallocedMemory: kb(h.peak_malloced_memory),
      doesZapGarbage: h.does_zap_garbage !== 0,
    };
  };
}

module.exports = { install };
