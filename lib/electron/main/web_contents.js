// web_contents.js — webContents: a page with a life of its own, shown by
// the WebContentsView that made it or adopted it (a BrowserWindow's is its
// content view's). Loading (promises that settle like Electron's),
// navigation, executeJavaScript, insertCSS, capturePage, zoom, user agent,
// devtools, window.open, keyboard input and the renderer process. Destroyed
// by destroy()/close(), its page's window.close(), or its BrowserWindow
// closing. The native half is src/main/web_contents.c, which reports
// WebKit's signals as (wcId, name, ...args) to onNative below.
'use strict';

const EventEmitter = require('events');
const path = require('path');
const { makeEvent, emitPreventable } = require('electron/main/event');

const binding = internalBinding('web_contents');

const all = new Map(); // id → WebContents, until 'destroyed'
let nextId = 1;

const kLevelNames = ['debug', 'info', 'warning', 'error'];

// paper sizes by name, in inches (printToPDF's pageSize)
const kPaperFormats = {
  letter: { width: 8.5, height: 11 }, legal: { width: 8.5, height: 14 },
  tabloid: { width: 11, height: 17 }, ledger: { width: 17, height: 11 },
  a0: { width: 33.1, height: 46.8 }, a1: { width: 23.4, height: 33.1 },
  a2: { width: 16.54, height: 23.4 }, a3: { width: 11.7, height: 16.54 },
  a4: { width: 8.27, height: 11.7 }, a5: { width: 5.83, height: 8.27 },
  a6: { width: 4.13, height: 5.83 },
};

function loadError(code, name, url) {
  const err = new Error(`${name} (${code}) loading '${url}'`);
  err.errno = code;
  err.code = name;
  err.url = url;
  return err;
}

// WebKit reports a page exception as "Name: message".
function scriptError(text) {
  const m = /^((?:[A-Z][A-Za-z]*)?Error): ([\s\S]*)$/.exec(text);
  const Ctor = m && typeof globalThis[m[1]] === 'function' ? globalThis[m[1]] : Error;
  const err = new Ctor(m ? m[2] : text);
  if (m && Ctor === Error && m[1] !== 'Error') err.name = m[1];
  return err;
}

// loadFile's path is relative to the app's root, as in Electron.
function fileURL(p) {
  const abs = path.resolve(require('electron/main/app').app.getAppPath(), p);
  return 'file://' + abs.split('/').map((s) => encodeURIComponent(s)).join('/');
}

class WebContents extends EventEmitter {
  // options: { webPreferences, related: the id of the opener whose web
  // process a window.open child shares }
  constructor(options = {}) {
    super();
    Object.defineProperty(this, 'id', { value: nextId++, enumerable: true });
    const prefs = { ...(options.webPreferences || {}) };
    // the session object itself is not a preference the page can read
    const ses = require('electron/main/session').sessionOf(prefs);
    delete prefs.session;
    Object.defineProperty(this, 'session', { value: ses, enumerable: true });
    this._webPreferences = prefs;
    this._owner = null;   // the BrowserWindow whose page this is
    this._view = null;    // the WebContentsView showing it
    this._browserViewOwner = null;
    this._announced = false;
    this._lastTitle = '';
    this._destroyed = false;
    this._pendingLoad = null; // settles the pending loadURL promise
    this._pendingLoadURL = '';
    this._windowOpenHandler = null;
    this._zoomFactor = 1;
    this._inserted = 0;
    const native = { ...prefs, _ctPartition: ses._key };
    if (native.userAgent === undefined && ses._userAgent !== null) native.userAgent = ses._userAgent;
    binding.create(this.id, native, Number.isInteger(options.related) ? options.related : -1);
    this._defineOwnProperties();
    all.set(this.id, this);
  }

  // app's 'web-contents-created', once its owner is known
  _announce() {
    if (this._announced) return;
    this._announced = true;
    require('electron/main/app').app.emit('web-contents-created', makeEvent(), this);
  }

  _setBackgroundColor(c) { if (!this._destroyed) binding.set(this.id, 'backgroundColor', c); }

  _checkAlive() {
    if (this._destroyed) throw new TypeError('Object has been destroyed');
  }

