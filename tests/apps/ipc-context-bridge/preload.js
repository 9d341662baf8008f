// What crosses contextBridge: copies of values, proxies of functions (both
// ways), promises, errors.
const { contextBridge, ipcRenderer } = require('electron');
const data = { map: new Map([['k', 1]]), set: new Set([2]), re: /x+/g, date: new Date(5),
  bytes: new Uint8Array([1, 2]), list: [1, 'two', null, undefined] };
data.self = data;
contextBridge.exposeInMainWorld('api', {
  data,
  echo: (v) => v,
  call: (cb) => cb(5),
  later: () => Promise.resolve(new Map([[1, 2]])),
  rejects: () => Promise.reject(new Error('async nope')),
  throws: () => { throw new TypeError('nope'); },
  report: (line) => ipcRenderer.send('report', line),
  isolatedSees: () => typeof window.pageGlobal,
});
