// BrowserWindow: options, geometry, state, registry, events (show, focus,
// resize, move, close preventable, closed, page-title-updated preventable).
const { app, BrowserWindow, webContents } = require('electron');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const once = (em, ev) => new Promise((r) => em.once(ev, (...a) => r(a)));

app.whenReady().then(async () => {
  const w = new BrowserWindow({ x: 100, y: 120, width: 500, height: 400, show: false, title: 'First',
    minWidth: 200, minHeight: 150, maxWidth: 900, maxHeight: 700, resizable: true, alwaysOnTop: true,
    opacity: 0.5, backgroundColor: '#ff0000', webPreferences: { contextIsolation: true } });
  log('id', w.id, 'wc', typeof w.webContents.id);
  log('visible before show', w.isVisible());
  log('bounds', JSON.stringify(w.getBounds()));
  log('size', JSON.stringify(w.getSize()), 'content', JSON.stringify(w.getContentSize()));
  log('min', JSON.stringify(w.getMinimumSize()), 'max', JSON.stringify(w.getMaximumSize()));
  log('title', w.getTitle(), w.title);
  log('flags', w.isResizable(), w.isMovable(), w.isMinimizable(), w.isMaximizable(), w.isClosable(), w.isAlwaysOnTop());
  log('opacity', w.getOpacity(), 'bg', w.getBackgroundColor());
  log('registry', BrowserWindow.getAllWindows().length, BrowserWindow.fromId(w.id) === w,
    BrowserWindow.fromWebContents(w.webContents) === w, webContents.fromId(w.webContents.id) === w.webContents,
    webContents.getAllWebContents().length);

  const shown = once(w, 'show');
  w.show();
  await shown;
  log('show event, visible', w.isVisible());
  if (!w.isFocused()) await Promise.race([once(w, 'focus'), wait(2000)]);
  log('focused', w.isFocused(), BrowserWindow.getFocusedWindow() === w);

  const resized = once(w, 'resize');
  w.setSize(600, 450);
  log('size after setSize', JSON.stringify(w.getSize()));
  await resized;
  log('resize event', JSON.stringify(w.getSize()));
  await once(w, 'resized');
  log('resized event');
  const moved = once(w, 'move');
  w.setPosition(150, 160);
  await moved;
  log('move event', JSON.stringify(w.getPosition()));
  w.setBounds({ width: 1000 });
  await wait(200);
  log('clamped to max', w.getSize()[0]);
  w.setSize(50, 50);
  await wait(200);
  log('clamped to min', JSON.stringify(w.getSize()));
  w.setResizable(false);
  w.setAlwaysOnTop(false);
  w.setOpacity(2);
  log('setters', w.isResizable(), w.isAlwaysOnTop(), w.getOpacity());
  w.setResizable(true);

  const child = new BrowserWindow({ parent: w, width: 200, height: 100, show: false });
  log('child', child.getParentWindow() === w, w.getChildWindows().length, w.getChildWindows()[0] === child);
  const hidden = once(child, 'hide');
  child.show();
  child.hide();
  await hidden;
  log('child hide event', child.isVisible());
  child.destroy();
  log('child destroyed', child.isDestroyed(), w.getChildWindows().length);
  try { child.getBounds(); } catch (e) { log('destroyed throws:', e.message); }

  w.on('page-title-updated', (e, title) => { log('page-title-updated', title); e.preventDefault(); });
  await w.loadURL('data:text/html,<title>Page Title</title>hi');
  await wait(300);
  log('title kept', w.getTitle());
  w.setTitle('Set Title');
  log('setTitle', w.getTitle());

  let vetoes = 0;
  w.on('close', (e) => { if (vetoes++ === 0) { log('close prevented'); e.preventDefault(); } else log('close allowed'); });
  w.close();
  log('still alive', !w.isDestroyed());
  const wcid = w.webContents.id;
  w.webContents.on('destroyed', () => log('wc destroyed', webContents.fromId(wcid) === undefined));
  w.on('closed', () => log('closed', w.isDestroyed(), BrowserWindow.getAllWindows().length));
  app.on('window-all-closed', () => { log('window-all-closed'); app.quit(); });
  w.close();
});
