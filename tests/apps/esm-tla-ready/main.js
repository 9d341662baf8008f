// An ES module main with top-level await: app 'ready' waits until the
// module has finished evaluating, as in Electron (its docs: await what
// must happen before ready), and the names of the electron module are
// importable.
import { app } from 'electron';

const order = [];
app.on('ready', () => order.push('ready'));
console.log(`before await, ready: ${app.isReady()}`);
await new Promise((resolve) => setTimeout(resolve, 300));
const { net } = await import('electron/main');
console.log(`after await, ready: ${app.isReady()} net: ${typeof net.fetch}`);
order.push('evaluated');
await app.whenReady();
console.log(`order: ${order.join(' ')}`);
app.quit();
