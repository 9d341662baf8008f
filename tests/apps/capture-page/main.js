// capturePage: the pixels of the visible page (BGRA bitmap), a sub-rect,
// and PNG encoding.
const { app, BrowserWindow } = require('electron');
const log = (...a) => console.log(...a);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const html = '<style>html,body{margin:0;height:100%}#l{position:fixed;left:0;top:0;width:50%;height:100%;background:#ff0000}' +
  '#r{position:fixed;right:0;top:0;width:50%;height:100%;background:#0000ff}</style><div id="l"></div><div id="r"></div>';

function pixel(bmp, width, x, y) {
  const i = (y * width + x) * 4;
  return `b${bmp[i]} g${bmp[i + 1]} r${bmp[i + 2]} a${bmp[i + 3]}`;
}

app.whenReady().then(async () => {
  const w = new BrowserWindow({ width: 320, height: 200, show: false });
  w.once('ready-to-show', () => w.show());
  await w.loadURL('data:text/html,' + encodeURIComponent(html));
  await wait(300);
  const img = await w.capturePage();
  const { width, height } = img.getSize();
  log('size', width, height);
  const bmp = img.toBitmap();
  log('bitmap bytes', bmp.length === width * height * 4);
  log('left', pixel(bmp, width, 10, 100));
  log('right', pixel(bmp, width, width - 10, 100));
  const part = await w.webContents.capturePage({ x: 200, y: 50, width: 40, height: 30 });
  log('rect size', JSON.stringify(part.getSize()));
  log('rect pixel', pixel(part.toBitmap(), 40, 5, 5));
  const png = img.toPNG();
  log('png', png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47, png.length > 100);
  app.quit();
});
