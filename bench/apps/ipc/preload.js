// Runs in the renderer: every number is taken on this side, as a page would
// see it. sandbox: false only for process.hrtime (WebKit coarsens
// now() to a millisecond); the IPC path is the same.
const { ipcRenderer, remote } = require('electron');

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function pct(list, p) {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

async function run() {
  const rounds = Number(document.title) || 2000;
  const small = { id: 7, name: 'x'.repeat(40) };
  for (let i = 0; i < 200; i++) await ipcRenderer.invoke('echo', small); // warm-up
  const inv = [];
  for (let i = 0; i < rounds; i++) {
    const t = now();
    await ipcRenderer.invoke('echo', small);
    inv.push((now() - t) * 1000);
  }
  const sync = [];
  for (let i = 0; i < rounds; i++) {
    const t = now();
    ipcRenderer.sendSync('sync', small);
    sync.push((now() - t) * 1000);
  }
  const obj = remote.getGlobal('benchObject');
  for (let i = 0; i < 200; i++) obj.echo(small); // warm-up
  const rcall = [];
  for (let i = 0; i < rounds; i++) {
    const t = now();
    obj.echo(small);
    rcall.push((now() - t) * 1000);
  }
  const rget = [];
  for (let i = 0; i < rounds; i++) {
    const t = now();
    if (obj.value !== 1) throw new Error('remote property read went wrong');
    rget.push((now() - t) * 1000);
  }
  const sends = rounds * 4;
  const t0 = now();
  const ticked = new Promise((resolve) => ipcRenderer.once('ticked', resolve));
  for (let i = 0; i < sends; i++) ipcRenderer.send('tick');
  await ticked;
  const sendRate = sends / ((now() - t0) / 1000);
  const mbps = [];
  for (const [size, reps] of [[1 << 20, 10], [16 << 20, 2]]) {
    const big = new Uint8Array(size).fill(7);
    const t = now();
    for (let i = 0; i < reps; i++) {
      const back = await ipcRenderer.invoke('echo', big);
      if (back.length !== size) throw new Error(`echo of ${size} bytes came back with ${back.length}`);
    }
    mbps.push((size * 2 * reps) / (1 << 20) / ((now() - t) / 1000));
  }
  ipcRenderer.send('result', {
    invoke_p50_us: pct(inv, 0.5), invoke_p99_us: pct(inv, 0.99),
    sync_p50_us: pct(sync, 0.5), sync_p99_us: pct(sync, 0.99),
    remote_call_p50_us: pct(rcall, 0.5), remote_call_p99_us: pct(rcall, 0.99),
    remote_get_p50_us: pct(rget, 0.5), remote_get_p99_us: pct(rget, 0.99),
    send_msgs_per_s: sendRate, mb1_mb_per_s: mbps[0], mb16_mb_per_s: mbps[1],
  });
}

window.addEventListener('DOMContentLoaded', () => {
  run().catch((err) => ipcRenderer.send('failed', String(err && err.stack || err)));
});
