// view.js — View: a native view with bounds (relative to its parent view),
// a background colour, visibility and child views stacked in the order they
// were added. The native half is src/main/view.c (a GtkOverlay). A window's
// content view fills the window; a child view sits at its bounds.
//
// Life cycle: the native view lives as long as the JS object. A view held by
// a window or a parent view is reachable from there, so only a view nobody
// can reach is collected, and the FinalizationRegistry then frees its
// native half.
'use strict';

const EventEmitter = require('events');
const { parseColor } = require('electron/common/color');

const binding = internalBinding('view');
const collected = new FinalizationRegistry((id) => binding.destroy(id));
let nextId = 1;
const warned = new Set();

function warnOnce(what) {
  if (warned.has(what)) return;
  warned.add(what);
  process.emitWarning(`${what} is not supported by cathode on WebKitGTK and has no effect ` +
    '(see docs/compatibility.md)', 'UnsupportedWarning');
}

function conversionError(v) {
  return new TypeError('Error processing argument at index 0, conversion failure from ' + v);
}

function rect(bounds) {
  if (bounds === null || typeof bounds !== 'object') throw conversionError(bounds);
  const r = {};
  for (const k of ['x', 'y', 'width', 'height']) {
    const v = bounds[k];
    if (typeof v !== 'number' || Number.isNaN(v)) throw conversionError(bounds);
    r[k] = Math.round(v);
  }
  return r;
}

const kEasing = {
  linear: (t) => t,
  'ease-in': (t) => t * t,
  'ease-out': (t) => t * (2 - t),
  'ease-in-out': (t) => (t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t),
};

class View extends EventEmitter {
  constructor() {
    super();
    Object.defineProperty(this, '_viewId', { value: nextId++ });
    this._children = [];
    this._parent = null;
    this._window = null; // the window whose content view this is
    this._bounds = { x: 0, y: 0, width: 0, height: 0 };
    this._visible = true;
    this._animation = null;
    binding.create(this._viewId);
    collected.register(this, this._viewId);
  }

  get children() { return [...this._children]; }

  // A destroyed child is one whose web contents are gone (WebContentsView).
  _isDestroyedView() { return false; }

  addChildView(view, index) {
    if (!(view instanceof View)) throw conversionError(view);
    if (view === this) throw new Error('A view cannot be added as its own child');
    if (view._isDestroyedView()) throw new Error("Can't add a destroyed child view to a parent view");
    if (view._parent !== null) view._parent._detach(view);
    if (view._window !== null) view._window._releaseContentView(view);
    let at = this._children.length;
    if (Number.isInteger(index) && index >= 0 && index < at) at = index;
    this._children.splice(at, 0, view);
    view._parent = this;
    binding.addChild(this._viewId, view._viewId, at === this._children.length - 1 ? -1 : at);
    view._attached();
  }

  removeChildView(view) {
    if (!(view instanceof View) || view._parent !== this) return;
    this._detach(view);
    binding.removeChild(this._viewId, view._viewId);
    view._attached();
  }

  _detach(view) {
    const i = this._children.indexOf(view);
    if (i >= 0) this._children.splice(i, 1);
    view._parent = null;
  }

  // The window this view is shown in, through its parents.
  _ownerWindow() {
    let v = this;
    while (v._parent !== null) v = v._parent;
    return v._window;
  }

  // Called when the view joins or leaves a tree (WebContentsView follows it).
  _attached() {
    for (const c of this._children) c._attached();
  }

  setBounds(bounds, options) {
    const r = rect(bounds);
    const animate = options && typeof options === 'object' ? options.animate : undefined;
    if (this._animation !== null) {
      clearInterval(this._animation);
      this._animation = null;
    }
    const from = this._bounds;
    this._bounds = r;
    if (animate) {
      const duration = typeof animate === 'object' && Number.isFinite(animate.duration) ? animate.duration : 250;
      const ease = kEasing[typeof animate === 'object' && animate.easing] || kEasing.linear;
      const start = Date.now();
      const step = () => {
        const t = duration > 0 ? Math.min(1, (Date.now() - start) / duration) : 1;
        const k = ease(t);
        const at = (key) => Math.round(from[key] + (r[key] - from[key]) * k);
        binding.setBounds(this._viewId, at('x'), at('y'), at('width'), at('height'));
        if (t >= 1 && this._animation !== null) {
          clearInterval(this._animation);
          this._animation = null;
        }
      };
      this._animation = setInterval(step, 16);
      step();
    } else {
      binding.setBounds(this._viewId, r.x, r.y, r.width, r.height);
    }
    this.emit('bounds-changed');
  }

  getBounds() {
    // a window's content view is as large as the window's content area
    if (this._window !== null && !this._window.isDestroyed()) return binding.getBounds(this._viewId);
    return { ...this._bounds };
  }

  // a value that is no colour changes nothing, as in Electron
  setBackgroundColor(color) {
    const c = parseColor(color);
    if (c !== null) binding.set(this._viewId, 'backgroundColor', c);
  }

  setBorderRadius(radius) {
    if (typeof radius !== 'number') throw conversionError(radius);
    warnOnce('View.setBorderRadius');
  }

  setBackgroundBlur(radius) {
    if (typeof radius !== 'number') throw conversionError(radius);
    warnOnce('View.setBackgroundBlur');
  }

  setVisible(visible) {
    this._visible = !!visible;
    binding.set(this._viewId, 'visible', this._visible);
    this._attached();
  }

  getVisible() { return this._visible; }
}

module.exports = { View, warnOnce };
