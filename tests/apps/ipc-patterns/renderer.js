window.pageScriptRan = true;
const api = window.electronAPI;
(async () => {
  api.report(`page sees ipcRenderer: ${typeof window.ipcRenderer} require: ${typeof window.require}`);
  api.report(`versions: ${JSON.stringify(api.versions)}`);
  api.report(`frozen: ${Object.isFrozen(api)} ${Object.isFrozen(api.versions)}`);
  api.setTitle('from renderer');
  api.report(`openFile: ${await api.openFile()}`);
  api.report(`add: ${await api.add(2, 3)}`);
  try { await api.fails(); } catch (err) { api.report(`fails: ${err.message}`); }
  try { await api.missing(); } catch (err) { api.report(`missing: ${err.message}`); }
  api.report(`sync: ${JSON.stringify(api.syncPing({ n: 41 }))}`);
  api.onUpdateCounter((value) => api.counterValue(value + 1));
  api.report('listening');
})();
