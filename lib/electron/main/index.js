// index.js — require('electron') in the main process: the main-process
// module set. Each module loads on first access, so an app pays only for
// what it touches.
'use strict';

const electron = {};

function lazy(name, load) {
  Object.defineProperty(electron, name, { enumerable: true, configurable: true, get: load });
}

lazy('app', () => require('electron/main/app').app);
lazy('BaseWindow', () => require('electron/main/base_window').BaseWindow);
lazy('BrowserWindow', () => require('electron/main/browser_window').BrowserWindow);
lazy('BrowserView', () => require('electron/main/browser_view').BrowserView);
lazy('View', () => require('electron/main/view').View);
lazy('WebContentsView', () => require('electron/main/web_contents_view').WebContentsView);
lazy('webContents', () => require('electron/main/web_contents').webContents);
lazy('screen', () => require('electron/main/screen').screen);
lazy('session', () => require('electron/main/session').session);
lazy('ipcMain', () => require('electron/main/ipc_main').ipcMain);
lazy('nativeImage', () => require('electron/common/native_image').nativeImage);
lazy('webFrameMain', () => require('electron/main/web_frame_main').webFrameMain);
lazy('MessageChannelMain', () => require('electron/main/message_port_main').MessageChannelMain);
// net: fetch over libsoup and the online state; net.request is not there
lazy('net', () => {
  const f = require('electron/main/fetch');
  return {
    fetch: f.fetch,
    isOnline: f.isOnline,
    get online() { return f.isOnline(); },
  };
});

module.exports = electron;
