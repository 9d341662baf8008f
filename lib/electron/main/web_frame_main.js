// web_frame_main.js — webFrameMain and WebFrameMain: the main process's
// handle to a page's frames. Main process. Each webContents has its main
// frame (routing id 1) and the sub-frames its web process reported: the
// extension numbers every iframe of the process and asks main for prefs at
// each of its loads, with its URL (routing id = that number + 1). IPC from
// a sub-frame (nodeIntegrationInSubFrames) arrives with its frame, and
// frame.send / event.reply go back to it.
//
// WebKit's web-extension API has no frame tree, so a sub-frame's parent is
// reported as the main frame, whatever its depth.
'use strict';

class WebFrameMain {
  constructor(wc, index) {
    this._wc = wc;
    this._index = index;       // 0: the main frame
    this._url = '';            // sub-frames: as of their last load
    this._gone = false;        // sub-frames: removed from the page
    this._ipc = undefined;
  }

  get _main() { return this._index === 0; }
  get url() {
    if (this._wc.isDestroyed() || this._gone) return '';
    return this._main ? this._wc.getURL() : this._url;
  }
  get origin() {
    try {
      const u = new URL(this.url);
      return u.protocol === 'file:' ? 'file://' : u.origin; // Chromium's origin of a file
    } catch {
      return 'null';
    }
  }
  get name() { return ''; }
  get top() { return mainFrameOf(this._wc); }
  get parent() { return this._main ? null : mainFrameOf(this._wc); }
  get frames() { return this._main ? liveSubFrames(this._wc) : []; }
  get framesInSubtree() { return this._main ? [this, ...liveSubFrames(this._wc)] : [this]; }
  get routingId() { return this._index + 1; }
  get frameTreeNodeId() { return this._main ? this._wc.id : this._wc.id * 4096 + this._index; }
  get processId() { return this._wc.isDestroyed() ? -1 : this._wc.getOSProcessId(); }
  get osProcessId() { return this.processId; }
  get detached() { return this.isDestroyed(); }
  get visibilityState() {
    const win = this._wc.isDestroyed() ? null : require('electron/main/browser_window').BrowserWindow.fromWebContents(this._wc);
    return win && win.isVisible() && !win.isMinimized() ? 'visible' : 'hidden';
  }

  get ipc() {
    if (this._ipc === undefined) this._ipc = new (require('electron/main/ipc_main').IpcMain)();
    return this._ipc;
  }

  isDestroyed() { return this._wc.isDestroyed() || this._gone; }

  executeJavaScript(code, userGesture) {
    if (this._main) return this._wc.executeJavaScript(code, userGesture);
    const p = this.isDestroyed() ? null :
      require('electron/main/ipc_main').executeInFrame(this._wc, this._index, String(code));
    return p || Promise.reject(new Error('Render frame was disposed before WebFrameMain could be accessed'));
  }

  reload() {
    if (this.isDestroyed()) return false;
    if (this._main) this._wc.reload();
    else this.executeJavaScript('location.reload()').catch(() => {});
    return true;
  }

  send(channel, ...args) {
    if (typeof channel !== 'string') throw new Error('Missing required channel argument');
    if (this.isDestroyed()) return;
    require('electron/main/ipc_main').sendToRenderer(this._wc, channel, args, this._index);
  }

  postMessage(channel, message, transfer) {
    if (!this._main) throw new Error('WebFrameMain.postMessage is supported on main frames only in cathode');
    this._wc.postMessage(channel, message, transfer);
  }
}

const mains = new WeakMap(); // webContents → its main frame
const subs = new WeakMap();  // webContents → Map(frame index → WebFrameMain)

function mainFrameOf(wc) {
  let f = mains.get(wc);
  if (f === undefined) {
    f = new WebFrameMain(wc, 0);
    mains.set(wc, f);
  }
  return f;
}

function liveSubFrames(wc) {
  const m = subs.get(wc);
  return m === undefined ? [] : [...m.values()];
}

// The frame of that index (0: main), made on first sight; a sub-frame's
// url is updated when given.
function frameOf(wc, index, url) {
  if (!Number.isInteger(index) || index <= 0) return mainFrameOf(wc);
  let m = subs.get(wc);
  if (m === undefined) subs.set(wc, m = new Map());
  let f = m.get(index);
  if (f === undefined) {
    f = new WebFrameMain(wc, index);
    m.set(index, f);
  }
  if (typeof url === 'string' && url !== '') f._url = url;
  return f;
}

// The web process reports a sub-frame gone (removed, or its page left).
function frameGone(wc, index) {
  const m = subs.get(wc);
  const f = m && m.get(index);
  if (f === undefined) return;
  f._gone = true;
  m.delete(index);
}

function allFrames() {
  const { webContents } = require('electron/main/web_contents');
  return webContents.getAllWebContents().flatMap((wc) => mainFrameOf(wc).framesInSubtree);
}

const webFrameMain = {
  fromId(processId, routingId) {
    return allFrames().find((f) => f.processId === processId && f.routingId === routingId);
  },
  fromFrameToken(processId, frameToken) {
    return allFrames().find((f) => f.processId === processId &&
      frameToken === `${f._wc.id}-${f._main ? 'main' : f._index}`) || null;
  },
};

module.exports = { WebFrameMain, webFrameMain, mainFrameOf, frameOf, frameGone };
