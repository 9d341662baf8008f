// screen.js — screen: the displays GDK knows (src/main/screen.c) as
// Electron's Display objects, the cursor position, display-added /
// display-removed / display-metrics-changed, and the nearest/matching
// display lookups. Like Electron's, it cannot be used before the app is
// ready (there is no display connection before then).
'use strict';

const EventEmitter = require('events');
const { makeEvent } = require('electron/main/event');

const binding = internalBinding('screen');

function display(d) {
  const size = (r) => ({ width: r.width, height: r.height });
  return {
    id: d.id,
    label: d.label,
    bounds: d.bounds,
    workArea: d.workArea,
    size: size(d.bounds),
    workAreaSize: size(d.workArea),
    scaleFactor: d.scaleFactor,
    rotation: 0,
    internal: false,
    detected: true,
    monochrome: false,
    colorDepth: d.depth,
    depthPerComponent: d.depth >= 30 ? 10 : 8,
    colorSpace: '{primaries:BT709, transfer:SRGB, matrix:RGB, range:FULL}',
    displayFrequency: d.refreshRate,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x: Math.round(d.bounds.x * d.scaleFactor), y: Math.round(d.bounds.y * d.scaleFactor) },
  };
}

function point(p, i = 0) {
  if (p === null || typeof p !== 'object' || typeof p.x !== 'number' || typeof p.y !== 'number') {
    throw new TypeError(`Error processing argument at index ${i}, conversion failure from ${p}`);
  }
  return p;
}

// squared distance from p to the rectangle r (0 inside)
function distance(p, r) {
  const dx = p.x < r.x ? r.x - p.x : p.x >= r.x + r.width ? p.x - (r.x + r.width - 1) : 0;
  const dy = p.y < r.y ? r.y - p.y : p.y >= r.y + r.height ? p.y - (r.y + r.height - 1) : 0;
  return dx * dx + dy * dy;
}

class Screen extends EventEmitter {
  getAllDisplays() { return binding.displays().map(display); }
  getPrimaryDisplay() { return this.getAllDisplays()[0]; }
  getCursorScreenPoint() { return binding.cursor(); }

  getDisplayNearestPoint(p) {
    point(p);
    let best = null;
    let bestD = Infinity;
    for (const d of this.getAllDisplays()) {
      const dist = distance(p, d.bounds);
      if (dist < bestD) { best = d; bestD = dist; }
    }
    return best;
  }

  // X11 positions displays in pixels: a DIP point is its display's native
  // origin plus the scaled offset (and back)
  dipToScreenPoint(p) {
    point(p);
    const d = this.getDisplayNearestPoint(p);
    return {
      x: d.nativeOrigin.x + Math.floor((p.x - d.bounds.x) * d.scaleFactor),
      y: d.nativeOrigin.y + Math.floor((p.y - d.bounds.y) * d.scaleFactor),
    };
  }

  screenToDipPoint(p) {
    point(p);
    const all = this.getAllDisplays();
    const native = (d) => ({ x: d.nativeOrigin.x, y: d.nativeOrigin.y,
      width: d.bounds.width * d.scaleFactor, height: d.bounds.height * d.scaleFactor });
    let d = all.find((x) => distance(p, native(x)) === 0);
    if (!d) d = all.reduce((a, b) => (distance(p, native(b)) < distance(p, native(a)) ? b : a));
    return {
      x: d.bounds.x + (p.x - d.nativeOrigin.x) / d.scaleFactor,
      y: d.bounds.y + (p.y - d.nativeOrigin.y) / d.scaleFactor,
    };
  }

  // the display the rect overlaps most; none: the one nearest its centre
  getDisplayMatching(rect) {
    if (rect === null || typeof rect !== 'object') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + rect);
    }
    let best = null;
    let bestArea = 0;
    for (const d of this.getAllDisplays()) {
      const b = d.bounds;
      const w = Math.min(rect.x + rect.width, b.x + b.width) - Math.max(rect.x, b.x);
      const h = Math.min(rect.y + rect.height, b.y + b.height) - Math.max(rect.y, b.y);
      const area = w > 0 && h > 0 ? w * h : 0;
      if (area > bestArea) { best = d; bestArea = area; }
    }
    return best || this.getDisplayNearestPoint({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  }
}

let screen = null;
function getScreen() {
  if (screen !== null) return screen;
  if (!require('electron/main/app').app.isReady()) {
    throw new Error("The 'screen' module can't be used before the app 'ready' event");
  }
  screen = new Screen();
  binding.setEmitter((id, name, d, metric) => {
    if (name === 'display-metrics-changed') screen.emit(name, makeEvent(), display(d), [metric]);
    else screen.emit(name, makeEvent(), display(d));
  });
  return screen;
}

// Made on first use (after ready), as Electron's lazily created screen.
const proxy = new Proxy({}, {
  get(t, key) {
    const s = getScreen();
    const v = s[key];
    return typeof v === 'function' ? v.bind(s) : v;
  },
  set(t, key, value) { return Reflect.set(getScreen(), key, value); },
  has(t, key) { return key in getScreen(); },
  ownKeys() { return Reflect.ownKeys(getScreen()); },
  getOwnPropertyDescriptor(t, key) {
    const d = Reflect.getOwnPropertyDescriptor(getScreen(), key);
    if (d) d.configurable = true;
    return d;
  },
});

module.exports = { screen: proxy };
