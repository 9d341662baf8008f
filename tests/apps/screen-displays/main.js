// screen: the X server's display (Xvfb's 1280x1024 screen) as Electron's
// Display, lookups by point and rect, the cursor position (moved with
// xdotool), DIP/screen points, and the error before ready.
const { execFileSync } = require('child_process');
const { app, screen } = require('electron');
const log = (...a) => console.log(...a);

try { screen.getPrimaryDisplay(); } catch (e) { log('before ready:', e.message); }

app.whenReady().then(() => {
  const d = screen.getPrimaryDisplay();
  log('primary', JSON.stringify(d.bounds), JSON.stringify(d.size), d.scaleFactor, d.rotation,
    typeof d.id, d.colorDepth, d.workArea.width <= d.bounds.width);
  log('all', screen.getAllDisplays().length, screen.getAllDisplays()[0].id === d.id);
  log('nearest', screen.getDisplayNearestPoint({ x: 5000, y: 5000 }).id === d.id,
    screen.getDisplayMatching({ x: 100, y: 100, width: 50, height: 50 }).id === d.id);
  execFileSync('xdotool', ['mousemove', '123', '45']);
  log('cursor', JSON.stringify(screen.getCursorScreenPoint()));
  log('dip', JSON.stringify(screen.dipToScreenPoint({ x: 10, y: 20 })),
    JSON.stringify(screen.screenToDipPoint({ x: 10, y: 20 })));
  try { screen.getDisplayNearestPoint(null); } catch (e) { log('bad point:', e.message); }
  log('emitter', typeof screen.on, screen.listenerCount('display-added'));
  app.quit();
});
