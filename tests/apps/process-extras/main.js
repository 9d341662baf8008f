// Electron's additions to process, in main and in a nodeIntegration page:
// creation time, CPU usage (percent since the last call), this process's
// memory (resident/private/shared, KB), the system's memory and version,
// heap statistics in KB.
const { app, BrowserWindow, ipcMain } = require('electron');
const os = require('os');

function check(where, p, results) {
  const cpu1 = p.getCPUUsage();
  const t = Date.now();
  while (Date.now() - t < 50);
  const cpu2 = p.getCPUUsage();
  const sys = p.getSystemMemoryInfo();
  const heap = p.getHeapStatistics();
  const mem = results.mem;
  console.log(`${where} creation: ${p.getCreationTime() <= Date.now() && p.getCreationTime() > Date.now() - 600000}`);
  console.log(`${where} cpu: ${cpu1.percentCPUUsage === 0} ${cpu2.percentCPUUsage > 10} ${cpu2.cumulativeCPUUsage >= cpu1.cumulativeCPUUsage} ${typeof cpu2.idleWakeupsPerSecond}`);
  console.log(`${where} memory: ${mem.residentSet > 1000} ${mem.private > 0} ${mem.shared >= 0} ${mem.residentSet === mem.private + mem.shared}`);
  console.log(`${where} system: ${sys.total === Math.round(os.totalmem() / 1024)} ${sys.available > 0 && sys.available <= sys.total} ${typeof sys.swapFree}`);
  console.log(`${where} version: ${p.getSystemVersion() === os.release()}`);
  console.log(`${where} heap: ${heap.usedHeapSize > 0} ${typeof heap.doesZapGarbage}`);
}

ipcMain.on('report', (e, r) => {
  // the page's numbers, checked here with the same rules
  const fake = {
    getCreationTime: () => r.creation, getCPUUsage: (() => { let i = 0; return () => r.cpu[i++]; })(),
    getSystemMemoryInfo: () => r.sys, getHeapStatistics: () => r.heap, getSystemVersion: () => r.version,
  };
  check('page', fake, { mem: r.mem });
  reported();
});
let reported;
const report = new Promise((resolve) => { reported = resolve; });

app.whenReady().then(async () => {
  check('main', process, { mem: await process.getProcessMemoryInfo() });
  const w = new BrowserWindow({ show: false, webPreferences: { nodeIntegration: true, contextIsolation: false } });
  await w.loadFile('page.html');
  await report;
  app.quit();
});
