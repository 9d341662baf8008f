// base_window.js — BaseWindow: a native window with no page of its own,
// whose content view (a View) holds what it shows. Option defaults, the
// registry behind getAllWindows/fromId/getFocusedWindow, the close sequence
// ('close' → destroy → 'closed' → app's window-all-closed) and every window
// method. BrowserWindow (browser_window.js) extends it with a page. The
// native half is src/main/browser_window.c (a GtkWindow), which reports
// events as (id, name, ...args) to _onNative below.
'use strict';

const EventEmitter = require('events');
const { makeEvent, emitPreventable } = require('electron/main/event');
const { View } = require('electron/main/view');
const { parseColor, formatColor } = require('electron/common/color');

const binding = internalBinding('browser_window');

const windows = new Map(); // id → BaseWindow, until 'closed'
let nextId = 1;

// A path or a NativeImage; C reads either.
function iconValue(icon) {
  if (typeof icon === 'string' || (icon !== null && typeof icon === 'object')) return icon;
  return undefined;
}

function num(v, name) {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new TypeError(`Error processing argument at index 0, conversion failure from ${name}`);
  }
  return Math.round(v);
}

class BaseWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + options);
    }
    const { app } = require('electron/main/app');
    if (!app.isReady()) {
      throw new Error(`Cannot create ${new.target.name} before app is ready`);
    }
    Object.defineProperty(this, 'id', { value: nextId++, enumerable: true });
    this._destroyed = false;
    this._closing = false;
    this._parent = null;
    this._contentView = null;
    this._title = typeof options.title === 'string' ? options.title : app.getName();
    this._backgroundColor = parseColor(options.backgroundColor) ?? { r: 255, g: 255, b: 255, a: 255 };
    this._autoHideMenuBar = !!options.autoHideMenuBar;
    this._menuBarVisible = !options.autoHideMenuBar;
    this._progress = -1;
    this._hasShadow = options.hasShadow !== false;
    this._enabled = true;
    this._documentEdited = false;
    this._representedFilename = '';
    this._visibleOnAllWorkspaces = false;
    this._fullScreenable = options.fullscreenable !== false;

    const parent = options.parent instanceof BaseWindow && !options.parent.isDestroyed() ? options.parent : null;
    const native = {
      width: num(options.width, 'width') ?? 800,
      height: num(options.height, 'height') ?? 600,
      x: num(options.x, 'x'),
      y: num(options.y, 'y'),
      center: !!options.center,
      minWidth: num(options.minWidth, 'minWidth') ?? 0,
      minHeight: num(options.minHeight, 'minHeight') ?? 0,
      maxWidth: num(options.maxWidth, 'maxWidth') ?? 0,
      maxHeight: num(options.maxHeight, 'maxHeight') ?? 0,
      resizable: options.resizable !== false,
      movable: options.movable !== false,
      minimizable: options.minimizable !== false,
      maximizable: options.maximizable !== false,
      closable: options.closable !== false,
      focusable: options.focusable !== false,
      alwaysOnTop: !!options.alwaysOnTop,
      fullscreen: !!options.fullscreen && this._fullScreenable,
      kiosk: !!options.kiosk,
      skipTaskbar: !!options.skipTaskbar,
      title: this._title,
      icon: iconValue(options.icon),
      frame: options.frame !== false && options.titleBarStyle !== 'hidden',
      parent: parent ? parent.id : undefined,
      modal: !!options.modal && parent !== null,
      opacity: typeof options.opacity === 'number' ? options.opacity : 1,
      backgroundColor: options.backgroundColor !== undefined ? this._backgroundColor : undefined,
    };
    if (native.x === undefined || native.y === undefined) { native.x = undefined; native.y = undefined; }
    binding.create(this.id, native);
    windows.set(this.id, this);
    if (parent) this._parent = parent;
    // a BrowserWindow sets its WebContentsView here instead
    this.setContentView(this._initialContentView(options));
    this._init(options);
    if (options.show !== false) this.show();
  }

  _initialContentView() { return new View(); }
  _init() {}

  // ---- the content view ----
  get contentView() { return this._contentView; }
  set contentView(view) { this.setContentView(view); }
  getContentView() { return this._contentView; }
  setContentView(view) {
    this._check();
    if (!(view instanceof View)) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + view);
    }
    if (view === this._contentView) return;
    if (view._parent !== null) view._parent.removeChildView(view);
    if (view._window !== null) view._window._releaseContentView(view);
    const old = this._contentView;
    if (old !== null) old._window = null;
    binding.setContentView(this.id, view._viewId);
    this._contentView = view;
    view._window = this;
    if (old !== null) old._attached();
    view._attached();
  }
  // view has become another window's content view or a child view
  _releaseContentView(view) {
    if (this._contentView !== view) return;
    this._contentView = null;
    view._window = null;
  }

  // ---- the registry ----
  static getAllWindows() { return [...windows.values()]; }
  static fromId(id) { return windows.get(id) ?? null; }
  static getFocusedWindow() {
    const id = binding.focusedId();
    return id >= 0 ? windows.get(id) ?? null : null;
  }

  _check() {
    if (this._destroyed) throw new TypeError('Object has been destroyed');
  }
  _state() { this._check(); return binding.getState(this.id); }

  // ---- native events ----
  _onNative(name, args) {
    switch (name) {
      case 'ct-close-request':
        this.close();
        return;
      case 'ct-closed':
        this._onClosed();
        return;
      case 'always-on-top-changed':
        this.emit(name, makeEvent(), args[0]);
        return;
      default:
        this.emit(name, makeEvent(), ...args);
    }
  }

  _onCloseVetoed() {
    this._closing = false;
    require('electron/main/app').app._onCloseCancelled();
  }

  _onClosed() {
    this._destroyed = true;
    windows.delete(this.id);
    const view = this._contentView;
    this.emit('closed');
    this._afterClosed();
    // the content view lives on, detached (Electron's BaseWindow leaves
    // its views' web contents to the app)
    if (view !== null) {
      view._window = null;
      view._attached();
    }
    // after the 'destroyed' of the pages that went with it
    setImmediate(() => require('electron/main/app').app._onWindowClosed(windows.size));
  }

  _afterClosed() {}

  // ---- closing ----
  close() {
    if (this._destroyed || this._closing) return;
    const ev = emitPreventable(this, 'close');
    if (ev.defaultPrevented) {
      require('electron/main/app').app._onCloseCancelled();
      return;
    }
    this._closing = true;
    this._closeAllowed();
  }

  // 'close' was not prevented: the window goes on the next turn, as
  // Electron's native close does (a BrowserWindow asks its page first)
  _closeAllowed() { setImmediate(() => this.destroy()); }

  destroy() {
    if (this._destroyed) return;
    binding.destroy(this.id);
  }

  isDestroyed() { return this._destroyed; }

  // ---- visibility and focus ----
  show() { this._check(); binding.act(this.id, 'show'); }
  showInactive() { this._check(); binding.act(this.id, 'showInactive'); }
  hide() { this._check(); binding.act(this.id, 'hide'); }
  focus() { this._check(); binding.act(this.id, 'focus'); }
  blur() { this._check(); binding.act(this.id, 'blur'); }
  isFocused() { return !this._destroyed && this._state().focused; }
  isVisible() { return !this._destroyed && this._state().visible; }
  isNormal() {
    const s = this._state();
    return !s.maximized && !s.minimized && !s.fullscreen;
  }
  moveTop() { this._check(); binding.act(this.id, 'raise'); }
  // 'window:<X window id>:0', as Electron's on X11
  getMediaSourceId() { this._check(); return `window:${binding.nativeId(this.id)}:0`; }
  // a Buffer holding the X window id (an unsigned long)
  getNativeWindowHandle() {
    this._check();
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(binding.nativeId(this.id)));
    return b;
  }
  moveAbove(mediaSourceId) {
    this._check();
    if (typeof mediaSourceId !== 'string') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + mediaSourceId);
    }
    const m = /^window:(\d+):0$/.exec(mediaSourceId);
    if (!m || !binding.moveAbove(this.id, Number(m[1]))) throw new TypeError('Invalid media source id');
  }
  setEnabled(enable) { this._enabled = !!enable; }
  isEnabled() { return this._enabled; }

  // ---- geometry ----
  getBounds() {
    const s = this._state();
    return { x: s.x, y: s.y, width: s.width, height: s.height };
  }
  setBounds(bounds) {
    this._check();
    if (bounds === null || typeof bounds !== 'object') throw new TypeError('Error processing argument at index 0, conversion failure from ' + bounds);
    binding.setBounds(this.id, num(bounds.x, 'x'), num(bounds.y, 'y'), num(bounds.width, 'width'), num(bounds.height, 'height'));
  }
  getContentBounds() {
    const s = this._state();
    return { x: s.contentX, y: s.contentY, width: s.contentWidth, height: s.contentHeight };
  }
  setContentBounds(bounds) { this.setBounds(bounds); }
  getSize() { const b = this.getBounds(); return [b.width, b.height]; }
  setSize(width, height) { this.setBounds({ width, height }); }
  getContentSize() { const b = this.getContentBounds(); return [b.width, b.height]; }
  setContentSize(width, height) { this.setBounds({ width, height }); }
  getPosition() { const b = this.getBounds(); return [b.x, b.y]; }
  setPosition(x, y) { this.setBounds({ x, y }); }
  center() { this._check(); binding.act(this.id, 'center'); }
  getNormalBounds() { return this.getBounds(); }
  setMinimumSize(width, height) { this._check(); binding.setSizeLimits(this.id, num(width, 'width'), num(height, 'height'), undefined, undefined); }
  getMinimumSize() { const s = this._state(); return [s.minWidth, s.minHeight]; }
  setMaximumSize(width, height) { this._check(); binding.setSizeLimits(this.id, undefined, undefined, num(width, 'width'), num(height, 'height')); }
  getMaximumSize() { const s = this._state(); return [s.maxWidth, s.maxHeight]; }
  setAspectRatio() {}

  // ---- state ----
  maximize() { this._check(); binding.act(this.id, 'maximize'); }
  unmaximize() { this._check(); binding.act(this.id, 'unmaximize'); }
  isMaximized() { return this._state().maximized; }
  minimize() { this._check(); binding.act(this.id, 'minimize'); }
  restore() { this._check(); binding.act(this.id, 'restore'); }
  isMinimized() { return this._state().minimized; }
  setFullScreen(flag) {
    this._check();
    if (flag && !this._fullScreenable) return;
    binding.act(this.id, flag ? 'enterFullScreen' : 'leaveFullScreen');
  }
  isFullScreen() { return this._state().fullscreen; }
  setSimpleFullScreen(flag) { this.setFullScreen(flag); }
  isSimpleFullScreen() { return this.isFullScreen(); }
  setFullScreenable(f) { this._fullScreenable = !!f; }
  isFullScreenable() { return this._fullScreenable; }
  setKiosk(flag) { this._check(); binding.set(this.id, 'kiosk', !!flag); }
  isKiosk() { return this._state().kiosk; }

  setResizable(f) { this._check(); binding.set(this.id, 'resizable', !!f); }
  isResizable() { return this._state().resizable; }
  setMovable(f) { this._check(); binding.set(this.id, 'movable', !!f); }
  isMovable() { return this._state().movable; }
  setMinimizable(f) { this._check(); binding.set(this.id, 'minimizable', !!f); }
  isMinimizable() { return this._state().minimizable; }
  setMaximizable(f) { this._check(); binding.set(this.id, 'maximizable', !!f); }
  isMaximizable() { return this._state().maximizable; }
  setClosable(f) { this._check(); binding.set(this.id, 'closable', !!f); }
  isClosable() { return this._state().closable; }
  setFocusable(f) { this._check(); binding.set(this.id, 'focusable', !!f); }
  isFocusable() { return this._state().focusable; }
  setAlwaysOnTop(flag, level, relativeLevel) {
    void level; void relativeLevel;
    this._check();
    binding.set(this.id, 'alwaysOnTop', !!flag);
  }
  isAlwaysOnTop() { return this._state().alwaysOnTop; }
  setSkipTaskbar(f) { this._check(); binding.set(this.id, 'skipTaskbar', !!f); }
  setOpacity(o) { this._check(); binding.set(this.id, 'opacity', Number(o)); }
  getOpacity() { return this._state().opacity; }
  setHasShadow(f) { this._hasShadow = !!f; }
  hasShadow() { return this._hasShadow; }
  setVisibleOnAllWorkspaces(f) { this._visibleOnAllWorkspaces = !!f; }
  isVisibleOnAllWorkspaces() { return this._visibleOnAllWorkspaces; }
  setIgnoreMouseEvents() {}
  setContentProtection() {}
  setDocumentEdited(f) { this._documentEdited = !!f; }
  isDocumentEdited() { return this._documentEdited; }
  setRepresentedFilename(f) { this._representedFilename = String(f); }
  getRepresentedFilename() { return this._representedFilename; }

  setTitle(title) {
    this._check();
    this._title = String(title);
    binding.set(this.id, 'title', this._title);
  }
  getTitle() { return this._destroyed ? this._title : this._state().title; }
  setIcon(icon) {
    this._check();
    const v = iconValue(icon);
    if (v !== undefined) binding.set(this.id, 'icon', v);
  }
  setBackgroundColor(color) {
    this._check();
    const c = parseColor(color);
    if (c === null) return;
    this._backgroundColor = c;
    binding.set(this.id, 'backgroundColor', c);
  }
  getBackgroundColor() { return formatColor(this._backgroundColor); }
  flashFrame(flag) { this._check(); binding.set(this.id, 'urgent', !!flag); }
  // Unity launcher API over D-Bus: per app, as docks show it on the app's icon.
  setProgressBar(progress) {
    this._check();
    this._progress = Number(progress);
    require('electron/main/app').app._setProgress(this._progress);
  }

  // ---- family ----
  setParentWindow(parent) {
    this._check();
    const p = parent instanceof BaseWindow && !parent.isDestroyed() && parent !== this ? parent : null;
    this._parent = p;
    binding.set(this.id, 'parent', p ? p.id : -1);
  }
  getParentWindow() { return this._parent && !this._parent.isDestroyed() ? this._parent : null; }
  getChildWindows() { return [...windows.values()].filter((w) => w._parent === this); }
  isModal() { return this._state().modal; }

  // ---- menu bar (no menus yet: the Menu issue) ----
  setMenu() {}
  removeMenu() {}
  setMenuBarVisibility(v) { this._menuBarVisible = !!v; }
  isMenuBarVisible() { return this._menuBarVisible; }
  setAutoHideMenuBar(f) { this._autoHideMenuBar = !!f; }
  isMenuBarAutoHide() { return this._autoHideMenuBar; }

  // ---- properties ----
  get title() { return this.getTitle(); }
  set title(v) { this.setTitle(v); }
  get resizable() { return this.isResizable(); }
  set resizable(v) { this.setResizable(v); }
  get movable() { return this.isMovable(); }
  set movable(v) { this.setMovable(v); }
  get minimizable() { return this.isMinimizable(); }
  set minimizable(v) { this.setMinimizable(v); }
  get maximizable() { return this.isMaximizable(); }
  set maximizable(v) { this.setMaximizable(v); }
  get closable() { return this.isClosable(); }
  set closable(v) { this.setClosable(v); }
  get focusable() { return this.isFocusable(); }
  set focusable(v) { this.setFocusable(v); }
  get fullScreen() { return this.isFullScreen(); }
  set fullScreen(v) { this.setFullScreen(v); }
  get fullScreenable() { return this.isFullScreenable(); }
  set fullScreenable(v) { this.setFullScreenable(v); }
  get kiosk() { return this.isKiosk(); }
  set kiosk(v) { this.setKiosk(v); }
  get autoHideMenuBar() { return this.isMenuBarAutoHide(); }
  set autoHideMenuBar(v) { this.setAutoHideMenuBar(v); }
  get menuBarVisible() { return this.isMenuBarVisible(); }
  set menuBarVisible(v) { this.setMenuBarVisibility(v); }
  get visibleOnAllWorkspaces() { return this.isVisibleOnAllWorkspaces(); }
  set visibleOnAllWorkspaces(v) { this.setVisibleOnAllWorkspaces(v); }
  get shadow() { return this.hasShadow(); }
  set shadow(v) { this.setHasShadow(v); }
  get documentEdited() { return this.isDocumentEdited(); }
  set documentEdited(v) { this.setDocumentEdited(v); }
}

binding.setEmitter((id, name, ...args) => {
  const w = windows.get(id);
  if (w !== undefined) w._onNative(name, args);
});

module.exports = { BaseWindow };
