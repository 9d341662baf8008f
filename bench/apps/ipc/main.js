// The IPC benchmark app (bench/ipc.sh): the preload measures invoke and
// sendSync round trips, send throughput, 1 MB / 16 MB payload echoes and
// remote method calls and property reads
// against this main process, and main prints one JSON line of results.
const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('path');

const rounds = Number(process.env.IPC_BENCH_ROUNDS || 2000);
// what the preload reaches through remote (issue 5's remote vs invoke)
global.benchObject = { value: 1, echo(v) { return v; } };
ipcMain.handle('echo', (e, v) => v);
ipcMain.on('sync', (e, v) => { e.returnValue = v; });
let ticks = 0;
ipcMain.on('tick', (e) => {
  if (++ticks === rounds * 4) {
    ticks = 0;
    e.sender.send('ticked');
  }
});
ipcMain.on('result', (e, r) => {
  console.log(JSON.stringify(r));
  app.quit();
});
ipcMain.on('failed', (e, msg) => {
  console.error(`ipc bench failed: ${msg}`);
  app.exit(1);
});

app.whenReady().then(() => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: false, enableRemoteModule: true, preload: path.join(__dirname, 'preload.js') },
  });
  win.loadURL(`data:text/html,<title>${rounds}</title>`);
});
