// main.js — tests/apps/native-image: exercises nativeImage in the main
// process (factories, encoders, bitmaps, resize/crop, scale factors, errors)
// and prints one "ok"/"not ok" line per check, then "N passed, N failed".
// Exits 0 when everything passed. Needs no window.
'use strict';

const { app, nativeImage } = require('electron');
const fs = require('fs');
const os = require('os');
const path = require('path');

let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    const r = fn();
    if (r === true) {
      passed++;
      console.log(`ok - ${name}`);
    } else {
      failed++;
      console.log(`not ok - ${name}: got ${JSON.stringify(r)}`);
    }
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: threw ${e && e.stack}`);
  }
}
function throws(fn, type, message) {
  try {
    fn();
  } catch (e) {
    if (e instanceof type && e.message === message) return true;
    return `${e && e.constructor && e.constructor.name}: ${e && e.message}`;
  }
  return 'did not throw';
}
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b) || `${JSON.stringify(a)} != ${JSON.stringify(b)}`;
const same = (a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0) || 'bytes differ';

// A w x h premultiplied BGRA bitmap; f(x, y) gives [b, g, r, a].
function bitmap(w, h, f) {
  const buf = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) buf.set(f(x, y), (y * w + x) * 4);
  }
  return buf;
}
const RED = [0, 0, 255, 255];
const quad = bitmap(2, 2, (x, y) => [RED, [0, 255, 0, 255], [255, 0, 0, 255], [128, 128, 128, 128]][y * 2 + x]);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cathode-native-image-'));

app.whenReady().then(() => {
  // empty images
  const empty = nativeImage.createEmpty();
  check('createEmpty isEmpty', () => empty.isEmpty() === true);
  check('createEmpty getSize', () => eq(empty.getSize(), { width: 0, height: 0 }));
  check('createEmpty toPNG is empty', () => empty.toPNG().length === 0);
  check('createEmpty toBitmap is empty', () => empty.toBitmap().length === 0);
  check('createEmpty toDataURL', () => eq(empty.toDataURL(), 'data:image/png;base64,'));
  check('createEmpty getAspectRatio', () => empty.getAspectRatio() === 1);
  check('createEmpty getScaleFactors', () => eq(empty.getScaleFactors(), []));
  check('NativeImage class name', () => empty.constructor.name === 'NativeImage');

  // bitmaps
  const img = nativeImage.createFromBitmap(quad, { width: 2, height: 2 });
  check('createFromBitmap size', () => eq(img.getSize(), { width: 2, height: 2 }));
  check('createFromBitmap not empty', () => img.isEmpty() === false);
  check('toBitmap returns the premultiplied BGRA given', () => same(img.toBitmap(), quad));
  check('getBitmap equals toBitmap', () => same(img.getBitmap(), quad));
  check('toBitmap is a Buffer', () => Buffer.isBuffer(img.toBitmap()));
  check('createFromBitmap non-buffer', () => throws(() => nativeImage.createFromBitmap('x', { width: 1, height: 1 }),
    Error, 'buffer must be a node Buffer'));
  check('createFromBitmap without options', () => throws(() => nativeImage.createFromBitmap(quad),
    TypeError, 'Error processing argument at index 1, conversion failure from undefined'));
  check('createFromBitmap without width', () => throws(() => nativeImage.createFromBitmap(quad, { height: 2 }),
    Error, 'width is required'));
  check('createFromBitmap without height', () => throws(() => nativeImage.createFromBitmap(quad, { width: 2 }),
    Error, 'height is required'));
  check('createFromBitmap buffer too small', () => throws(() => nativeImage.createFromBitmap(quad, { width: 3, height: 2 }),
    Error, 'invalid buffer size'));
  check('createFromBitmap zero width is empty', () => nativeImage.createFromBitmap(Buffer.alloc(0), { width: 0, height: 2 }).isEmpty());
  check('createFromBitmap scaleFactor', () => {
    const i = nativeImage.createFromBitmap(bitmap(4, 2, () => RED), { width: 4, height: 2, scaleFactor: 2 });
    return eq([i.getScaleFactors(), i.getSize()], [[2], { width: 2, height: 1 }]);
  });

  // PNG
  const png = img.toPNG();
  check('toPNG signature', () => png.subarray(0, 8).toString('hex') === '89504e470d0a1a0a');
  check('PNG round trip keeps pixels', () => same(nativeImage.createFromBuffer(png).toBitmap(), quad));
  check('createFromBuffer PNG with scaleFactor', () => eq(nativeImage.createFromBuffer(png, { scaleFactor: 2 }).getScaleFactors(), [2]));
  const url = img.toDataURL();
  check('toDataURL prefix', () => url.startsWith('data:image/png;base64,iVBORw0KGgo'));
  check('createFromDataURL round trip', () => same(nativeImage.createFromDataURL(url).toBitmap(), quad));
  check('createFromDataURL other mime is empty', () => nativeImage.createFromDataURL('data:text/plain,hello').isEmpty());
  check('createFromDataURL garbage is empty', () => nativeImage.createFromDataURL('not a url').isEmpty());
  check('createFromDataURL non-string', () => throws(() => nativeImage.createFromDataURL(5),
    TypeError, 'Error processing argument at index 0, conversion failure from 5'));

  // JPEG
  const big = nativeImage.createFromBitmap(bitmap(16, 8, () => RED), { width: 16, height: 8 });
  const jpeg = big.toJPEG(90);
  check('toJPEG signature', () => jpeg.subarray(0, 3).toString('hex') === 'ffd8ff');
  check('JPEG decodes to the same size', () => eq(nativeImage.createFromBuffer(jpeg).getSize(), { width: 16, height: 8 }));
  check('JPEG keeps the colour', () => {
    const p = nativeImage.createFromBuffer(jpeg).toBitmap();
    return (p[2] > 240 && p[1] < 16 && p[0] < 16 && p[3] === 255) || [...p.subarray(0, 4)];
  });
  check('toJPEG of empty is empty', () => empty.toJPEG(80).length === 0);
  check('toJPEG without quality', () => throws(() => big.toJPEG(),
    TypeError, 'Error processing argument at index 0, conversion failure from undefined'));

  // raw buffers
  check('createFromBuffer raw BGRA', () => same(nativeImage.createFromBuffer(quad, { width: 2, height: 2 }).toBitmap(), quad));
  check('createFromBuffer raw too small is empty', () => nativeImage.createFromBuffer(quad, { width: 4, height: 4 }).isEmpty());
  check('createFromBuffer garbage is empty', () => nativeImage.createFromBuffer(Buffer.from('hello')).isEmpty());
  check('createFromBuffer non-buffer', () => throws(() => nativeImage.createFromBuffer('x'), Error, 'buffer must be a node Buffer'));

  // files
  const file = path.join(tmp, 'icon.png');
  fs.writeFileSync(file, nativeImage.createFromBitmap(bitmap(4, 4, () => RED), { width: 4, height: 4 }).toPNG());
  check('createFromPath PNG', () => eq(nativeImage.createFromPath(file).getSize(), { width: 4, height: 4 }));
  check('createFromPath JPEG', () => {
    const j = path.join(tmp, 'photo.jpg');
    fs.writeFileSync(j, jpeg);
    return eq(nativeImage.createFromPath(j).getSize(), { width: 16, height: 8 });
  });
  check('createFromPath missing file is empty', () => nativeImage.createFromPath(path.join(tmp, 'nope.png')).isEmpty());
  check('createFromPath non-image is empty', () => {
    fs.writeFileSync(path.join(tmp, 'text.png'), 'not an image');
    return nativeImage.createFromPath(path.join(tmp, 'text.png')).isEmpty();
  });
  check('createFromPath with ..', () => !nativeImage.createFromPath(path.join(tmp, 'sub', '..', 'icon.png')).isEmpty());
  check('createFromPath non-string', () => throws(() => nativeImage.createFromPath(null),
    TypeError, 'Error processing argument at index 0, conversion failure from null'));
  fs.writeFileSync(path.join(tmp, 'icon@2x.png'),
    nativeImage.createFromBitmap(bitmap(8, 8, () => [255, 0, 0, 255]), { width: 8, height: 8 }).toPNG());
  check('createFromPath picks up @2x', () => {
    const i = nativeImage.createFromPath(file);
    return eq([i.getScaleFactors(), i.getSize(), i.getSize(2), i.toBitmap({ scaleFactor: 2 }).length,
      i.toBitmap().length], [[1, 2], { width: 4, height: 4 }, { width: 4, height: 4 }, 256, 64]);
  });
  check('createFromPath of name@2x', () => {
    const i = nativeImage.createFromPath(path.join(tmp, 'icon@2x.png'));
    return eq([i.getScaleFactors(), i.getSize()], [[2], { width: 4, height: 4 }]);
  });

  // resize and crop
  const wide = nativeImage.createFromBitmap(bitmap(100, 50, (x) => (x < 50 ? RED : [255, 0, 0, 255])), { width: 100, height: 50 });
  check('getAspectRatio', () => wide.getAspectRatio() === 2);
  check('resize width keeps aspect', () => eq(wide.resize({ width: 50 }).getSize(), { width: 50, height: 25 }));
  check('resize height keeps aspect', () => eq(wide.resize({ height: 10 }).getSize(), { width: 20, height: 10 }));
  check('resize both', () => eq(wide.resize({ width: 30, height: 30, quality: 'good' }).getSize(), { width: 30, height: 30 }));
  check('resize {} keeps size', () => eq(wide.resize({}).getSize(), { width: 100, height: 50 }));
  check('resize to 0x0 is empty', () => wide.resize({ width: 0, height: 0 }).isEmpty());
  check('resize keeps colours', () => {
    const p = wide.resize({ width: 10, quality: 'best' }).toBitmap();
    return (eq([...p.subarray(0, 4)], RED) === true && eq([...p.subarray(36, 40)], [255, 0, 0, 255]) === true) ||
      [...p.subarray(0, 4), ...p.subarray(36, 40)];
  });
  check('resize non-object', () => throws(() => wide.resize(3), TypeError,
    'Error processing argument at index 0, conversion failure from 3'));
  check('crop', () => {
    const c = wide.crop({ x: 45, y: 10, width: 10, height: 5 });
    const p = c.toBitmap();
    return eq([c.getSize(), [...p.subarray(0, 4)], [...p.subarray(36, 40)]],
      [{ width: 10, height: 5 }, RED, [255, 0, 0, 255]]);
  });
  check('crop clipped to the image', () => eq(wide.crop({ x: 90, y: 40, width: 50, height: 50 }).getSize(), { width: 10, height: 10 }));
  check('crop outside is empty', () => wide.crop({ x: 200, y: 0, width: 10, height: 10 }).isEmpty());
  check('crop bad rect', () => throws(() => wide.crop({ x: 0, y: 0 }), TypeError,
    'Error processing argument at index 0, conversion failure from #<Object>'));
  check('resize and crop keep every scale factor', () => {
    const i = nativeImage.createFromPath(file);
    return eq([i.resize({ width: 2 }).getScaleFactors(), i.crop({ x: 0, y: 0, width: 2, height: 2 }).toBitmap({ scaleFactor: 2 }).length],
      [[1, 2], 64]);
  });

  // representations and template images
  check('addRepresentation buffer', () => {
    const i = nativeImage.createEmpty();
    i.addRepresentation({ scaleFactor: 2, width: 8, height: 8, buffer: bitmap(8, 8, () => RED) });
    return eq([i.isEmpty(), i.getScaleFactors(), i.getSize()], [false, [2], { width: 4, height: 4 }]);
  });
  check('addRepresentation dataURL', () => {
    const i = nativeImage.createFromBitmap(quad, { width: 2, height: 2 });
    i.addRepresentation({ scaleFactor: 3, dataURL: nativeImage.createFromBitmap(bitmap(6, 6, () => RED), { width: 6, height: 6 }).toDataURL() });
    return eq(i.getScaleFactors(), [1, 3]);
  });
  check('setTemplateImage is a no-op off macOS', () => {
    img.setTemplateImage(true);
    return eq([img.isTemplateImage(), img.isMacTemplateImage], [false, false]);
  });
  check('createFromNamedImage is empty off macOS', () => nativeImage.createFromNamedImage('NSStopProgressTemplate').isEmpty());
  check('methods on a non-image', () => throws(() => img.toPNG.call({}), TypeError, 'Illegal invocation'));

  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`native-image: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
});
