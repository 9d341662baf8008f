// Sessions: pages in different partitions share no storage, pages in one
// partition share it, 'persist:' partitions keep it on disk across runs
// (run.sh starts the app twice), webContents.session is the page's
// Session, and the session's permission handlers answer the page.
const { app, BrowserWindow, session, webContents } = require('electron');
const path = require('path');
const log = (...a) => console.log(...a);
const second = process.argv.includes('--second');

async function page(webPreferences) {
  const w = new BrowserWindow({ show: false, webPreferences });
  await w.loadURL('http://127.0.0.1:' + port + '/');
  return w;
}
const get = (w) => w.webContents.executeJavaScript('localStorage.getItem("k")');
const set = (w, v) => w.webContents.executeJavaScript(`localStorage.setItem("k", "${v}")`);

let port;
app.whenReady().then(async () => {
  const server = require('http').createServer((req, res) => res.end('<title>s</title>'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  port = server.address().port;
  // the same port each run would be needed for origin-keyed storage across
  // runs: use a fixed one for the persistent check
  const fixed = require('http').createServer((req, res) => res.end('<title>p</title>'));
  await new Promise((r) => fixed.listen(47931, '127.0.0.1', r));

  if (second) {
    port = 47931;
    const p = await page({ partition: 'persist:keep' });
    log('persisted', await get(p));
    const m = await page({ partition: 'memory-only' });
    log('in memory gone', await get(m));
    app.quit();
    return;
  }

  const a = await page({ partition: 'one' });
  const b = await page({ partition: 'two' });
  const a2 = await page({ session: session.fromPartition('one') });
  await set(a, 'from-one');
  log('same partition', await get(a2), 'other partition', await get(b));
  log('sessions', a.webContents.session === session.fromPartition('one'),
    a2.webContents.session === a.webContents.session, b.webContents.session !== a.webContents.session,
    session.defaultSession.isPersistent(), session.fromPartition('one').isPersistent(),
    session.fromPartition('one').getStoragePath());
  const keep = session.fromPartition('persist:keep');
  log('persist path', keep.isPersistent(),
    path.relative(app.getPath('userData'), keep.getStoragePath()));
  const d = await page({});
  log('default session', d.webContents.session === session.defaultSession,
    webContents.getAllWebContents().filter((wc) => wc.session === session.fromPartition('one')).length);

  // permissions: a refusing handler, then a granting one, then a check
  const asked = [];
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) => {
    asked.push(`${permission} ${wc === d.webContents} ${details.requestingUrl.startsWith('http://127.0.0.1')}`);
    callback(false);
  });
  log('denied', await d.webContents.executeJavaScript('Notification.requestPermission()', true));
  // on disk: WebKit refuses notifications in in-memory sessions unasked
  const e = await page({ partition: 'persist:granting' });
  e.webContents.session.setPermissionRequestHandler((wc, permission, callback) => callback(permission === 'notifications'));
  log('granted', await e.webContents.executeJavaScript('Notification.requestPermission()', true));
  log('asked', JSON.stringify(asked));
  e.webContents.session.setPermissionCheckHandler((wc, permission, origin) => permission === 'geolocation' && origin.startsWith('http://127.0.0.1'));
  log('check', await e.webContents.executeJavaScript(
    'navigator.permissions.query({ name: "geolocation" }).then((s) => s.state)'));

  port = 47931;
  const p = await page({ partition: 'persist:keep' });
  await set(p, 'kept');
  const m = await page({ partition: 'memory-only' });
  await set(m, 'lost');
  await session.fromPartition('two').clearStorageData();
  log('cleared', true);
  app.quit();
});
