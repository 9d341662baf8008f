// web_request.js — session.webRequest: the listener slots of Electron's
// WebRequest (one per event, set with ([filter, ]listener), cleared with
// null), with Electron's argument checks. WebKitGTK gives the main process
// no hook into a page's requests, so no listener is called yet: setting one
// warns once per event (the sessions issue brings request interception
// through the web process). What this means is in docs/compatibility.md.
'use strict';

const kEvents = ['onBeforeRequest', 'onBeforeSendHeaders', 'onSendHeaders', 'onHeadersReceived',
  'onResponseStarted', 'onBeforeRedirect', 'onCompleted', 'onErrorOccurred'];
const kTypes = new Set(['mainFrame', 'subFrame', 'stylesheet', 'script', 'image', 'font', 'object',
  'xhr', 'ping', 'cspReport', 'media', 'webSocket', 'webTransport', 'webbundle', 'other']);
const warned = new Set();

class WebRequest {
  constructor() {
    this._listeners = new Map(); // event → { filter, listener }
  }

  _set(event, args) {
    let i = 0;
    let filter = { urls: ['<all_urls>'] };
    if (args.length > 0 && typeof args[0] !== 'function' && args[0] !== null &&
        typeof args[0] === 'object') {
      const f = args[0];
      if (!Array.isArray(f.urls)) throw new TypeError("Parameter 'filter' must have property 'urls'.");
      for (const t of f.types || []) {
        if (!kTypes.has(t)) throw new TypeError('Invalid type ' + t);
      }
      filter = { urls: f.urls.length ? [...f.urls] : ['<all_urls>'], excludeUrls: f.excludeUrls, types: f.types };
      i = 1;
    }
    const listener = args[i];
    if (listener !== null && typeof listener !== 'function') throw new TypeError('Must pass null or a Function');
    if (listener === null) {
      this._listeners.delete(event);
      return;
    }
    this._listeners.set(event, { filter, listener });
    if (!warned.has(event)) {
      warned.add(event);
      process.emitWarning(`webRequest.${event} listeners are not called by cathode: WebKitGTK does not ` +
        'let the main process see a page\'s requests (see docs/compatibility.md)', 'UnsupportedWarning');
    }
  }
}

for (const event of kEvents) {
  Object.defineProperty(WebRequest.prototype, event, {
    value: function (...args) { this._set(event, args); },
    writable: true,
    configurable: true,
  });
}

module.exports = { WebRequest };
