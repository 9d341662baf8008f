// ipc_main.js — ipcMain: an EventEmitter of renderer messages plus the
// handle/handleOnce/removeHandler table behind ipcRenderer.invoke. The wire
// from renderers arrives with the IPC issue; until then nothing emits here.
'use strict';

const EventEmitter = require('events');

class IpcMain extends EventEmitter {
  constructor() {
    super();
    this._invokeHandlers = new Map();
    // Electron's ipcMain never warns about many listeners
    this.setMaxListeners(0);
  }

  handle(channel, listener) {
    if (this._invokeHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    if (typeof listener !== 'function') {
      throw new TypeError(`Expected handler to be a function, but found type '${typeof listener}'`);
    }
    this._invokeHandlers.set(channel, listener);
  }

  handleOnce(channel, listener) {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel) {
    this._invokeHandlers.delete(channel);
  }
}

const ipcMain = new IpcMain();

module.exports = { ipcMain, IpcMain };
