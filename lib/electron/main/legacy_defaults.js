// legacy_defaults.js — the webPreferences defaults of the Electron release an
// app was written for. An app whose package.json names an older electron
// (devDependencies or dependencies) gets that major's defaults for the
// preferences whose default has since been tightened (nodeIntegration,
// enableRemoteModule, contextIsolation, sandbox); whatever the app sets
// itself wins. `--no-legacy-defaults` (argv or app.commandLine) or
// CATHODE_LEGACY_DEFAULTS=0 turns it off. Every reader of those preferences
// (the renderer's prefs reply, remote) goes through effective() here.
// Pure JS at the top level: tests/js loads this file directly.
'use strict';

// major -> the defaults that changed there: before `since`, `old` applied.
const CHANGES = [
  { name: 'nodeIntegration', since: 5, old: true },
  { name: 'enableRemoteModule', since: 10, old: true },
  { name: 'contextIsolation', since: 12, old: false },
  { name: 'sandbox', since: 20, old: false },
];

const XR = '(x|X|\\*|0|[1-9]\\d*)';
const PARTIAL = new RegExp(`^v?${XR}(?:\\.${XR}(?:\\.${XR}(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)?)?$`);

// '7.1' -> [7, 1, null]; x, X and * are null; undefined if not a version
function partial(text) {
  const m = PARTIAL.exec(text);
  if (m === null) return undefined;
  const n = (s) => (s === undefined || s === 'x' || s === 'X' || s === '*' ? null : Number(s));
  const parts = [n(m[1]), n(m[2]), n(m[3])];
  // a wildcard makes every later part one too (7.x.3 is 7.x)
  for (let i = 1; i < 3; i++) if (parts[i - 1] === null) parts[i] = null;
  return parts;
}

// One comparator set (space-separated comparators, or a hyphen range):
// [lowest major it admits, highest major it admits], or undefined when a
// comparator is not semver.
function setBounds(text) {
  let lo = 0;
  let hi = Infinity;
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  const comparators = hyphen !== null ? ['>=' + hyphen[1], '<=' + hyphen[2]] :
    text.replace(/(>=|<=|~>|>|<|=|~|\^)\s+/g, '$1').split(/\s+/);
  for (const c of comparators) {
    const m = /^(>=|<=|~>|>|<|=|~|\^)?(.*)$/.exec(c);
    const op = m[1] || '';
    const p = partial(m[2]);
    if (p === undefined) return undefined;
    const [maj, min, pat] = p;
    if (op === '<' || op === '<=') {
      if (maj === null) return [Infinity, -Infinity]; // <* admits nothing
      // <8 and <8.0.0 stop below 8; <8.1 and <=8 still admit some 8.x
      const below = op === '<' && (min === null || min === 0) && (pat === null || pat === 0);
      hi = Math.min(hi, below ? maj - 1 : maj);
    } else if (op === '>') {
      if (maj === null) return [Infinity, -Infinity];
      lo = Math.max(lo, min === null ? maj + 1 : maj);
    } else if (maj !== null) {
      lo = Math.max(lo, maj);
      // ^7, 7.x, ~7.1 and =7 stay within 7 (^0.37 within 0)
      if (op !== '>=') hi = Math.min(hi, maj);
    }
  }
  return [lo, hi];
}

// The lowest Electron major a semver range admits: { major }, { any: true }
// for ranges that name no version (*, latest), or { error } with the reason.
function lowestMajor(range) {
  if (typeof range !== 'string') return { error: 'it is not a string' };
  const text = range.trim();
  if (text === '' || text === '*' || text === 'x' || text === 'X' || text === 'latest') return { any: true };
  let best = Infinity;
  for (const alt of text.split('||')) {
    const bounds = setBounds(alt.trim());
    if (bounds === undefined) return { error: 'it is not a semver range' };
    if (bounds[0] <= bounds[1]) best = Math.min(best, bounds[0]);
  }
  if (best === Infinity) return { error: 'it admits no version' };
  return { major: best };
}

// The defaults Electron `major` had that differ from today's, in CHANGES'
// order: [[name, value], ...] (empty from 20 on).
function loosenedIn(major) {
  return CHANGES.filter((c) => major < c.since).map((c) => [c.name, c.old]);
}

// The declared range in a parsed package.json, or undefined.
function declaredRange(pj) {
  if (pj === null || typeof pj !== 'object') return undefined;
  for (const field of ['devDependencies', 'dependencies']) {
    const deps = pj[field];
    if (deps !== null && typeof deps === 'object' && Object.prototype.hasOwnProperty.call(deps, 'electron')) {
      return deps.electron;
    }
  }
  return undefined;
}

// What start-up learnt (setPackage) and, once settled, what applies.
const state = { range: undefined, settled: false, major: null, loosened: new Map() };

function setPackage(pj) {
  state.range = declaredRange(pj);
}

function disabled() {
  const v = process.env.CATHODE_LEGACY_DEFAULTS;
  if (v === '0') return true;
  const { app } = require('electron/main/app');
  return app.commandLine.hasSwitch('no-legacy-defaults');
}

// Decides once, when the app is about to become ready (after the main
// script's first tick, so app.commandLine.appendSwitch there counts), and
// prints the one start-up warning.
function settle() {
  if (state.settled) return;
  state.settled = true;
  if (state.range === undefined) return;
  const r = lowestMajor(state.range);
  const shown = typeof state.range === 'string' ? state.range : JSON.stringify(state.range);
  if (r.error !== undefined) {
    console.warn(`cathode: package.json's electron version "${shown}" is ignored (${r.error}); ` +
      "windows get today's webPreferences defaults.");
    return;
  }
  if (r.any) return;
  const current = Number(String(process.versions.electron).split('.')[0]);
  if (r.major >= current) return;
  const loosened = loosenedIn(r.major);
  if (loosened.length === 0 || disabled()) return;
  state.major = r.major;
  state.loosened = new Map(loosened);
  console.warn(`cathode: package.json declares electron "${shown}"; windows get Electron ${r.major}'s ` +
    `webPreferences defaults: ${loosened.map(([k, v]) => `${k}: ${v}`).join(', ')} ` +
    '(where the app sets none; --no-legacy-defaults or CATHODE_LEGACY_DEFAULTS=0 for today\'s).');
}

// The effective values of the preferences whose defaults move, for the
// webPreferences object an app gave (or {}).
function effective(p) {
  settle();
  const given = (name) => p[name] !== undefined;
  const fallback = (name, today) => (state.loosened.has(name) ? state.loosened.get(name) : today);
  const nodeIntegration = given('nodeIntegration') ? p.nodeIntegration === true :
    fallback('nodeIntegration', false);
  return {
    nodeIntegration,
    contextIsolation: given('contextIsolation') ? p.contextIsolation !== false : fallback('contextIsolation', true),
    sandbox: given('sandbox') ? p.sandbox !== false : fallback('sandbox', !nodeIntegration),
    enableRemoteModule: given('enableRemoteModule') ? p.enableRemoteModule === true :
      fallback('enableRemoteModule', false),
  };
}

// The major whose defaults apply, or null for today's.
function legacyMajor() {
  settle();
  return state.major;
}

module.exports = { lowestMajor, loosenedIn, declaredRange, setPackage, settle, effective, legacyMajor };
