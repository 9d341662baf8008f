// browser_view.js — BrowserView, Electron's deprecated way to put a second
// page in a BrowserWindow: a wrapper over a WebContentsView that a
// BrowserWindow hosts (addBrowserView/setBrowserView), with setAutoResize
// following the window's size. Its page is destroyed with its host window.
'use strict';

const { WebContentsView } = require('electron/main/web_contents_view');

class BrowserView {
  constructor(options = {}) {
    const opts = options && typeof options === 'object' ? options : {};
    const webPreferences = { ...(opts.webPreferences || {}), type: 'browserView' };
    this._view = new WebContentsView({ webPreferences, webContents: opts.webContents });
    this._owner = null;
    this._autoResize = {};
    this._lastSize = null;
    this._onResize = () => this._resized();
    // the page's view leaves the window; the window stays its owner
    this._view._wc.once('destroyed', () => {
      if (this._owner && !this._owner.isDestroyed()) this._owner.contentView.removeChildView(this._view);
    });
  }

  get webContents() { return this._view.webContents; }
  get webContentsView() { return this._view; }
  get ownerWindow() { return this._owner; }

  _setOwner(win) {
    if (this._owner) this._owner.removeListener('resize', this._onResize);
    this._owner = win;
    const wc = this.webContents;
    if (wc) wc._browserViewOwner = win;
    if (win) {
      this._lastSize = win.getBounds();
      win.on('resize', this._onResize);
    }
  }

  _ownerClosed() {
    if (this._owner) this._owner.removeListener('resize', this._onResize);
    this._owner = null;
  }

  setBounds(bounds) { this._view.setBounds(bounds); this._proportions = null; }
  getBounds() { return this._view.getBounds(); }
  setBackgroundColor(color) { this._view.setBackgroundColor(color); }

  setAutoResize(options) {
    if (options === null || typeof options !== 'object') throw new Error('Invalid auto resize options');
    this._autoResize = {
      width: !!options.width, height: !!options.height,
      horizontal: !!options.horizontal, vertical: !!options.vertical,
    };
    this._proportions = null;
  }

  // width/height: grow and shrink with the window; horizontal/vertical:
  // keep the position and size as fractions of the window's
  _resized() {
    const win = this._owner;
    if (!win || win.isDestroyed()) return;
    const now = win.getBounds();
    const last = this._lastSize || now;
    const b = this._view.getBounds();
    const f = this._autoResize;
    if (this._proportions == null) {
      this._proportions = {
        x: b.x / last.width, width: b.width / last.width,
        y: b.y / last.height, height: b.height / last.height,
      };
    }
    const p = this._proportions;
    if (f.width) b.width += now.width - last.width;
    if (f.height) b.height += now.height - last.height;
    if (f.horizontal) { b.x = Math.round(p.x * now.width); b.width = Math.round(p.width * now.width); }
    if (f.vertical) { b.y = Math.round(p.y * now.height); b.height = Math.round(p.height * now.height); }
    if (f.width || f.height || f.horizontal || f.vertical) this._view.setBounds(b);
    this._lastSize = now;
  }
}

module.exports = { BrowserView };
