// an .mjs preload (sandbox: false): Node's ES module loader
import electron, { ipcRenderer } from 'electron';
import { ipcRenderer as fromRenderer, contextBridge } from 'electron/renderer';
import * as common from 'electron/common';
import * as main from 'electron/main';
import * as utility from 'electron/utility';

ipcRenderer.send('log', `mjs preload: ${fromRenderer === ipcRenderer} ${common.default === electron} ` +
  `${main.ipcRenderer === ipcRenderer} ${utility.contextBridge === contextBridge} ${import.meta.resolve('electron/renderer')}`);
ipcRenderer.send('done mjs');
