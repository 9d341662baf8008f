// web_contents_view.js — WebContentsView: a View whose page is a
// webContents, made for it or adopted from options.webContents. The web
// contents' web view fills the view (src/main/view.c setWebContents). The
// view does not destroy its web contents: the app does (or its
// BrowserWindow, for the one it owns), as in Electron.
'use strict';

const { View } = require('electron/main/view');
const { WebContents } = require('electron/main/web_contents');
const { parseColor } = require('electron/common/color');

const binding = internalBinding('view');

class WebContentsView extends View {
  constructor(options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + options);
    }
    let wc = options.webContents;
    if (wc !== undefined) {
      if (!(wc instanceof WebContents)) {
        throw new TypeError('Error processing argument at index 0, conversion failure from ' + wc);
      }
      if (wc._view !== null) throw new Error('options.webContents is already attached to a window');
    } else {
      wc = new WebContents({ webPreferences: options.webPreferences || {}, related: options._ctRelated });
      if (!options._ctOwned) wc._announce();
    }
    this._wc = wc;
    wc._view = this;
    binding.setWebContents(this._viewId, wc.id);
    wc.once('destroyed', () => { if (wc._view === this) wc._view = null; });
  }

  // null once the page is destroyed, as Electron's
  get webContents() { return this._wc.isDestroyed() ? null : this._wc; }

  _isDestroyedView() { return this._wc.isDestroyed(); }

  setBackgroundColor(color) {
    super.setBackgroundColor(color);
    const c = parseColor(color);
    if (c !== null && !this._wc.isDestroyed()) this._wc._setBackgroundColor(c);
  }
}

module.exports = { WebContentsView };
