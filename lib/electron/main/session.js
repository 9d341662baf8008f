// session.js — session: the partitions pages live in. Each Session is one
// WebKit context with its own website data (src/main/session.c): the
// default session and 'persist:' partitions on disk under userData, any
// other partition in memory, fromPath a directory of the app's choosing.
// Pages join one through webPreferences.partition / webPreferences.session;
// webContents.session is theirs. Permission requests and checks go to the
// session's handlers (Electron grants what no handler refuses).
//
// What this file does not have yet (cookies, protocol, webRequest,
// downloads, proxies, preloads) is listed in docs/compatibility.md.
'use strict';

const EventEmitter = require('events');
const path = require('path');

const binding = internalBinding('session');

const byPartition = new Map(); // partition key → Session
let defaultSession = null;

function appPaths() { return require('electron/main/app'); }

// The key session.c knows a partition by: '' for the default session,
// 'persist:name' / 'name' as given, 'path:/abs' for fromPath.
class Session extends EventEmitter {
  // storagePath: what getStoragePath() answers (null: in memory); WebKit
  // keeps its data in dataDir and its cache in cacheDir
  constructor(key, storagePath, dataDir, cacheDir) {
    super();
    this._key = key;
    this._storagePath = storagePath;
    this._userAgent = null;
    this._permissionRequestHandler = null;
    this._permissionCheckHandler = null;
    binding.declare(key, dataDir, cacheDir);
    byPartition.set(key, this);
  }

  get webRequest() {
    if (this._webRequest === undefined) {
      const { WebRequest } = require('electron/main/web_request');
      this._webRequest = new WebRequest();
    }
    return this._webRequest;
  }

  isPersistent() { return this._storagePath !== null; }
  getStoragePath() { return this._storagePath; }
  get storagePath() { return this._storagePath; }

  // the user agent of the pages created in this session from now on
  setUserAgent(userAgent, acceptLanguages) {
    void acceptLanguages;
    if (typeof userAgent !== 'string') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + userAgent);
    }
    this._userAgent = userAgent;
  }
  getUserAgent() {
    if (this._userAgent !== null) return this._userAgent;
    return require('electron/main/app').app.userAgentFallback || binding.defaultUserAgent();
  }

  setPermissionRequestHandler(handler) {
    if (handler !== null && typeof handler !== 'function') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + handler);
    }
    this._permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    if (handler !== null && typeof handler !== 'function') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + handler);
    }
    this._permissionCheckHandler = handler;
  }

  _clear(what) {
    return new Promise((resolve, reject) => {
      binding.clear(this._key, what, (err) => (err === null ? resolve() : reject(new Error(err))));
    });
  }
  clearStorageData(options) { void options; return this._clear('storage'); }
  clearCache() { return this._clear('cache'); }

  // A page asked (session.c holds the request until answered).
  _onPermissionRequest(wc, id, permission, url, media) {
    let answered = false;
    const callback = (granted) => {
      if (answered) return;
      answered = true;
      binding.answerPermission(id, granted === true);
    };
    const details = { requestingUrl: url, isMainFrame: true };
    if (permission === 'media') details.mediaTypes = media ? media.split(',') : [];
    if (this._permissionRequestHandler === null) {
      callback(true);
      return;
    }
    try {
      this._permissionRequestHandler(wc, permission, callback, details);
    } catch (e) {
      callback(false);
      throw e;
    }
  }

  // A page checked (navigator.permissions.query): true/false from the
  // handler, undefined when there is none (WebKit answers).
  _onPermissionCheck(wc, permission, origin, mediaType) {
    if (this._permissionCheckHandler === null) return undefined;
    const details = { requestingUrl: wc.getURL(), isMainFrame: true };
    if (mediaType) { details.mediaType = mediaType; details.securityOrigin = origin; }
    return this._permissionCheckHandler(wc, permission, origin, details) === true;
  }
}

function persistentDirs(dir) {
  const { app } = appPaths();
  const cacheRoot = app._systemPaths().cache || app.getPath('temp');
  const rel = path.relative(app.getPath('userData'), dir) || 'Default';
  return [path.join(dir, 'WebKit'), path.join(cacheRoot, app.getName(), rel, 'WebKit')];
}

function fromPartition(partition = '', options = {}) {
  if (typeof partition !== 'string') {
    throw new TypeError('Error processing argument at index 0, conversion failure from ' + partition);
  }
  void options;
  if (partition === '') return getDefaultSession();
  const existing = byPartition.get(partition);
  if (existing) return existing;
  if (partition.startsWith('persist:')) {
    const { app } = appPaths();
    const dir = path.join(app.getPath('userData'), 'Partitions', encodeURIComponent(partition.slice(8)));
    const [data, cache] = persistentDirs(dir);
    return new Session(partition, dir, data, cache);
  }
  return new Session(partition, null, null, null);
}

function fromPath(p, options = {}) {
  void options;
  if (typeof p !== 'string' || p === '') throw new Error('An empty path was specified');
  if (!path.isAbsolute(p)) throw new Error('An absolute path was not provided');
  const key = 'path:' + path.resolve(p);
  const existing = byPartition.get(key);
  if (existing) return existing;
  const [data, cache] = persistentDirs(path.resolve(p));
  return new Session(key, path.resolve(p), data, cache);
}

function getDefaultSession() {
  if (defaultSession === null) {
    const { app } = appPaths();
    if (!app.isReady()) throw new Error('session module can only be used when app is ready');
    const dir = app.getPath('sessionData');
    const cache = path.join(app._systemPaths().cache || app.getPath('temp'), app.getName(), 'WebKit');
    defaultSession = new Session('', dir, path.join(dir, 'WebKit'), cache);
  }
  return defaultSession;
}

// The session of a page's webPreferences: session, then partition.
function sessionOf(prefs) {
  if (prefs && prefs.session instanceof Session) return prefs.session;
  if (prefs && typeof prefs.partition === 'string') return fromPartition(prefs.partition);
  return getDefaultSession();
}

const session = {
  fromPartition,
  fromPath,
  get defaultSession() { return getDefaultSession(); },
};

module.exports = { Session, session, sessionOf };