  isDestroyed() { return this._destroyed; }
  getType() { return this._webPreferences.type === 'browserView' || this._browserViewOwner ? 'browserView' : 'window'; }
  getLastWebPreferences() { return this._destroyed ? null : { ...this._webPreferences }; }
  getOwnerBrowserWindow() {
    const { BrowserWindow } = require('electron/main/browser_window');
    let w = this._owner || this._browserViewOwner;
    if (!w && this._view) w = this._view._ownerWindow();
    return w instanceof BrowserWindow && !w.isDestroyed() ? w : null;
  }

  // ---- ipc (lib/electron/main/ipc_main.js) ----
  send(channel, ...args) {
    if (typeof channel !== 'string') throw new TypeError('Missing required channel argument');
    this._checkAlive();
    require('electron/main/ipc_main').sendToRenderer(this, channel, args);
  }
  // frameId: a routing id (1 is the main frame) or [processId, routingId]
  sendToFrame(frameId, channel, ...args) {
    const id = Array.isArray(frameId) ? frameId[1] : frameId;
    if (Array.isArray(frameId) && frameId[0] !== this.getOSProcessId()) return;
    const frame = this.mainFrame.framesInSubtree.find((f) => f.routingId === id);
    if (frame !== undefined) frame.send(channel, ...args);
  }

  get mainFrame() { return require('electron/main/web_frame_main').mainFrameOf(this); }
  get focusedFrame() { return this.mainFrame; }

  postMessage(channel, message, transfer) {
    require('electron/main/message_port_main').postToRenderer(this, channel, message, transfer);
  }

  // ipc and navigationHistory are own, enumerable properties, as in Electron
  _defineOwnProperties() {
    // made on first use; ipc_main.js looks at _ipc to skip one never made
    Object.defineProperty(this, '_ipc', { value: undefined, writable: true });
    Object.defineProperty(this, 'ipc', {
      enumerable: true,
      get: () => {
        if (this._ipc === undefined) this._ipc = new (require('electron/main/ipc_main').IpcMain)();
        return this._ipc;
      },
    });
    let history;
    Object.defineProperty(this, 'navigationHistory', {
      enumerable: true,
      get: () => {
        if (history === undefined) history = this._makeNavigationHistory();
        return history;
      },
    });
  }

