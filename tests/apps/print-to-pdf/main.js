// webContents.printToPDF: a PDF of the page (GTK's Print to File), its page
// size and orientation in the MediaBox, jobs in parallel, Electron's option
// errors.
const { app, BrowserWindow } = require('electron');
const log = (...a) => console.log(...a);
const box = (pdf) => /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString('latin1')).slice(1).join('x');

app.whenReady().then(async () => {
  const w = new BrowserWindow({ show: false });
  await w.loadURL('data:text/html,<h1>Hello, PDF</h1>');
  const pdf = await w.webContents.printToPDF({});
  log('pdf', Buffer.isBuffer(pdf), pdf.subarray(0, 5).toString(), box(pdf));
  log('a4 landscape', box(await w.webContents.printToPDF({ pageSize: 'A4', landscape: true })));
  log('custom', box(await w.webContents.printToPDF({ pageSize: { width: 5, height: 4 } })));
  const all = await Promise.all([1, 2, 3].map(() => w.webContents.printToPDF({})));
  log('parallel', all.every((b) => b.subarray(0, 5).toString() === '%PDF-'));
  for (const bad of [{ landscape: [] }, { pageSize: 'IAmAPageSize' }, { margins: 'terrible' },
    { pageSize: 'Letter', margins: { top: 100 } }]) {
    await w.webContents.printToPDF(bad).catch((e) => log('rejects:', e.message));
  }
  app.quit();
});
