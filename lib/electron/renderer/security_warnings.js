// security_warnings.js — Electron's "Electron Security Warning (...)"
// console messages, logged once a page has loaded while the app runs
// unpackaged (here: under an executable named cathode), unless
// ELECTRON_DISABLE_SECURITY_WARNINGS is set (ELECTRON_ENABLE_SECURITY_WARNINGS
// forces them). Texts are Electron's, so tooling that filters them works.
// Loaded by electron/renderer/init in the preload's world.
'use strict';

const moreInformation = `\nFor more information and help, consult
https://electronjs.org/docs/tutorial/security.\nThis warning will not show up
once the app is packaged.`;

function warn(title, text) {
  console.warn(`%cElectron Security Warning (${title})`, 'font-weight: bold;', text);
}

function shouldLog() {
  if (prefs.securityWarnings === true) return true;
  if (prefs.securityWarnings === false) return false;
  if (globalThis.ELECTRON_ENABLE_SECURITY_WARNINGS) return true;
  if (globalThis.ELECTRON_DISABLE_SECURITY_WARNINGS) return false;
  return typeof prefs.execPath === 'string' && prefs.execPath.endsWith('/cathode');
}

function isRemote() {
  return /^(http|ftp)s?/i.test(location.protocol) && location.hostname !== 'localhost';
}

function check() {
  if (prefs.nodeIntegration && isRemote()) {
    warn('Node.js Integration with Remote Content', `This renderer process has Node.js integration enabled
    and attempted to load remote content from '${location}'. This
    exposes users of this app to severe security risks.\n${moreInformation}`);
  }
  if (prefs.webSecurity === false) {
    warn('Disabled webSecurity', `This renderer process has "webSecurity" disabled. This
  exposes users of this app to severe security risks.\n${moreInformation}`);
  }
  const insecure = (performance.getEntriesByType ? performance.getEntriesByType('resource') : [])
    .map(({ name }) => name || '')
    .filter((name) => /^(http|ftp):/i.test(name) && new URL(name).hostname !== 'localhost')
    .map((name) => `- ${name}`)
    .join('\n');
  if (insecure.length > 0) {
    warn('Insecure Resources', `This renderer process loads resources using insecure
  protocols. This exposes users of this app to unnecessary security risks.
  Consider loading the following resources over HTTPS or FTPS. \n${insecure}
  \n${moreInformation}`);
  }
  if (prefs.allowRunningInsecureContent) {
    warn('allowRunningInsecureContent', `This renderer process has "allowRunningInsecureContent"
  enabled. This exposes users of this app to severe security risks.\n
  ${moreInformation}`);
  }
  if (prefs.experimentalFeatures) {
    warn('experimentalFeatures', `This renderer process has "experimentalFeatures" enabled.
  This exposes users of this app to some security risk. If you do not need
  this feature, you should disable it.\n${moreInformation}`);
  }
  if (typeof prefs.enableBlinkFeatures === 'string' && prefs.enableBlinkFeatures.length > 0) {
    warn('enableBlinkFeatures', `This renderer process has additional "enableBlinkFeatures"
  enabled. This exposes users of this app to some security risk. If you do not
  need this feature, you should disable it.\n${moreInformation}`);
  }
  // eval allowed in the page's own world means no CSP, or one with 'unsafe-eval'
  if (binding.mainWorldEvalAllowed(pageId)) {
    warn('Insecure Content-Security-Policy', `This renderer process has either no Content Security
    Policy set or a policy with "unsafe-eval" enabled. This exposes users of
    this app to unnecessary security risks.\n${moreInformation}`);
  }
  if (document.querySelectorAll('[allowpopups]').length > 0) {
    warn('allowpopups', `A <webview> has "allowpopups" set to true. This exposes
    users of this app to some security risk, since popups are just
    BrowserWindows. If you do not need this feature, you should disable it.\n
    ${moreInformation}`);
  }
  if (prefs.enableRemoteModule && isRemote()) {
    warn('enableRemoteModule', `This renderer process has "enableRemoteModule" enabled
    and attempted to load remote content from '${location}'. This
    exposes users of this app to unnecessary security risks.\n${moreInformation}`);
  }
}

function securityWarnings() {
  if (!shouldLog()) return;
  globalThis.addEventListener('load', () => {
    try { check(); } catch { /* a page that tore down its own globals */ }
  }, { once: true });
}

module.exports = { securityWarnings };
