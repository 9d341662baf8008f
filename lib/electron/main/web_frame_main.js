// web_frame_main.js — webFrameMain and WebFrameMain: the main process's
// handle to a page's frame. Main process. cathode drives main frames only
// (sub-frames get no preload or IPC yet), so each webContents has one
// WebFrameMain, its mainFrame, whose routingId is 1; it reads the page's
// url, origin, process and visibility live from its webContents.
'use strict';

class WebFrameMain {
  constructor(wc) {
    this._wc = wc;
    this._ipc = undefined;
  }

  get url() { return this._wc.isDestroyed() ? '' : this._wc.getURL(); }
  get origin() {
    try {
      const u = new URL(this.url);
      return u.protocol === 'file:' ? 'file://' : u.origin; // Chromium's origin of a file
    } catch {
      return 'null';
    }
  }
  get name() { return ''; }
  get top() { return this; }
  get parent() { return null; }
  get frames() { return []; }
  get framesInSubtree() { return [this]; }
  get routingId() { return 1; }
  get frameTreeNodeId() { return this._wc.id; }
  get processId() { return this._wc.isDestroyed() ? -1 : this._wc.getOSProcessId(); }
  get osProcessId() { return this.processId; }
  get detached() { return this._wc.isDestroyed(); }
  get visibilityState() {
    const win = this._wc.isDestroyed() ? null : require('electron/main/browser_window').BrowserWindow.fromWebContents(this._wc);
    return win && win.isVisible() && !win.isMinimized() ? 'visible' : 'hidden';
  }

  get ipc() {
    if (this._ipc === undefined) this._ipc = new (require('electron/main/ipc_main').IpcMain)();
    return this._ipc;
  }

  isDestroyed() { return this._wc.isDestroyed(); }
  executeJavaScript(code, userGesture) { return this._wc.executeJavaScript(code, userGesture); }
  reload() {
    if (this._wc.isDestroyed()) return false;
    this._wc.reload();
    return true;
  }
  send(channel, ...args) {
    if (typeof channel !== 'string') throw new Error('Missing required channel argument');
    this._wc.send(channel, ...args);
  }
  postMessage(channel, message, transfer) { this._wc.postMessage(channel, message, transfer); }
}

const frames = new WeakMap(); // webContents → its main frame

function mainFrameOf(wc) {
  let f = frames.get(wc);
  if (f === undefined) {
    f = new WebFrameMain(wc);
    frames.set(wc, f);
  }
  return f;
}

const webFrameMain = {
  fromId(processId, routingId) {
    if (routingId !== 1) return undefined;
    const { webContents } = require('electron/main/web_contents');
    const wc = webContents.getAllWebContents().find((w) => w.getOSProcessId() === processId);
    return wc === undefined ? undefined : mainFrameOf(wc);
  },
  fromFrameToken(processId, frameToken) {
    const f = webFrameMain.fromId(processId, 1);
    return f !== undefined && frameToken === `${f._wc.id}-main` ? f : null;
  },
};

module.exports = { WebFrameMain, webFrameMain, mainFrameOf };
