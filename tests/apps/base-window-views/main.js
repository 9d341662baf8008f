// The modern window model: a BaseWindow (no page of its own) whose content
// view holds two WebContentsViews side by side, each page in its own web
// process and laid out at its view's bounds; one is removed and destroyed
// (its process ends) while the other keeps working; closing the window
// leaves the remaining page alive until the app closes it.
const { app, BaseWindow, BrowserWindow, View, WebContentsView, webContents } = require('electron');
const fs = require('fs');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const once = (em, ev) => new Promise((r) => em.once(ev, (...a) => r(a)));
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const page = (color, name) => 'data:text/html,' + encodeURIComponent(
  `<title>${name}</title><body style="margin:0;background:${color}"></body>`);

app.whenReady().then(async () => {
  const win = new BaseWindow({ width: 600, height: 400, show: false, title: 'views' });
  log('base window', typeof win.webContents, win.contentView instanceof View,
    BaseWindow.getAllWindows().length, BrowserWindow.getAllWindows().length, BaseWindow.fromId(win.id) === win);

  const left = new WebContentsView();
  const right = new WebContentsView({ webPreferences: { contextIsolation: true } });
  left.setBounds({ x: 0, y: 0, width: 300, height: 400 });
  right.setBounds({ x: 300, y: 0, width: 300, height: 400 });
  win.contentView.addChildView(left);
  win.contentView.addChildView(right);
  log('children', win.contentView.children.length, win.contentView.children[0] === left,
    win.contentView.children[1] === right);
  log('webContents', webContents.getAllWebContents().length,
    webContents.fromId(left.webContents.id) === left.webContents, left.webContents.id !== right.webContents.id);
  log('no owner browser window', left.webContents.getOwnerBrowserWindow());

  win.show();
  await Promise.all([left.webContents.loadURL(page('rgb(255,0,0)', 'left')),
    right.webContents.loadURL(page('rgb(0,0,255)', 'right'))]);
  await wait(300);
  const lp = left.webContents.getOSProcessId(), rp = right.webContents.getOSProcessId();
  log('two web processes', lp > 0 && rp > 0 && lp !== rp && lp !== process.pid, alive(lp), alive(rp));
  log('titles', left.webContents.getTitle(), right.webContents.getTitle());
  log('page sizes', await left.webContents.executeJavaScript('innerWidth + "x" + innerHeight'),
    await right.webContents.executeJavaScript('innerWidth + "x" + innerHeight'));
  log('bounds', JSON.stringify(right.getBounds()), JSON.stringify(win.contentView.getBounds()));
  const pixel = async (wcv) => {
    const img = await wcv.webContents.capturePage();
    const bmp = img.toBitmap();
    return `${img.getSize().width}x${img.getSize().height}:${bmp[2]},${bmp[1]},${bmp[0]}`;
  };
  log('pixels', await pixel(left), await pixel(right));

  // moving a view re-lays it out
  right.setBounds({ x: 350, y: 50, width: 200, height: 100 });
  await wait(300);
  log('moved page size', await right.webContents.executeJavaScript('innerWidth + "x" + innerHeight'));

  // remove one and destroy it: its process goes, the other keeps working
  win.contentView.removeChildView(right);
  log('after remove', win.contentView.children.length, right.webContents.isDestroyed());
  const rwc = right.webContents;
  const destroyed = once(rwc, 'destroyed');
  rwc.close();
  await destroyed;
  log('destroyed', rwc.isDestroyed(), right.webContents, webContents.getAllWebContents().length);
  let gone = false;
  for (let i = 0; i < 50 && !gone; i++) { gone = !alive(rp) || fs.readFileSync(`/proc/${rp}/stat`, 'utf8').split(' ')[2] === 'Z'; if (!gone) await wait(100); }
  log('its process ended', gone, 'the other lives', alive(lp));
  try {
    win.contentView.addChildView(right);
  } catch (e) { log('re-add throws:', e.message); }
  log('other still works', await left.webContents.executeJavaScript('document.title + " " + (6 * 7)'));

  // a view may not be its own child; a child added twice moves to the top
  try { win.contentView.addChildView(win.contentView); } catch (e) { log('self child:', e.message); }
  const extra = new View();
  win.contentView.addChildView(extra);
  win.contentView.addChildView(left);
  log('reordered', win.contentView.children.indexOf(left), win.contentView.children.length);

  // the window goes; the page it showed stays until the app closes it
  const closed = once(win, 'closed');
  win.close();
  await closed;
  log('window closed', win.isDestroyed(), BaseWindow.getAllWindows().length, left.webContents.isDestroyed());
  const d2 = once(left.webContents, 'destroyed');
  left.webContents.close();
  await d2;
  log('all pages gone', webContents.getAllWebContents().length);
  app.quit();
});

app.on('window-all-closed', () => log('window-all-closed'));
