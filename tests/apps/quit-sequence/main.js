// app.quit(): before-quit (preventable) → each window's close (preventable,
// cancels the quit) → page beforeunload (a veto cancels unless
// will-prevent-unload is prevented) → closed → will-quit (preventable) →
// quit; then app.exit(code) ends with that code and no more events.
const { app, BrowserWindow } = require('electron');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

app.whenReady().then(async () => {
  const w = new BrowserWindow({ width: 300, height: 200 });
  await w.loadURL('data:text/html,<script>window.onbeforeunload = (e) => { e.preventDefault(); return "stay"; };</script>veto');
  // no user gesture on the page: the close gives it one, as Electron's does
  let step = 0;
  app.on('before-quit', (e) => { log('before-quit', step); if (step === 0) e.preventDefault(); });
  w.on('close', (e) => { log('close', step); if (step === 1) e.preventDefault(); });
  w.webContents.on('will-prevent-unload', (e) => { log('will-prevent-unload', step); if (step === 3) e.preventDefault(); });
  w.on('closed', () => log('closed', step));
  app.on('will-quit', (e) => { log('will-quit', step); if (step === 3) { e.preventDefault(); step = 4; setTimeout(() => app.exit(3), 100); } });
  app.on('quit', () => log('quit must not be emitted'));
  process.on('exit', (code) => log('exit', code));

  app.quit();           // step 0: before-quit prevented
  await wait(100);
  log('alive', !w.isDestroyed());
  step = 1;
  app.quit();           // close prevented: quit cancelled
  await wait(100);
  log('alive', !w.isDestroyed());
  step = 2;
  app.quit();           // the page's beforeunload vetoes
  await wait(1000);
  log('alive', !w.isDestroyed());
  step = 3;
  app.quit();           // will-prevent-unload prevented: closes; will-quit prevented
});
