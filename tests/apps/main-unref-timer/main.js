// An unref'd timer in the main process still fires: GTK's loop keeps the
// process running, as Electron's does, even when nothing else is pending
// in libuv (the timer must not be what keeps the app alive, but it runs).
const { app } = require('electron');

app.whenReady().then(() => {
  let n = 0;
  const t = setInterval(() => {
    if (++n < 3) return;
    clearInterval(t);
    console.log('unref interval fired 3 times');
    app.quit();
  }, 20);
  t.unref();
});