  // ---- loading ----
  loadURL(url, options) {
    if (typeof url !== 'string') {
      return Promise.reject(new TypeError('Error processing argument at index 0, conversion failure from ' + url));
    }
    if (this._destroyed) return Promise.reject(new TypeError('Object has been destroyed'));
    void options;
    // a new load supersedes the pending one, whose promise rejects with -3
    if (this._pendingLoad) this._pendingLoad(loadError(-3, 'ERR_ABORTED', this._pendingLoadURL));
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) {
      this.emit('did-fail-load', makeEvent(), -300, 'ERR_INVALID_URL', url, true, 0, 0);
      return Promise.reject(loadError(-300, 'ERR_INVALID_URL', url));
    }
    const p = new Promise((resolve, reject) => {
      const settle = (err) => {
        this.removeListener('did-finish-load', onFinish);
        this.removeListener('did-fail-load', onFail);
        if (this._pendingLoad === settle) this._pendingLoad = null;
        if (err) reject(err); else resolve();
      };
      const onFinish = () => settle(null);
      const onFail = (ev, code, desc, vurl, isMainFrame) => {
        if (isMainFrame) settle(loadError(code, desc, vurl));
      };
      this.on('did-finish-load', onFinish);
      this.on('did-fail-load', onFail);
      this._pendingLoad = settle;
      this._pendingLoadURL = url;
    });
    binding.loadURL(this.id, url);
    return p;
  }

  loadFile(filePath, options = {}) {
    if (typeof filePath !== 'string') {
      return Promise.reject(new TypeError('Must pass filePath as a string'));
    }
    let url = fileURL(filePath);
    const { query, search, hash } = options || {};
    if (typeof search === 'string' && search !== '') {
      url += search.startsWith('?') ? search : '?' + search;
    } else if (query && typeof query === 'object') {
      const q = Object.keys(query).map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k])}`);
      if (q.length) url += '?' + q.join('&');
    }
    if (typeof hash === 'string' && hash !== '') url += hash.startsWith('#') ? hash : '#' + hash;
    return this.loadURL(url, options);
  }

  _info() { this._checkAlive(); return binding.getInfo(this.id); }
  getURL() { return this._destroyed ? '' : (this._info().url || ''); }
  // WebKit tells its title late (the page's dom-ready already carried it)
  getTitle() {
    if (this._destroyed) return '';
    const i = this._info();
    return i.title || this._lastTitle || i.url || '';
  }
  isLoading() { return this._info().loading; }
  isLoadingMainFrame() { return this.isLoading(); }
  isWaitingForResponse() { return false; }
  isCrashed() { return this._info().crashed; }
  stop() { this._checkAlive(); binding.act(this.id, 'stop'); }
  reload() { this._checkAlive(); binding.act(this.id, 'reload'); }
  reloadIgnoringCache() { this._checkAlive(); binding.act(this.id, 'reloadIgnoringCache'); }
  canGoBack() { return this._info().canGoBack; }
  canGoForward() { return this._info().canGoForward; }
  goBack() { this._checkAlive(); binding.act(this.id, 'goBack'); }
  goForward() { this._checkAlive(); binding.act(this.id, 'goForward'); }
  canGoToOffset(offset) {
    const h = binding.history(this.id);
    const i = h.index + offset;
    return i >= 0 && i < h.entries.length;
  }
  goToOffset(offset) { this._checkAlive(); binding.goToOffset(this.id, offset | 0); }
  goToIndex(index) {
    const h = binding.history(this.id);
    binding.goToOffset(this.id, (index | 0) - h.index);
  }
  getActiveIndex() { return binding.history(this.id).index; }
  clearHistory() {}

  _makeNavigationHistory() {
    const wc = this;
    return {
      canGoBack: () => wc.canGoBack(),
      canGoForward: () => wc.canGoForward(),
      canGoToOffset: (o) => wc.canGoToOffset(o),
      goBack: () => wc.goBack(),
      goForward: () => wc.goForward(),
      goToIndex: (i) => wc.goToIndex(i),
      goToOffset: (o) => wc.goToOffset(o),
      getActiveIndex: () => wc.getActiveIndex(),
      length: () => binding.history(wc.id).entries.length,
      getEntryAtIndex: (i) => binding.history(wc.id).entries[i] ?? null,
      getAllEntries: () => binding.history(wc.id).entries,
      clear: () => {},
    };
  }

  // ---- scripts and styles ----
  _whenLoaded() {
    if (this.getURL() !== '' && !this.isLoading()) return Promise.resolve();
    return new Promise((resolve) => this.once('did-stop-loading', resolve));
  }

  executeJavaScript(code, userGesture) {
    if (this._destroyed) return Promise.reject(new TypeError('Object has been destroyed'));
    code = String(code);
    return this._whenLoaded().then(() => {
      this._checkAlive();
      // through cathode's socket (structured clone); WebKit's own evaluation
      // (JSON) for a page that has not connected, and for userGesture:
      // WebKit runs API scripts as user gestures (beforeunload prompts,
      // popups and fullscreen need one), the extension's cannot
      const p = userGesture === true ? null : require('electron/main/ipc_main').executeInFrame(this, 0, code);
      return p || this._executeInWebKit(code);
    });
  }

  _executeInWebKit(code) {
    return new Promise((resolve, reject) => {
      binding.executeJavaScript(this.id, code, (err, json) => {
        if (err !== null) {
          reject(scriptError(err));
          return;
        }
        if (json === undefined) {
          resolve(undefined);
          return;
        }
        try { resolve(JSON.parse(json)); } catch (e) { reject(e); }
      });
    });
  }

  // In the script world of that id (999: the preload's isolated world;
  // others are made on first use and shared with the renderer's webFrame);
  // the value of the last script.
  executeJavaScriptInIsolatedWorld(worldId, scripts, userGesture) {
    void userGesture;
    if (this._destroyed) return Promise.reject(new TypeError('Object has been destroyed'));
    if (!Number.isInteger(worldId)) {
      return Promise.reject(new TypeError('Error processing argument at index 0, conversion failure from ' + worldId));
    }
    const list = Array.isArray(scripts) ? scripts : [];
    return this._whenLoaded().then(async () => {
      const ipc = require('electron/main/ipc_main');
      let result;
      for (const s of list) {
        this._checkAlive();
        const code = String(s && s.code);
        const p = ipc.executeInFrame(this, 0, code, worldId);
        if (p === null) throw new Error('executeJavaScriptInIsolatedWorld: the page is not connected');
        result = await p;
      }
      return result;
    });
  }

  insertCSS(css, options = {}) {
    if (this._destroyed) return Promise.reject(new TypeError('Object has been destroyed'));
    return Promise.resolve(this._insertCSS(css, options));
  }

  // the key, at once (webFrame.insertCSS is synchronous)
  _insertCSS(css, options) {
    const origin = options && options.cssOrigin === 'user' ? 'user' : 'author';
    return binding.insertCSS(this.id, String(css), origin);
  }

  removeInsertedCSS(key) {
    if (this._destroyed) return Promise.reject(new TypeError('Object has been destroyed'));
    binding.removeInsertedCSS(this.id, String(key));
    return Promise.resolve();
  }

  capturePage(rect, opts) {
    void opts;
    if (this._destroyed) return Promise.reject(new TypeError('Object has been destroyed'));
    const r = rect && typeof rect === 'object' ? rect : {};
    return new Promise((resolve, reject) => {
      const shown = binding.capturePage(this.id, r.x | 0, r.y | 0, r.width | 0, r.height | 0, (err, image) => {
        if (err !== null) reject(new Error(err));
        else resolve(image);
      });
      // a page in no window draws nothing: an empty image, as Electron's
      if (!shown) resolve(require('electron/common/native_image').nativeImage.createEmpty());
    });
  }

  // ---- process ----
  getOSProcessId() { return this._info().pid; }
  getProcessId() { return this._info().pid; }
  forcefullyCrashRenderer() { this._checkAlive(); binding.act(this.id, 'forcefullyCrashRenderer'); }

  // ---- zoom, user agent, audio ----
  // Zoom modes, as Electron's: 'default' shares the zoom of an origin among
  // the pages of the session showing it; 'isolated' keeps it to this page
  // (across navigations); 'manual' records it and emits zoom-changed but
  // does not zoom; 'disabled' stays at 1.0.
  setZoomFactor(factor) {
    if (typeof factor !== 'number' || !(factor > 0)) throw new Error("'zoomFactor' must be a double greater than 0.0");
    this._setZoom(factor, Math.log(factor) / Math.log(1.2));
  }
  setZoomLevel(level) {
    if (typeof level !== 'number' || Number.isNaN(level)) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + level);
    }
    this._setZoom(Math.pow(1.2, level), level);
  }
  _setZoom(factor, level) {
    this._checkAlive();
    const mode = this._zoomMode || 'default';
    if (mode === 'disabled') return;
    const old = this._zoomFactor;
    this._zoomFactor = factor;
    this._zoomLevel = level;
    if (mode !== 'manual') {
      binding.set(this.id, 'zoomFactor', factor);
      if (mode === 'default') this._shareZoom(factor, level);
    }
    this.emit('zoom-changed', makeEvent(), factor > old ? 'in' : 'out');
  }
  _origin() {
    try { return new URL(this.getURL()).origin; } catch { return ''; }
  }
  // 'default' mode: the other pages of this session on this origin follow
  _shareZoom(factor, level) {
    const origin = this._origin();
    if (!origin || origin === 'null') return;
    if (!this.session._zoomByOrigin) this.session._zoomByOrigin = new Map();
    this.session._zoomByOrigin.set(origin, { factor, level });
    for (const wc of all.values()) {
      if (wc === this || wc._destroyed || wc.session !== this.session) continue;
      if ((wc._zoomMode || 'default') !== 'default' || wc._origin() !== origin) continue;
      wc._zoomFactor = factor;
      wc._zoomLevel = level;
      binding.set(wc.id, 'zoomFactor', factor);
    }
  }
  // a new document in 'default' mode takes its origin's zoom
  _applyOriginZoom() {
    if ((this._zoomMode || 'default') !== 'default' || !this.session._zoomByOrigin) return;
    const z = this.session._zoomByOrigin.get(this._origin());
    const factor = z ? z.factor : 1;
    if (factor === this._zoomFactor) return;
    this._zoomFactor = factor;
    this._zoomLevel = z ? z.level : 0;
    binding.set(this.id, 'zoomFactor', factor);
  }
  getZoomFactor() {
    if (this._zoomMode === 'manual' || this._zoomMode === 'disabled') return this._zoomMode === 'disabled' ? 1 : this._zoomFactor;
    return this._info().zoomFactor;
  }
  getZoomLevel() {
    const f = this.getZoomFactor();
    if (this._zoomLevel !== undefined && Math.abs(Math.pow(1.2, this._zoomLevel) - f) < 1e-9) return this._zoomLevel;
    return Math.log(f) / Math.log(1.2);
  }
  setZoomMode(mode) {
    if (!['default', 'isolated', 'manual', 'disabled'].includes(mode)) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + mode);
    }
    this._checkAlive();
    this._zoomMode = mode;
    if (mode === 'disabled') {
      this._zoomFactor = 1;
      this._zoomLevel = 0;
      binding.set(this.id, 'zoomFactor', 1);
    }
  }
  getZoomMode() { return this._zoomMode || 'default'; }
  get zoomMode() { return this.getZoomMode(); }
  set zoomMode(v) { this.setZoomMode(v); }
  get zoomFactor() { return this.getZoomFactor(); }
  set zoomFactor(v) { this.setZoomFactor(v); }
  get zoomLevel() { return this.getZoomLevel(); }
  set zoomLevel(v) { this.setZoomLevel(v); }
  setVisualZoomLevelLimits() { return Promise.resolve(); }
  setUserAgent(ua) { this._checkAlive(); binding.set(this.id, 'userAgent', String(ua)); }
  getUserAgent() { return this._info().userAgent; }
  get userAgent() { return this.getUserAgent(); }
  set userAgent(v) { this.setUserAgent(v); }
  setAudioMuted(m) { this._checkAlive(); binding.set(this.id, 'audioMuted', !!m); }
  isAudioMuted() { return this._info().audioMuted; }
  get audioMuted() { return this.isAudioMuted(); }
  set audioMuted(v) { this.setAudioMuted(v); }
  isCurrentlyAudible() { return this._info().playingAudio; }
  setBackgroundThrottling(allowed) { this._backgroundThrottling = !!allowed; }
  getBackgroundThrottling() { return this._backgroundThrottling !== false; }
  get backgroundThrottling() { return this.getBackgroundThrottling(); }
  set backgroundThrottling(v) { this.setBackgroundThrottling(v); }

  // ---- devtools (WebKit's inspector) ----
  openDevTools() { this._checkAlive(); binding.act(this.id, 'openDevTools'); }
  closeDevTools() { this._checkAlive(); binding.act(this.id, 'closeDevTools'); }
  isDevToolsOpened() { return !this._destroyed && this._info().devToolsOpened; }
  isDevToolsFocused() { return false; }
  toggleDevTools() { if (this.isDevToolsOpened()) this.closeDevTools(); else this.openDevTools(); }

  // ---- focus, editing, printing ----
  focus() { this._checkAlive(); binding.act(this.id, 'focus'); }
  isFocused() { return !this._destroyed && this._info().focused; }
  undo() { binding.editingCommand(this.id, 'Undo'); }
  redo() { binding.editingCommand(this.id, 'Redo'); }
  cut() { binding.editingCommand(this.id, 'Cut'); }
  copy() { binding.editingCommand(this.id, 'Copy'); }
  paste() { binding.editingCommand(this.id, 'Paste'); }
  pasteAndMatchStyle() { binding.editingCommand(this.id, 'PasteAsPlainText'); }
  delete() { binding.editingCommand(this.id, 'Delete'); }
  selectAll() { binding.editingCommand(this.id, 'SelectAll'); }
  unselect() { binding.editingCommand(this.id, 'Unselect'); }
  insertText(text) { binding.editingCommand(this.id, 'InsertText', String(text)); return Promise.resolve(); }
  replace(text) { binding.editingCommand(this.id, 'InsertText', String(text)); }

  print(options = {}, callback) {
    this._checkAlive();
    binding.print(this.id, !!(options && options.silent), (err) => {
      if (typeof callback === 'function') callback(err === null, err === null ? '' : err);
    });
  }

  // The page as a PDF (GTK's Print to File backend), with Electron's
  // option checks. Not supported: displayHeaderFooter's templates,
  // preferCSSPageSize, generateTaggedPDF, generateDocumentOutline (WebKit's
  // printing has no such controls; accepted and checked, without effect).
  async printToPDF(options = {}) {
    const check = (value, type, name) => {
      if (typeof value !== type) throw new TypeError(`${name} must be a ${type}`);
      return value;
    };
    const opts = options && typeof options === 'object' ? options : {};
    const margins = check(opts.margins ?? {}, 'object', 'margins');
    let paper = kPaperFormats.letter;
    const size = opts.pageSize ?? 'letter';
    if (typeof size === 'string') {
      paper = kPaperFormats[size.toLowerCase()];
      if (!paper) throw new Error(`Invalid pageSize ${size}`);
    } else if (size !== null && typeof size === 'object') {
      if (typeof size.width !== 'number' || typeof size.height !== 'number') {
        throw new TypeError('width and height properties are required for pageSize');
      }
      paper = { width: size.width, height: size.height };
    } else {
      throw new TypeError('pageSize must be a string or an object');
    }
    const inHeight = [margins.top, margins.bottom].every((m) => m === undefined || m <= paper.height);
    const inWidth = [margins.left, margins.right].every((m) => m === undefined || m <= paper.width);
    if (!inHeight || !inWidth) throw new Error('margins must be less than or equal to pageSize');
    const settings = {
      landscape: check(opts.landscape ?? false, 'boolean', 'landscape'),
      printBackground: check(opts.printBackground ?? false, 'boolean', 'printBackground'),
      scale: check(opts.scale ?? 1.0, 'number', 'scale'),
      marginTop: check(margins.top ?? 0.4, 'number', 'margins.top'),
      marginBottom: check(margins.bottom ?? 0.4, 'number', 'margins.bottom'),
      marginLeft: check(margins.left ?? 0.4, 'number', 'margins.left'),
      marginRight: check(margins.right ?? 0.4, 'number', 'margins.right'),
      pageRanges: check(opts.pageRanges ?? '', 'string', 'pageRanges'),
      paperWidth: paper.width,
      paperHeight: paper.height,
    };
    check(opts.displayHeaderFooter ?? false, 'boolean', 'displayHeaderFooter');
    check(opts.headerTemplate ?? '', 'string', 'headerTemplate');
    check(opts.footerTemplate ?? '', 'string', 'footerTemplate');
    check(opts.preferCSSPageSize ?? false, 'boolean', 'preferCSSPageSize');
    check(opts.generateTaggedPDF ?? false, 'boolean', 'generateTaggedPDF');
    check(opts.generateDocumentOutline ?? false, 'boolean', 'generateDocumentOutline');
    this._checkAlive();
    // one job at a time per page, as WebKit prints one operation at a time
    const run = async () => {
      const fs = require('fs');
      const os = require('os');
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cathode-pdf-'));
      const file = path.join(dir, 'page.pdf');
      try {
        await new Promise((resolve, reject) => {
          binding.printToPDF(this.id, settings, file, (err) => (err === null ? resolve() : reject(new Error(err))));
        });
        return await fs.promises.readFile(file);
      } finally {
        fs.promises.rm(dir, { recursive: true, force: true }).catch(() => {});
      }
    };
    const job = (this._pdfQueue || Promise.resolve()).catch(() => {}).then(run);
    this._pdfQueue = job;
    return job;
  }

  setWindowOpenHandler(handler) {
    if (handler !== null && typeof handler !== 'function') {
      throw new TypeError('handler must be a function');
    }
    this._windowOpenHandler = handler;
  }

  // As if the page called window.close(): a BrowserWindow's page closes its
  // window; any other is destroyed, after its beforeunload when asked.
  close(options) {
    if (this._destroyed) return;
    if (this._owner && !this._owner.isDestroyed()) {
      this._owner.close();
      return;
    }
    if (options && options.waitForBeforeUnload) {
      // the page's beforeunload decides; WebKit answers with 'ct-close'. A
      // page that has loaded nothing has no beforeunload to run.
      if (this._canRunBeforeUnload()) binding.act(this.id, 'tryClose');
      else setImmediate(() => this.destroy());
    } else {
      this.destroy();
    }
  }

  // As in Electron, the page goes on the next turn of the loop (the caller
  // may be inside one of its events): until then isDestroyed() is false
  // and the page can still be attached; then 'destroyed'.
  // A page that has loaded something, is alive and answers: it can run its
  // beforeunload (one that cannot would keep a close waiting forever).
  _canRunBeforeUnload() {
    try {
      const info = this._info();
      return info.url !== '' && !info.crashed && info.responsive;
    } catch {
      return false; // destroyed meanwhile
    }
  }

  destroy() {
    if (this._destroyed || this._destroyScheduled) return;
    this._destroyScheduled = true;
    setImmediate(() => binding.destroy(this.id));
  }

  _onDestroyed() {
    this._destroyed = true;
    all.delete(this.id);
    if (this._pendingLoad) this._pendingLoad(loadError(-3, 'ERR_ABORTED', this._pendingLoadURL));
    this.emit('destroyed');
    // a BrowserWindow does not outlive its page
    if (this._owner && !this._owner.isDestroyed()) this._owner.destroy();
  }

  // ---- native events ----
  // features: window.open's third argument ('' for a link), from the page
  _onWindowOpen(url, frameName, userGesture, features = '') {
    const popup = features.split(',').some((f) => !/^\s*(noopener|noreferrer)?\s*$/i.test(f));
    const details = {
      url,
      frameName,
      features,
      disposition: popup ? 'new-window' : 'foreground-tab',
      // Chromium sends no referrer from a non-HTTP(S) page (about:, data:, file:)
      referrer: { url: /^https?:/.test(this.getURL()) ? this.getURL() : '', policy: 'strict-origin-when-cross-origin' },
      postBody: undefined,
      userGesture,
    };
    let result = { action: 'allow' };
    if (this._windowOpenHandler) {
      result = this._windowOpenHandler(details);
      if (result === null || typeof result !== 'object' ||
          (result.action !== 'allow' && result.action !== 'deny')) {
        console.error("The window open handler response must be an object with an 'action' property of 'allow' or 'deny'.");
        return -1;
      }
    }
    if (result.action === 'deny') return -1;
    const { BrowserWindow } = require('electron/main/browser_window');
    // the features string's window options, under the handler's overrides
    const parsed = require('electron/main/parse_features_string').parseFeatures(features);
    const given = result.overrideBrowserWindowOptions || {};
    const overrides = { ...parsed.options, ...given };
    const prefs = { ...parsed.webPreferences, ...(given.webPreferences || {}) };
    if (Object.keys(prefs).length) overrides.webPreferences = prefs;
    if (typeof result.createWindow === 'function') {
      // the app makes the window; its page must be the one WebKit opens,
      // made here related to this one (window.opener, a shared process)
      const guest = new WebContents({ webPreferences: overrides.webPreferences || {}, related: this.id });
      const made = result.createWindow({ webContents: guest, show: true, width: 800, height: 600, ...overrides });
      if (made !== guest) {
        guest.destroy();
        throw new Error('Invalid webContents. Created window should be connected to webContents passed with options object.');
      }
      return guest.id;
    }
    const options = { ...overrides, show: false };
    Object.defineProperty(options, '_ctRelatedWebContents', { value: this.id });
    const win = new BrowserWindow(options);
    win._ctShowWhenOpened = overrides.show !== false;
    this.emit('did-create-window', win, { ...details, options: overrides });
    return win.webContents.id;
  }

  _onNative(name, args) {
    switch (name) {
      case 'did-fail-load': {
        const [code, desc, url] = args;
        this.emit('did-fail-load', makeEvent(), code, desc, url, true, this._pid(), 0);
        return undefined;
      }
      case 'did-navigate':
        this._lastTitle = ''; // a new document, with its own title
        this._applyOriginZoom();
        this.emit('did-navigate', makeEvent(), args[0], args[1], args[2]);
        return undefined;
      case 'did-navigate-in-page':
        this.emit('did-navigate-in-page', makeEvent(), args[0], true, this._pid(), 0);
        return undefined;
      case 'did-start-navigation':
      case 'did-redirect-navigation': {
        const url = args[0];
        this.emit(name, makeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null, initiator: undefined }),
          url, false, true, this._pid(), 0);
        return undefined;
      }
      case 'will-navigate': {
        const url = args[0];
        const fields = { url, isSameDocument: false, isMainFrame: true, frame: null, initiator: undefined };
        const ev = emitPreventable(this, 'will-navigate', fields, url, false, true, this._pid(), 0);
        if (!ev.defaultPrevented) {
          const ev2 = emitPreventable(this, 'will-frame-navigate', fields);
          return ev2.defaultPrevented;
        }
        return true;
      }
      case 'will-redirect': {
        const url = args[0];
        const fields = { url, isSameDocument: false, isMainFrame: true, frame: null, initiator: undefined };
        const ev = emitPreventable(this, 'will-redirect', fields, url, false, true, this._pid(), 0);
        return ev.defaultPrevented;
      }
      case 'did-finish-load': {
        // WebKit may tell the title after the load: the page's title is
        // known by the time its load settles, as in Electron
        const title = this._destroyed ? '' : this._info().title;
        if (title && title !== this._lastTitle) this._onNative('page-title-updated', [title]);
        if (this._destroyed) return undefined;
        this.emit('did-frame-finish-load', makeEvent(), true, this._pid(), 0);
        this.emit('did-finish-load', makeEvent());
        this._readyToShow();
        return undefined;
      }
      case 'did-stop-loading':
        this.emit('did-stop-loading', makeEvent());
        this._readyToShow();
        return undefined;
      case 'page-title-updated':
        if (args[0] === this._lastTitle) return undefined;
        this._lastTitle = args[0];
        this.emit('page-title-updated', makeEvent(), args[0], true);
        return undefined;
      case 'before-input-event':
        return emitPreventable(this, 'before-input-event', undefined, args[0]).defaultPrevented;
      case 'console-message': {
        const [wkLevel, message, line, sourceId] = args;
        // WebKit: 0 info, 1 log, 2 warning, 3 error, 4 debug → Electron 0..3
        const level = wkLevel === 4 ? 0 : wkLevel <= 1 ? 1 : wkLevel;
        this.emit('console-message',
          makeEvent({ message, level: kLevelNames[level], lineNumber: line, sourceId, frame: null }),
          level, message, line, sourceId);
        return undefined;
      }
      case 'render-process-gone': {
        const details = { reason: args[0], exitCode: args[1] };
        this.emit('render-process-gone', makeEvent(), details);
        require('electron/main/app').app.emit('render-process-gone', makeEvent(), this, details);
        return undefined;
      }
      case 'will-prevent-unload': {
        const ev = emitPreventable(this, 'will-prevent-unload');
        if (!ev.defaultPrevented && this._owner) this._owner._onCloseVetoed();
        // Electron's internal event: the page's beforeunload has answered
        this.emit('-before-unload-fired', makeEvent(), ev.defaultPrevented);
        return ev.defaultPrevented;
      }
      case 'ct-permission':
        this.session._onPermissionRequest(this, args[0], args[1], args[2], args[3]);
        return undefined;
      case 'ct-permission-check':
        return this.session._onPermissionCheck(this, args[0], args[1], args[2]);
      case 'ct-window-open':
        return this._onWindowOpen(args[0], args[1], args[2], typeof args[3] === 'string' ? args[3] : '');
      case 'ct-destroyed':
        this._onDestroyed();
        return undefined;
      case 'ct-close':
      case 'ct-opened-ready':
        if (name === 'ct-close') this.emit('-before-unload-fired', makeEvent(), true);
        if (this._owner) this._owner._onWebContentsNative(name);
        else if (name === 'ct-close') this.destroy();
        return undefined;
      default:
        this.emit(name, makeEvent());
        return undefined;
    }
  }

  // once, when the first page has loaded (its window may show it now)
  _readyToShow() {
    if (this._readyToShowSent || this._destroyed) return;
    this._readyToShowSent = true;
    this.emit('ready-to-show');
  }

  _pid() {
    try { return this._destroyed ? 0 : binding.getInfo(this.id).pid; } catch { return 0; }
  }

  static getAllWebContents() { return [...all.values()].filter((w) => !w._destroyed); }
  static fromId(id) {
    const w = all.get(id);
    return w && !w._destroyed ? w : undefined;
  }
  static getFocusedWebContents() {
    for (const wc of all.values()) {
      if (!wc._destroyed && wc._info().focused) return wc;
    }
    const { BrowserWindow } = require('electron/main/browser_window');
    const win = BrowserWindow.getFocusedWindow();
    return win ? win.webContents : null;
  }

  // webContents.create(webPreferences): a page with no view yet (Electron's
  // internal constructor, which its own spec uses)
  static create(webPreferences = {}) {
    const wc = new WebContents({ webPreferences });
    wc._announce();
    return wc;
  }
}

binding.setEmitter((id, name, ...args) => {
  const wc = all.get(id);
  return wc === undefined ? undefined : wc._onNative(name, args);
});
// ipcMain answers the renderers' socket (preloads need it even when the
// app never touches ipcMain)
require('electron/main/ipc_main');

const webContents = {
  getAllWebContents: WebContents.getAllWebContents,
  fromId: WebContents.fromId,
  getFocusedWebContents: WebContents.getFocusedWebContents,
  create: WebContents.create,
  fromFrame: (frame) => {
    const { WebFrameMain } = require('electron/main/web_frame_main');
    if (!(frame instanceof WebFrameMain)) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + frame);
    }
    return frame.isDestroyed() || frame._wc.isDestroyed() ? undefined : frame._wc;
  },
  fromDevToolsTargetId: () => undefined,
};

module.exports = { WebContents, webContents };
