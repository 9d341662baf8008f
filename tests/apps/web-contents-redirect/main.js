// will-redirect: emitted for a server redirect before it is followed,
// preventable (the load then aborts and the page stays where it was).
const { app, BrowserWindow } = require('electron');
const http = require('http');
const log = (...a) => console.log(...a);

app.whenReady().then(async () => {
  const server = http.createServer((req, res) => {
    if (req.url === '/302') {
      res.statusCode = 302;
      res.setHeader('Location', '/200');
      res.end();
    } else {
      res.end(`<title>${req.url}</title>`);
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const w = new BrowserWindow({ show: false });
  const order = [];
  w.webContents.on('will-redirect', (e, url, inPlace, isMainFrame) => order.push(`will-redirect ${url.slice(base.length)} ${isMainFrame}`));
  w.webContents.on('did-stop-loading', () => order.push('did-stop-loading'));
  await w.loadURL(`${base}/302`);
  log(order.join(', '), '| at', w.webContents.getURL().slice(base.length));
  await w.loadURL(`${base}/start`);
  w.webContents.once('will-redirect', (e) => e.preventDefault());
  const r = await w.loadURL(`${base}/302`).then(() => 'resolved', (e) => `rejected ${e.code}`);
  log('prevented:', r, '| at', w.webContents.getURL().slice(base.length));
  server.close();
  app.quit();
});
