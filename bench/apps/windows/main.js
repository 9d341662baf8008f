// main.js — the Electron-style app bench/windows.sh runs under cathode (and
// would run unchanged under Electron): opens N BrowserWindows on a URL, then
// opens and closes M more one after the other, printing
// "BENCH <event> <id> <epoch ms>" lines the harness reads. The same events as
// bench/anchor/webkit_anchor.c. It then waits to be killed (so the harness
// can read the memory of the process tree).
//
//   cathode bench/apps/windows [--windows N] [--churn M] [--hidden] URL
'use strict';

const { app, BrowserWindow } = require('electron');

const args = process.argv.slice(2);
let windows = 1;
let churn = 0;
let hidden = false;
let url = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--windows') windows = Number(args[++i]);
  else if (args[i] === '--churn') churn = Number(args[++i]);
  else if (args[i] === '--hidden') hidden = true;
  else if (!args[i].startsWith('-')) url = args[i];
}

let now = () => Date.now();
try {
  if (performance.timeOrigin > 0) now = () => performance.timeOrigin + performance.now();
} catch {
  // no perf_hooks: whole milliseconds will do
}
function emit(event, id) {
  process.stdout.write(`BENCH ${event} ${id} ${now().toFixed(3)}\n`);
}

emit('main', 0);
app.on('window-all-closed', () => { /* stay alive until killed */ });

function churnOne(left) {
  if (left === 0) {
    emit('churn-done', 0);
    return;
  }
  const win = new BrowserWindow({ width: 800, height: 600, show: !hidden });
  win.webContents.once('did-finish-load', () => win.close());
  win.once('closed', () => churnOne(left - 1));
  // closing at did-finish-load may abort the load promise: not an error here
  win.loadURL(url).catch(() => {});
}

app.whenReady().then(() => {
  let ready = 0;
  let loaded = 0;
  const check = () => {
    if (ready === windows && loaded === windows) {
      emit('loaded-all', 0);
      if (churn > 0) {
        emit('churn-start', 0);
        churnOne(churn);
      }
    }
  };
  for (let i = 1; i <= windows; i++) {
    const win = new BrowserWindow({ width: 800, height: 600, show: !hidden });
    win.once('ready-to-show', () => { emit('ready-to-show', i); ready++; check(); });
    win.webContents.once('did-finish-load', () => { emit('did-finish-load', i); loaded++; check(); });
    win.loadURL(url);
  }
});
