// Structured-clone values both ways, with contextIsolation off (the preload
// shares the page's world).
const { ipcRenderer, contextBridge } = require('electron');
const report = (line) => ipcRenderer.send('report', line);

try { contextBridge.exposeInMainWorld('x', {}); } catch (err) { report(`bridge: ${err.message}`); }
try { ipcRenderer.send('report', () => 1); } catch (err) { report(`function: ${err.message}`); }
try { ipcRenderer.send('report', Symbol('s')); } catch (err) { report(`symbol: ${err.message}`); }
ipcRenderer.invoke('echo', Promise.resolve(1)).catch((err) => report(`promise: ${err.message}`));

const cyc = { name: 'cyc' };
cyc.self = cyc;
const shared = [1];
const value = {
  u: undefined, n: null, neg0: -0, nan: NaN, inf: -Infinity, big: 2n ** 70n,
  date: new Date(86400000), re: /a+b/gi, map: new Map([[1, 'one'], ['k', { v: 2 }]]),
  set: new Set(['a', 3]), u8: new Uint8Array([0, 127, 128, 255]), f64: new Float64Array([1.5, -2]),
  ab: new Uint16Array([1, 2]).buffer, err: new RangeError('out of range'), cyc, pair: [shared, shared],
  text: 'héllo \u2603 \ud83d\ude00', nested: [[[]], {}],
};
ipcRenderer.invoke('echo', value).then((r) => {
  // DOM objects and the window are host objects: not cloneable
  try { ipcRenderer.send('report', document); } catch (err) { report(`dom node: ${err.message}`); }
  try { ipcRenderer.send('report', window); } catch (err) { report(`window: ${err.message}`); }
  const checks = [
    ['u', 'u' in r && r.u === undefined], ['n', r.n === null], ['neg0', Object.is(r.neg0, -0)],
    ['nan', Number.isNaN(r.nan)], ['inf', r.inf === -Infinity], ['big', r.big === 2n ** 70n],
    ['date', r.date instanceof Date && r.date.getTime() === 86400000],
    ['re', r.re instanceof RegExp && r.re.source === 'a+b' && r.re.flags === 'gi'],
    ['map', r.map instanceof Map && r.map.get(1) === 'one' && r.map.get('k').v === 2],
    ['set', r.set instanceof Set && r.set.has('a') && r.set.has(3)],
    ['u8', r.u8 instanceof Uint8Array && r.u8.join() === '0,127,128,255'],
    ['f64', r.f64 instanceof Float64Array && r.f64.join() === '1.5,-2'],
    ['ab', r.ab instanceof ArrayBuffer && new Uint16Array(r.ab).join() === '1,2'],
    ['err', r.err instanceof RangeError && r.err.message === 'out of range'],
    ['cyc', r.cyc.self === r.cyc], ['pair', r.pair[0] === r.pair[1]],
    ['text', r.text === value.text], ['nested', JSON.stringify(r.nested) === '[[[]],{}]'],
  ];
  const bad = checks.filter(([, ok]) => !ok).map(([k]) => k);
  report(`renderer round trip: ${bad.length ? 'FAILED ' + bad.join(',') : 'ok'}`);
  ipcRenderer.once('from-main', (event, buf, m) => {
    report(`from-main: ${buf.constructor.name} ${buf.join()} ${m instanceof Map} ${event.sender === ipcRenderer}`);
    ipcRenderer.send('done');
  });
  ipcRenderer.send('want-main');
});
