import { contextBridge, ipcRenderer } from 'electron';
import camelCase from 'camelcase';
import stripAnsi from 'strip-ansi';
import { readFileSync } from 'node:fs';
import { tag } from './tag.mjs';

const top = await Promise.resolve('tla');
ipcRenderer.send('log', `preload.mjs: ${camelCase('foo-bar')} ${stripAnsi('\u001b[31mred\u001b[39m')} ${top} ${tag}`);
ipcRenderer.send('log', `preload.mjs meta: ${import.meta.filename.endsWith('preload.mjs')} ${readFileSync(import.meta.filename, 'utf8').includes('camelcase')}`);
contextBridge.exposeInMainWorld('api', { camel: (s) => camelCase(s), done: () => ipcRenderer.send('done') });
