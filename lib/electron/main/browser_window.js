// browser_window.js — BrowserWindow: a BaseWindow whose content view is a
// WebContentsView, and so has a page (webContents) for its whole life. Adds
// the page's side of the close sequence ('close' → page beforeunload →
// destroy → 'closed' → webContents 'destroyed'), ready-to-show, the title
// following the page's, the BrowserViews it hosts and the webContents
// shortcuts. Registry lookups see only BrowserWindows.
'use strict';

const { makeEvent, emitPreventable } = require('electron/main/event');
const { BaseWindow } = require('electron/main/base_window');
const { WebContentsView } = require('electron/main/web_contents_view');
const { parseColor } = require('electron/common/color');

const wcBinding = internalBinding('web_contents');

class BrowserWindow extends BaseWindow {
  _initialContentView(options) {
    const webPreferences = { ...(options.webPreferences || {}) };
    // options.webContents: a page made beforehand (a window.open guest)
    const view = options.webContents !== undefined && options.webContents !== null
      ? new WebContentsView({ webContents: options.webContents })
      : new WebContentsView({ webPreferences, _ctOwned: true, _ctRelated: options._ctRelatedWebContents });
    const wc = view._wc;
    wc._owner = this;
    wc._ownerId = this.id;
    Object.defineProperty(this, 'webContents', { value: wc, enumerable: true });
    // the page paints the window's background until it draws its own
    const bg = parseColor(options.backgroundColor);
    if (bg !== null) wc._setBackgroundColor(bg);
    return view;
  }

  _init(options) {
    void options;
    const wc = this.webContents;
    this._browserViews = [];
    wc.on('page-title-updated', (ev, title, explicitSet) => {
      const e = emitPreventable(this, 'page-title-updated', undefined, title, explicitSet);
      if (!e.defaultPrevented && !this._destroyed) this.setTitle(title);
    });
    wc.once('ready-to-show', () => { if (!this._destroyed) this.emit('ready-to-show'); });
    wc.on('unresponsive', () => this.emit('unresponsive'));
    wc.on('responsive', () => this.emit('responsive'));
    wc.on('enter-html-full-screen', () => this.emit('enter-html-full-screen'));
    wc.on('leave-html-full-screen', () => this.emit('leave-html-full-screen'));
    wc._announce();
    require('electron/main/app').app.emit('browser-window-created', makeEvent(), this);
  }

  // ---- the registry: BrowserWindows only ----
  static getAllWindows() { return BaseWindow.getAllWindows().filter((w) => w instanceof BrowserWindow); }
  static fromId(id) {
    const w = BaseWindow.fromId(id);
    return w instanceof BrowserWindow ? w : null;
  }
  static getFocusedWindow() {
    const w = BaseWindow.getFocusedWindow();
    return w instanceof BrowserWindow ? w : null;
  }
  static fromWebContents(wc) {
    return wc && typeof wc.getOwnerBrowserWindow === 'function' ? wc.getOwnerBrowserWindow() : null;
  }
  static fromBrowserView(view) {
    return view && view.webContents ? BrowserWindow.fromWebContents(view.webContents) : null;
  }

  _onNative(name, args) {
    super._onNative(name, args);
    if (name === 'focus' || name === 'blur') {
      require('electron/main/app').app.emit(`browser-window-${name}`, makeEvent(), this);
    }
  }

  // From the page: WebKit's answer to tryClose (beforeunload allowed it), a
  // window.open child ready to show, or the page's own window.close().
  _onWebContentsNative(name) {
    if (this._destroyed) return;
    if (name === 'ct-opened-ready') {
      if (this._ctShowWhenOpened) this.show();
    } else if (name === 'ct-close') {
      if (this._closing) this.destroy();
      else this.close();
    }
  }

  _closeAllowed() {
    const wc = this.webContents;
    // beforeunload runs in the page; WebKit answers with the view's close.
    // A renderer that never answers (busy in a loop) does not keep the
    // window: like Chromium's unload timeout, the close goes on after 3 s.
    if (wc._canRunBeforeUnload()) {
      wcBinding.act(wc.id, 'tryClose');
      if (!this._destroyed && this._closing) {
        const t = setTimeout(() => { if (this._closing) this.destroy(); }, 3000);
        if (typeof t.unref === 'function') t.unref();
      }
    } else {
      // the window goes on the next turn, as Electron's native close does
      setImmediate(() => this.destroy());
    }
  }

  // after 'closed': the page goes with its window, and the pages of the
  // BrowserViews it hosts close (after their beforeunload), as in Electron
  _afterClosed() {
    for (const bv of this._browserViews) {
      bv._ownerClosed();
      if (bv.webContents) bv.webContents.close({ waitForBeforeUnload: true });
    }
    this._browserViews = [];
    this.webContents.destroy();
  }

  setBackgroundColor(color) {
    super.setBackgroundColor(color);
    const c = parseColor(color);
    if (c !== null && !this.webContents.isDestroyed()) this.webContents._setBackgroundColor(c);
  }

  // ---- BrowserViews (Electron's deprecated wrapper over WebContentsView) ----
  addBrowserView(view) {
    this._check();
    if (this._browserViews.includes(view)) return;
    const owner = view.ownerWindow;
    if (owner && owner !== this) owner.removeBrowserView(view);
    this.contentView.addChildView(view.webContentsView);
    view._setOwner(this);
    this._browserViews.push(view);
  }
  setBrowserView(view) {
    for (const bv of [...this._browserViews]) this.removeBrowserView(bv);
    if (view) this.addBrowserView(view);
  }
  removeBrowserView(view) {
    const i = this._browserViews.indexOf(view);
    if (i < 0) return;
    this.contentView.removeChildView(view.webContentsView);
    view._setOwner(null);
    this._browserViews.splice(i, 1);
  }
  getBrowserView() {
    if (this._browserViews.length > 1) {
      throw new Error('This BrowserWindow has multiple BrowserViews - use getBrowserViews() instead');
    }
    return this._browserViews[0] ?? null;
  }
  getBrowserViews() { return [...this._browserViews]; }
  setTopBrowserView(view) {
    if (!this._browserViews.includes(view)) {
      throw new Error('Given BrowserView is not attached to the window');
    }
    this.contentView.addChildView(view.webContentsView);
    this._browserViews.splice(this._browserViews.indexOf(view), 1);
    this._browserViews.push(view);
  }

  // ---- webContents shortcuts ----
  loadURL(url, options) { return this.webContents.loadURL(url, options); }
  loadFile(filePath, options) { return this.webContents.loadFile(filePath, options); }
  getURL() { return this.webContents.getURL(); }
  reload() { this.webContents.reload(); }
  send(channel, ...args) { this.webContents.send(channel, ...args); }
  openDevTools(options) { this.webContents.openDevTools(options); }
  closeDevTools() { this.webContents.closeDevTools(); }
  isDevToolsOpened() { return this.webContents.isDevToolsOpened(); }
  isDevToolsFocused() { return this.webContents.isDevToolsFocused(); }
  toggleDevTools() { this.webContents.toggleDevTools(); }
  capturePage(rect, opts) { return this.webContents.capturePage(rect, opts); }
  getBackgroundThrottling() { return this.webContents.getBackgroundThrottling(); }
  setBackgroundThrottling(allowed) { this.webContents.setBackgroundThrottling(allowed); }
  focusOnWebView() { this.webContents.focus(); }
  blurWebView() {}
}

module.exports = { BrowserWindow };
