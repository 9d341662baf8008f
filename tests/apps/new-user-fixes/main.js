// What a new user met (issue 11, item 5): the window title follows the page
// by the time loadURL settles; capturePage of a rect of a shown window;
// in-page links (href="#") navigate without will-navigate; keys pass
// through webContents' before-input-event first, which can stop them.
const { app, BrowserWindow } = require('electron');
const { execFileSync } = require('child_process');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const once = (em, ev) => new Promise((r) => em.once(ev, (...a) => r(a)));

app.whenReady().then(async () => {
  const w = new BrowserWindow({ width: 400, height: 300 });
  await w.loadURL('data:text/html,<title>esm</title>');
  log('title after load', w.getTitle());

  await w.loadURL('data:text/html,' + encodeURIComponent(
    '<body style="margin:0;background:rgb(0,128,0)"><a id="top" href="#">top</a> ' +
    '<a id="sec" href="#sec">sec</a> <a id="away" href="about:blank#away">away</a>' +
    '<script>keys = []; addEventListener("keydown", (e) => keys.push(e.key))</script></body>'));
  if (!w.isFocused()) await Promise.race([once(w, 'focus'), wait(2000)]);
  const img = await w.webContents.capturePage({ x: 0, y: 0, width: 40, height: 40 });
  const bmp = img.toBitmap();
  log('capture rect', JSON.stringify(img.getSize()), `${bmp[2]},${bmp[1]},${bmp[0]}`, img.isEmpty());

  const navigations = [];
  w.webContents.on('will-navigate', (e, url) => { navigations.push(url); e.preventDefault(); });
  const inPage = [];
  w.webContents.on('did-navigate-in-page', (e, url) => inPage.push(url.slice(url.indexOf('#'))));
  for (const id of ['top', 'sec', 'away']) {
    await w.webContents.executeJavaScript(`document.getElementById('${id}').click()`);
    await wait(300);
  }
  log('will-navigate', JSON.stringify(navigations.map((u) => u.slice(0, 20))));
  log('in page', JSON.stringify(inPage));

  // keys: 'a' reaches the page, 'b' is stopped in main
  const inputs = [];
  w.webContents.on('before-input-event', (e, input) => {
    inputs.push(`${input.type} ${input.key} ${input.code} ${input.shift}`);
    if (input.key === 'b' || input.key === 'B') e.preventDefault();
  });
  w.webContents.focus();
  await wait(200);
  execFileSync('xdotool', ['key', '--delay', '50', 'a', 'b', 'shift+c']);
  await wait(500);
  log('input events', JSON.stringify(inputs.filter((s) => !s.includes('Shift'))));
  log('page saw', JSON.stringify(await w.webContents.executeJavaScript('keys.filter((k) => k !== "Shift")')));
  app.quit();
});
