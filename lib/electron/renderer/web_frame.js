// web_frame.js — webFrame, the renderer's view of its main frame: script
// evaluation in the page's world or in isolated worlds (run from C, so a
// page's CSP does not block it), world info, frame identity. Renderer,
// preload world. Zoom and inserted style sheets live in the main process
// (the web view's zoom level and user content manager): webFrame asks for
// them with a synchronous message on 'ct:webframe'.
'use strict';

const worldInfo = new Map(); // worldId → { name, securityOrigin, csp }

function ask(op, ...args) {
  const { ipcRenderer } = require('electron/renderer/ipc_renderer');
  const [ok, value] = ipcRenderer.sendSync('ct:webframe', op, ...args);
  if (!ok) throw new Error(value);
  return value;
}

function settle(promise, callback) {
  if (typeof callback !== 'function') return promise;
  return promise.then((result) => {
    callback(result, undefined);
    return result;
  }, (error) => {
    callback(undefined, error);
    throw error;
  });
}

// The value of evaluating scripts in a world: a promise result is awaited.
function run(worldId, scripts) {
  try {
    let result;
    for (const { code, url } of scripts) result = binding.evaluate(pageId, worldId, code, url || '');
    return Promise.resolve(result);
  } catch (err) {
    return Promise.reject(err);
  }
}

const webFrame = {
  routingId: 1,
  frameToken: `${pageId}-main`,
  top: null,
  parent: null,
  opener: null,
  firstChild: null,
  nextSibling: null,

  executeJavaScript(code, userGesture, callback) {
    if (typeof userGesture === 'function') [userGesture, callback] = [false, userGesture];
    return settle(run(0, [{ code: String(code) }]), callback);
  },

  executeJavaScriptInIsolatedWorld(worldId, scripts, userGesture, callback) {
    if (typeof userGesture === 'function') [userGesture, callback] = [false, userGesture];
    if (!Number.isInteger(worldId)) {
      return Promise.reject(new TypeError('Error processing argument at index 0, conversion failure from ' + worldId));
    }
    if (!Array.isArray(scripts)) {
      return Promise.reject(new TypeError('Error processing argument at index 1, conversion failure from ' + scripts));
    }
    return settle(run(worldId, scripts.map((s) => ({ code: String(s.code), url: s.url }))), callback);
  },

  setIsolatedWorldInfo(worldId, info) {
    if (!Number.isInteger(worldId)) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + worldId);
    }
    if (info && info.csp !== undefined && info.securityOrigin === undefined) {
      throw new Error('If csp is specified, securityOrigin should also be specified');
    }
    worldInfo.set(worldId, { ...info });
  },

  setZoomFactor(factor) {
    if (typeof factor !== 'number' || !(factor > 0)) throw new Error("'zoomFactor' must be a double greater than 0.0");
    ask('setZoomFactor', factor);
  },
  getZoomFactor() { return ask('getZoomFactor'); },
  setZoomLevel(level) {
    if (typeof level !== 'number' || Number.isNaN(level)) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + level);
    }
    ask('setZoomLevel', level);
  },
  getZoomLevel() { return ask('getZoomLevel'); },
  // pinch-zoom limits: WebKitGTK has no pinch zoom to limit
  setVisualZoomLevelLimits(minimumLevel, maximumLevel) {
    if (typeof minimumLevel !== 'number' || typeof maximumLevel !== 'number') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + minimumLevel);
    }
  },

  insertCSS(css, options = {}) {
    if (typeof css !== 'string') throw new TypeError('Error processing argument at index 0, conversion failure from ' + css);
    const origin = options && options.cssOrigin === 'user' ? 'user' : 'author';
    return ask('insertCSS', css, origin);
  },
  removeInsertedCSS(key) {
    if (typeof key !== 'string') throw new TypeError('Error processing argument at index 0, conversion failure from ' + key);
    ask('removeInsertedCSS', key);
  },
  // types text into the focused element, as if typed
  insertText(text) {
    if (typeof text !== 'string') throw new TypeError('Error processing argument at index 0, conversion failure from ' + text);
    binding.evaluate(pageId, 0, `document.execCommand('insertText', false, ${JSON.stringify(text)})`, '');
  },

  getFrameForSelector() { return null; },
  findFrameByName() { return null; },
  findFrameByRoutingId(id) { return id === 1 ? webFrame : null; },
};
webFrame.top = webFrame;

module.exports = { webFrame };
