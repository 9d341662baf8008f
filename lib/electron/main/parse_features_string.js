// parse_features_string.js — the feature strings of window.open() and of
// <webview webpreferences>: "key=value" pairs separated by commas, keys and
// values trimmed, numbers for the numeric window options, yes/no/1/0/
// true/false (and a bare key) as booleans elsewhere. parseFeatures splits
// the result into the BrowserWindow options a page may set (presentational
// ones only: nothing naming files or URLs) and the few webPreferences it
// may set, as Electron's lib/browser/parse-features-string does; Electron's
// spec (parse-features-string-spec) runs against this file.
'use strict';

// window.open's top/left/innerWidth/innerHeight and BrowserWindow's numeric options
const numeric = new Set(['top', 'left', 'innerWidth', 'innerHeight',
  'x', 'y', 'width', 'height', 'minWidth', 'maxWidth', 'minHeight', 'maxHeight', 'opacity']);

function coerce(key, value) {
  if (numeric.has(key)) return parseInt(value, 10);
  if (value === undefined || value === 'true' || value === '1' || value === 'yes') return true;
  if (value === 'false' || value === '0' || value === 'no') return false;
  return value;
}

function parseCommaSeparatedKeyValue(source) {
  const out = {};
  for (const pair of String(source).split(',')) {
    const [key, value] = pair.split('=').map((s) => s.trim());
    if (key) out[key] = coerce(key, value);
  }
  return out;
}

function parseWebViewWebPreferences(preferences) {
  return parseCommaSeparatedKeyValue(preferences);
}

const pageWebPreferences = ['zoomFactor', 'nodeIntegration', 'javascript', 'contextIsolation', 'webviewTag'];

const pageWindowOptions = new Set([
  'top', 'left', 'innerWidth', 'innerHeight',
  'x', 'y', 'width', 'height', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight', 'opacity',
  'show', 'center', 'useContentSize', 'frame', 'transparent', 'hasShadow', 'movable', 'closable',
  'focusable', 'minimizable', 'maximizable', 'fullscreenable', 'alwaysOnTop', 'skipTaskbar', 'modal',
  'acceptFirstMouse', 'autoHideMenuBar', 'enableLargerThanScreen', 'paintWhenInitiallyHidden',
  'roundedCorners', 'thickFrame', 'disableAutoHideCursor', 'hiddenInMissionControl',
  'title', 'backgroundColor', 'tabbingIdentifier', 'titleBarStyle', 'vibrancy', 'visualEffectState',
  'backgroundMaterial',
]);

function parseFeatures(features) {
  const parsed = parseCommaSeparatedKeyValue(features);
  const webPreferences = {};
  for (const key of pageWebPreferences) {
    if (parsed[key] !== undefined) {
      webPreferences[key] = parsed[key];
      delete parsed[key];
    }
  }
  // a window opened by a page is always resizable (HTML's window.open)
  delete parsed.resizable;
  if (parsed.left !== undefined) parsed.x = parsed.left;
  if (parsed.top !== undefined) parsed.y = parsed.top;
  const options = {};
  for (const key of Object.keys(parsed)) {
    if (pageWindowOptions.has(key)) options[key] = parsed[key];
  }
  return { options, webPreferences };
}

module.exports = { parseCommaSeparatedKeyValue, parseWebViewWebPreferences, parseFeatures };
