// webContents: load events and their order, loadFile query/hash, load
// promise rejections with Electron's codes, executeJavaScript, insertCSS,
// history, in-page navigation, will-navigate (preventable), console-message.
const { app, BrowserWindow } = require('electron');
const path = require('path');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const once = (em, ev) => new Promise((r) => em.once(ev, (...a) => r(a)));

app.whenReady().then(async () => {
  const w = new BrowserWindow({ width: 400, height: 300 });
  const wc = w.webContents;
  const events = [];
  for (const e of ['did-start-loading', 'did-start-navigation', 'did-navigate', 'dom-ready', 'did-finish-load', 'did-stop-loading'])
    wc.on(e, () => events.push(e));
  wc.on('console-message', (e, level, message, line) => log('console', e.level, level, message, line));
  await w.loadFile('page.html', { query: { a: '1', b: 'x y' }, hash: 'top' });
  log('events', events.join(','));
  const url = wc.getURL();
  log('url', url.startsWith('file://') && url.endsWith('/page.html?a=1&b=x%20y#top'));
  log('title', wc.getTitle(), 'loading', wc.isLoading());

  log('js number', await wc.executeJavaScript('6 * 7'));
  log('js object', JSON.stringify(await wc.executeJavaScript('({ a: [1, "two"], b: null })')));
  log('js promise', await wc.executeJavaScript('new Promise((r) => setTimeout(() => r("later"), 20))'));
  log('js undefined', await wc.executeJavaScript('undefined'));
  log('js global', await wc.executeJavaScript('var g1 = 5; g1 + 1'), await wc.executeJavaScript('window.g1'));
  try { await wc.executeJavaScript('throw new Error("bad thing")'); } catch (e) { log('js throw', e.message); }
  try { await wc.executeJavaScript('Promise.reject(new Error("rejected thing"))'); } catch (e) { log('js reject', e.message); }

  const color = () => wc.executeJavaScript('getComputedStyle(document.getElementById("box")).color');
  log('color before', await color());
  const key = await wc.insertCSS('#box { color: rgb(255, 0, 0) !important; }');
  log('insertCSS key', typeof key);
  await wait(50);
  log('color inserted', await color());
  await wc.removeInsertedCSS(key);
  await wait(50);
  log('color removed', await color());

  const inPage = once(wc, 'did-navigate-in-page');
  await wc.executeJavaScript('location.hash = "#section2"; 1');
  const [, inPageUrl] = await inPage;
  log('did-navigate-in-page', inPageUrl.endsWith('#section2'));

  let block = true;
  wc.on('will-navigate', (e, navUrl) => {
    log('will-navigate', path.basename(navUrl), typeof e.preventDefault);
    if (block) e.preventDefault();
  });
  await wc.executeJavaScript('document.getElementById("link").click(); 1');
  await wait(700);
  log('blocked, still on', path.basename(wc.getURL()).split('?')[0]);
  block = false;
  const navigated = once(wc, 'did-navigate');
  await wc.executeJavaScript('document.getElementById("link").click(); 1');
  const [, navUrl, code] = await navigated;
  log('navigated to', path.basename(navUrl), code);
  await once(wc, 'did-stop-loading');
  log('history', wc.navigationHistory.length(), wc.navigationHistory.getActiveIndex(), wc.canGoBack(), wc.canGoForward());
  const back = once(wc, 'did-stop-loading');
  wc.goBack();
  await back;
  log('after goBack', path.basename(wc.getURL()).split('?')[0], wc.canGoForward());

  wc.setZoomFactor(1.5);
  log('zoom', wc.getZoomFactor(), wc.getZoomLevel().toFixed(3));
  wc.setZoomLevel(0);
  log('zoom level 0', wc.getZoomFactor());
  wc.setUserAgent('CathodeTest/1.0');
  // the page's navigator.userAgent is the new one from its next load on
  await wc.loadURL(wc.getURL());
  log('ua', wc.getUserAgent(), await wc.executeJavaScript('navigator.userAgent'));

  const fails = [];
  wc.on('did-fail-load', (e, code, desc, vurl, isMainFrame) => fails.push(`${code} ${desc} ${isMainFrame}`));
  try { await wc.loadFile('does-not-exist.html'); log('no rejection'); } catch (e) {
    log('missing file', e.code, e.errno, e.message.includes('does-not-exist.html'));
  }
  try { await wc.loadURL('http://nonexistent.invalid/'); log('no rejection'); } catch (e) {
    log('bad host', e.code, e.errno);
  }
  try { await wc.loadURL('not a url'); } catch (e) { log('invalid url', e.code, e.errno); }
  log('did-fail-load', fails.join(' | '));
  await wc.loadURL('data:text/html,<p>back</p>');
  log('recovered', wc.getURL());
  app.quit();
});
