// app.js — Electron's `app`: the lifecycle (ready, quit sequence,
// window-all-closed), names and paths, locale, the single-instance lock and
// app.commandLine. The native half is src/main/app.c (the GLib loop, platform
// directories, the lock's socket).
'use strict';

const EventEmitter = require('events');
const path = require('path');
const { makeEvent, emitPreventable } = require('electron/main/event');

const binding = internalBinding('app');

// ---- app.commandLine: Chromium-style switches ----
class CommandLine {
  constructor(argv) {
    this._switches = new Map();
    this._args = [];
    for (const a of argv) {
      if (typeof a !== 'string' || !a.startsWith('--') || a === '--') continue;
      const eq = a.indexOf('=');
      if (eq < 0) this._switches.set(a.slice(2).toLowerCase(), '');
      else this._switches.set(a.slice(2, eq).toLowerCase(), a.slice(eq + 1));
    }
  }
  appendSwitch(name, value) {
    if (typeof name !== 'string') throw new TypeError('Error processing argument at index 0, conversion failure from ' + name);
    this._switches.set(name.toLowerCase(), value === undefined ? '' : String(value));
  }
  appendArgument(value) {
    if (typeof value !== 'string') throw new TypeError('Error processing argument at index 0, conversion failure from ' + value);
    this._args.push(value);
  }
  hasSwitch(name) { return this._switches.has(String(name).toLowerCase()); }
  getSwitchValue(name) {
    const v = this._switches.get(String(name).toLowerCase());
    return v === undefined ? '' : v;
  }
  removeSwitch(name) { this._switches.delete(String(name).toLowerCase()); }
}

function localeFromEnv() {
  const env = process.env;
  let raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  raw = raw.split(':')[0].split('.')[0].split('@')[0];
  if (raw === '' || raw === 'C' || raw === 'POSIX') return 'en-US';
  return raw.replace('_', '-');
}

const PATH_NAMES = new Set(['home', 'appData', 'userData', 'sessionData', 'temp', 'exe', 'module',
  'desktop', 'documents', 'downloads', 'music', 'pictures', 'videos', 'logs', 'crashDumps', 'assets']);

class App extends EventEmitter {
  constructor() {
    super();
    this._ready = false;
    this._readyPromise = new Promise((resolve) => { this._resolveReady = resolve; });
    this._name = 'Electron';
    this._version = process.versions.electron;
    this._appPath = process.cwd();
    this._paths = new Map();
    this._system = null;
    this._quitting = false;
    this._exiting = false;
    this._singleInstance = false;
    this._pendingSecondInstances = [];
    this._desktopName = undefined;
    this.commandLine = new CommandLine([...process.execArgv, ...process.argv.slice(2)]);
    this.userAgentFallback = '';
    this.isPackaged = false;
    this.applicationMenu = null;
    this.badgeCount = 0;
    binding.setEmitter((id, name, ...args) => this._onNative(name, args));
  }

  // Called by init.js before the main script runs.
  _setAppInfo({ name, version, appPath, desktopName }) {
    if (typeof name === 'string' && name !== '') this._name = name;
    if (typeof version === 'string' && version !== '') this._version = version;
    if (typeof appPath === 'string') this._appPath = appPath;
    this._desktopName = desktopName;
  }

  // ---- lifecycle ----
  isReady() { return this._ready; }
  whenReady() { return this._readyPromise; }

  _emitReady() {
    if (this._ready) return;
    this._ready = true;
    // Chromium creates its profile directory at start-up: apps rely on it
    try { require('fs').mkdirSync(this.getPath('userData'), { recursive: true }); } catch { /* read-only home */ }
    this.emit('will-finish-launching');
    this.emit('ready', makeEvent(), {});
    this._resolveReady();
    const pending = this._pendingSecondInstances;
    this._pendingSecondInstances = [];
    for (const msg of pending) this._emitSecondInstance(msg);
  }

  quit() {
    if (this._exiting) return;
    const ev = emitPreventable(this, 'before-quit');
    if (ev.defaultPrevented) return;
    this._quitting = true;
    const { BaseWindow } = require('electron/main/base_window');
    const wins = BaseWindow.getAllWindows();
    if (wins.length === 0) {
      this._finishQuit();
      return;
    }
    for (const w of wins) {
      if (!this._quitting) break; // a window vetoed its close
      w.close();
    }
  }

  exit(exitCode = 0) {
    if (this._exiting) return;
    this._exiting = true;
    process.exitCode = typeof exitCode === 'number' ? exitCode : 0;
    binding.quitLoop();
  }

  relaunch(options = {}) {
    const execPath = typeof options.execPath === 'string' ? options.execPath : process.execPath;
    const args = Array.isArray(options.args) ? options.args.map(String) : process.argv.slice(1);
    binding.setRelaunch([execPath, ...args]);
  }

  focus() {
    const { BaseWindow } = require('electron/main/base_window');
    const w = BaseWindow.getFocusedWindow() ||
      BaseWindow.getAllWindows().find((x) => x.isVisible());
    if (w) w.focus();
  }

  hide() {}
  show() {}
  isHidden() { return false; }

