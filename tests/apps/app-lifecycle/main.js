// app lifecycle: ready ordering, names, paths, commandLine, and the default
// quit on window-all-closed (no listener) with its event order.
const { app, BrowserWindow } = require('electron');
const path = require('path');
const order = [];
const log = (...a) => console.log(...a);

log('isReady before', app.isReady());
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
app.on('will-finish-launching', () => order.push('will-finish-launching'));
app.on('ready', (ev, info) => order.push('ready:' + typeof ev.preventDefault + ':' + typeof info));
app.whenReady().then(() => {
  order.push('whenReady');
  log('order', order.join(','));
  log('isReady after', app.isReady());
  log('name', app.getName(), app.name, 'version', app.getVersion());
  app.setName('Renamed');
  log('setName', app.getName());
  app.setName('Lifecycle Test');
  log('appPath', app.getAppPath() === __dirname);
  const cfg = process.env.XDG_CONFIG_HOME;
  log('appData', app.getPath('appData') === cfg);
  log('userData', app.getPath('userData') === path.join(cfg, 'Lifecycle Test'));
  log('userData created', require('fs').statSync(app.getPath('userData')).isDirectory());
  log('sessionData', app.getPath('sessionData') === app.getPath('userData'));
  log('logs', app.getPath('logs') === path.join(app.getPath('userData'), 'logs'));
  log('crashDumps', app.getPath('crashDumps') === path.join(app.getPath('userData'), 'Crashpad'));
  log('home', app.getPath('home') === require('os').homedir());
  log('exe', app.getPath('exe') === process.execPath, app.getPath('module') === process.execPath);
  for (const n of ['temp', 'desktop', 'documents', 'downloads', 'music', 'pictures', 'videos']) {
    const p = app.getPath(n);
    if (typeof p !== 'string' || !path.isAbsolute(p)) log('bad path', n, p);
  }
  log('all names absolute');
  try { app.getPath('nope'); } catch (e) { log('unknown:', e.message); }
  try { app.setPath('userData', 'relative/dir'); } catch (e) { log('relative:', e.message); }
  app.setPath('userData', '/tmp');
  log('setPath', app.getPath('userData'), app.getPath('sessionData'));
  log('locale', /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(app.getLocale()));
  app.commandLine.appendSwitch('my-switch', 'v1');
  app.commandLine.appendSwitch('flag');
  log('switch', app.commandLine.hasSwitch('my-switch'), app.commandLine.getSwitchValue('my-switch'),
    app.commandLine.hasSwitch('flag'), JSON.stringify(app.commandLine.getSwitchValue('flag')),
    app.commandLine.hasSwitch('absent'), JSON.stringify(app.commandLine.getSwitchValue('absent')));

  app.on('web-contents-created', (e, wc) => log('web-contents-created', typeof wc.loadURL));
  app.on('browser-window-created', (e, w) => log('browser-window-created', w instanceof BrowserWindow));
  app.on('before-quit', () => log('before-quit'));
  app.on('will-quit', () => log('will-quit'));
  app.on('quit', (e, code) => log('quit', code));
  process.on('exit', (code) => log('process exit', code));
  const win = new BrowserWindow({ show: false });
  win.on('closed', () => log('closed'));
  setTimeout(() => win.close(), 50);
});
