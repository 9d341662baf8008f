// the main process's ES module view of the five names
import electron, { app } from 'electron';
import * as main from 'electron/main';
import * as common from 'electron/common';
import * as renderer from 'electron/renderer';
import * as utility from 'electron/utility';

export async function check(cjs) {
  const all = [main, common, renderer, utility];
  console.log(`main import: ${electron === cjs} ${all.map((ns) => ns.default === cjs && ns.app === app).join(' ')}`);
  console.log(`main import.meta.resolve: ${import.meta.resolve('electron/main')} ${import.meta.resolve('electron/utility')}`);
  const dyn = await import('electron/renderer');
  console.log(`main import(): ${dyn === renderer} ${typeof dyn.ipcMain.handle}`);
  try {
    await import('electron/lol');
  } catch (e) {
    console.log(`main import electron/lol: ${e.code}`);
  }
}