  // A window closed: called by browser_window.js after its 'closed'.
  _onWindowClosed(remaining) {
    if (remaining > 0 || this._exiting) return;
    if (this._quitting) {
      this._finishQuit();
    } else if (this.listenerCount('window-all-closed') > 0) {
      this.emit('window-all-closed');
    } else {
      this.quit();
    }
  }

  // A close during the quit sequence was prevented: quitting stops.
  _onCloseCancelled() { this._quitting = false; }

  _finishQuit() {
    const ev = emitPreventable(this, 'will-quit');
    if (ev.defaultPrevented) {
      this._quitting = false;
      return;
    }
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    this.emit('quit', makeEvent(), code);
    this.exit(code);
  }

  // ---- names, versions, paths ----
  getName() { return this._name; }
  setName(name) { this._name = String(name); }
  get name() { return this._name; }
  set name(v) { this.setName(v); }
  getVersion() { return this._version; }
  getAppPath() { return this._appPath; }
  setDesktopName(name) { this._desktopName = String(name); }
  setAppUserModelId() {}
  _desktopFile() {
    const d = this._desktopName || `${this._name}.desktop`;
    return d.endsWith('.desktop') ? d : d + '.desktop';
  }
  _setProgress(progress) { binding.setLauncherProgress(`application://${this._desktopFile()}`, progress); }

  _systemPaths() {
    if (this._system === null) this._system = binding.systemPaths();
    return this._system;
  }

  getPath(name) {
    if (this._paths.has(name)) return this._paths.get(name);
    const sys = this._systemPaths();
    switch (name) {
      // the executable the user runs (cathode execs cathode-main for an
      // app; Electron's 'exe' is what process.execPath names)
      case 'exe': case 'module': return process.execPath;
      case 'home': case 'appData': case 'temp': case 'desktop': case 'documents':
      case 'downloads': case 'music': case 'pictures': case 'videos':
        if (typeof sys[name] === 'string') return sys[name];
        break;
      case 'assets': return path.dirname(process.execPath);
      case 'userData': return path.join(this.getPath('appData'), this._name);
      case 'sessionData': return this.getPath('userData');
      case 'logs': return path.join(this.getPath('userData'), 'logs');
      case 'crashDumps': return path.join(this.getPath('userData'), 'Crashpad');
      default: break;
    }
    throw new Error(`Failed to get '${name}' path`);
  }

  setPath(name, p) {
    if (typeof p !== 'string' || !path.isAbsolute(p)) {
      throw new Error(`Path must be absolute: ${p}`);
    }
    if (!PATH_NAMES.has(name)) throw new Error(`Failed to set path`);
    this._paths.set(name, path.normalize(p));
  }

  getLocale() { return localeFromEnv(); }
  getSystemLocale() { return localeFromEnv(); }
  getPreferredSystemLanguages() { return [localeFromEnv()]; }
  getLocaleCountryCode() {
    const parts = localeFromEnv().split('-');
    return parts.length > 1 ? parts[1].toUpperCase() : '';
  }

  // ---- single instance ----
  requestSingleInstanceLock(additionalData) {
    if (this._singleInstance) return true;
    const message = JSON.stringify({ argv: process.argv, cwd: process.cwd(),
      additionalData: additionalData === undefined ? null : additionalData });
    this._singleInstance = binding.requestSingleInstanceLock(this.getPath('userData'), message);
    return this._singleInstance;
  }
  hasSingleInstanceLock() { return this._singleInstance; }
  releaseSingleInstanceLock() {
    if (!this._singleInstance) return;
    this._singleInstance = false;
    binding.releaseSingleInstanceLock();
  }

  _emitSecondInstance(raw) {
    let msg;
    try { msg = JSON.parse(raw); } catch { return; }
    if (msg === null || typeof msg !== 'object' || !Array.isArray(msg.argv)) return;
    this.emit('second-instance', makeEvent(), msg.argv.map(String), String(msg.cwd ?? ''),
      msg.additionalData ?? null);
  }

  _onNative(name, args) {
    if (name === 'second-instance') {
      if (this._ready) this._emitSecondInstance(args[0]);
      else this._pendingSecondInstances.push(args[0]);
    }
  }

  // ---- cheap and honest answers for what Linux has no equivalent of ----
  setBadgeCount(count) { this.badgeCount = count | 0; return false; }
  getBadgeCount() { return this.badgeCount; }
  isUnityRunning() { return false; }
  setAsDefaultProtocolClient() { return false; }
  removeAsDefaultProtocolClient() { return false; }
  isDefaultProtocolClient() { return false; }
  disableHardwareAcceleration() {}
  disableDomainBlockingFor3DAPIs() {}
  enableSandbox() {}
  setAboutPanelOptions() {}
  showAboutPanel() {}
  isAccessibilitySupportEnabled() { return false; }
  setAccessibilitySupportEnabled() {}
  isEmojiPanelSupported() { return false; }
  getAppMetrics() { return []; }
  getGPUFeatureStatus() { return {}; }
  get runningUnderARM64Translation() { return false; }
}

const app = new App();

module.exports = { app, App };
