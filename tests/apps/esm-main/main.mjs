// An Electron app whose main script is an ES module: named and default
// imports of 'electron', a CommonJS helper, a JSON module, import.meta.
import { app, BrowserWindow } from 'electron';
import electron from 'electron';
import helper from './helper.cjs';
import pkg from './package.json' with { type: 'json' };
import { basename } from 'node:path';

console.log('imports', typeof BrowserWindow, electron.app === app, helper.twice(21), pkg.name,
  basename(import.meta.filename));
const later = await Promise.resolve('tla');
app.whenReady().then(() => {
  console.log('ready', later);
  app.quit();
});
