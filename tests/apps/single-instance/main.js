// requestSingleInstanceLock: the first instance keeps the lock and gets
// 'second-instance' (argv, cwd, additionalData) from the second, which gets
// false and quits.
const { app } = require('electron');
const got = app.requestSingleInstanceLock({ from: 'second', n: 2 });
if (!got) {
  console.log('second: lock', got, app.hasSingleInstanceLock());
  app.quit();
} else {
  console.log('first: lock', got, app.hasSingleInstanceLock());
  app.on('second-instance', (event, argv, cwd, data) => {
    console.log('second-instance', app.isReady(), argv.includes('--extra-arg=7'), cwd, JSON.stringify(data));
    app.releaseSingleInstanceLock();
    console.log('released', app.hasSingleInstanceLock());
    app.quit();
  });
  app.whenReady().then(() => console.log('first: ready'));
}
