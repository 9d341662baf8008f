// native_image.js — Electron's nativeImage: the factories and NativeImage's
// methods. Argument checks, Electron's error texts, data URLs, @Nx file
// variants and scale-factor choice live here; pixels live in C
// (src/main/native_image.c, internalBinding('native_image')), one cairo
// ARGB32 surface per scale factor. NativeImage objects are instances of that
// C class with NativeImage.prototype (registered below) as their prototype.
'use strict';

// getBitmap()'s deprecation warning, once per process as in Electron
let getBitmapWarned = false;

const { Buffer } = require('buffer');

let binding;
function b() {
  if (binding === undefined) {
    binding = internalBinding('native_image');
    binding.setPrototype(NativeImage.prototype);
  }
  return binding;
}

// gin's message when an argument has the wrong type (Electron converts
// arguments in C++ and throws this TypeError).
function detail(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' || typeof v === 'function') {
    if (typeof v === 'function') return String(v);
    const ctor = Object.getPrototypeOf(v)?.constructor;
    return `#<${(ctor && ctor.name) || 'Object'}>`;
  }
  return String(v);
}
function conversionFailure(index, v) {
  return new TypeError(`Error processing argument at index ${index}, conversion failure from ${detail(v)}`);
}

const isInt32 = (v) => typeof v === 'number' && (v | 0) === v;
const isUint32 = (v) => typeof v === 'number' && v >>> 0 === v;
const isObject = (v) => v !== null && typeof v === 'object';
const isBuffer = (v) => ArrayBuffer.isView(v);

function scaleFrom(options) {
  if (isObject(options) && typeof options.scaleFactor === 'number') return options.scaleFactor;
  return 1;
}

function checkThis(self) {
  if (!b().isImage(self)) throw new TypeError('Illegal invocation');
  return self;
}

class NativeImage {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  toPNG(options) {
    return b().png(checkThis(this), scaleFrom(options));
  }

  toJPEG(quality) {
    if (!isInt32(quality)) throw conversionFailure(0, quality);
    return b().jpeg(checkThis(this), quality);
  }

  toBitmap(options) {
    return b().bitmap(checkThis(this), scaleFrom(options));
  }

  getBitmap(options) {
    checkThis(this);
    if (!getBitmapWarned) {
      getBitmapWarned = true;
      process.emitWarning('getBitmap() is deprecated, use toBitmap() instead.', 'DeprecationWarning');
    }
    return b().bitmap(this, scaleFrom(options));
  }

  toDataURL(options) {
    const png = b().png(checkThis(this), scaleFrom(options));
    return 'data:image/png;base64,' + Buffer.from(png.buffer, png.byteOffset, png.length).toString('base64');
  }

  getNativeHandle() {
    checkThis(this);
    throw new Error('Not implemented');
  }

  isEmpty() {
    return b().scales(checkThis(this)).length === 0;
  }

  getSize(scaleFactor) {
    if (scaleFactor !== undefined && typeof scaleFactor !== 'number') throw conversionFailure(0, scaleFactor);
    const s = b().size(checkThis(this), scaleFactor === undefined ? 1 : scaleFactor);
    return { width: s[0], height: s[1] };
  }

  getScaleFactors() {
    return b().scales(checkThis(this));
  }

  getAspectRatio(scaleFactor) {
    const { width, height } = this.getSize(scaleFactor);
    // a C float in Electron
    return width === 0 || height === 0 ? 1 : Math.fround(width / height);
  }

  resize(options) {
    checkThis(this);
    if (!isObject(options)) throw conversionFailure(0, options);
    const sf = scaleFrom(arguments[1]);
    const cur = this.getSize(sf);
    const hasW = isInt32(options.width);
    const hasH = isInt32(options.height);
    let width = hasW ? options.width : cur.width;
    let height = hasH ? options.height : cur.height;
    if (width <= 0 && height <= 0) return createEmpty();
    if (hasW && !hasH) {
      height = Math.round(width / this.getAspectRatio(sf));
    } else if (hasH && !hasW) {
      width = Math.round(height * this.getAspectRatio(sf));
    }
    const q = options.quality === 'good' ? 0 : options.quality === 'better' ? 1 : 2;
    return b().resize(this, width, height, q);
  }

  crop(rect) {
    checkThis(this);
    if (!isObject(rect) || !isInt32(rect.x) || !isInt32(rect.y) || !isInt32(rect.width) ||
        !isInt32(rect.height)) {
      throw conversionFailure(0, rect);
    }
    const size = this.getSize();
    // clip to the image (in DIPs) as Chromium's ExtractSubset does
    const x = Math.max(rect.x, 0);
    const y = Math.max(rect.y, 0);
    const right = Math.min(rect.x + Math.max(rect.width, 0), size.width);
    const bottom = Math.min(rect.y + Math.max(rect.height, 0), size.height);
    if (right <= x || bottom <= y) return createEmpty();
    return b().crop(this, x, y, right - x, bottom - y);
  }

  addRepresentation(options) {
    checkThis(this);
    if (!isObject(options)) throw conversionFailure(0, options);
    const width = isInt32(options.width) ? options.width : 0;
    const height = isInt32(options.height) ? options.height : 0;
    const scale = typeof options.scaleFactor === 'number' ? options.scaleFactor : 1;
    if (isBuffer(options.buffer)) {
      if (!b().addEncoded(this, options.buffer, scale, false)) b().addBitmap(this, options.buffer, width, height, scale);
    } else if (typeof options.dataURL === 'string') {
      const parsed = parseDataURL(options.dataURL);
      if (parsed && (parsed.mime === 'image/png' || parsed.mime === 'image/jpeg')) {
        b().addEncoded(this, parsed.data, scale, false);
      }
    }
  }

  setTemplateImage(option) {
    checkThis(this);
    if (typeof option !== 'boolean') throw conversionFailure(0, option);
    // Template images are a macOS idea; Electron ignores them elsewhere.
  }

  isTemplateImage() {
    checkThis(this);
    return false;
  }

  get isMacTemplateImage() {
    return false;
  }

  set isMacTemplateImage(v) {
    // no-op off macOS, like setTemplateImage
  }
}

// data:[<mime>][;param=value]*[;base64],<data>, as Chromium's DataURL::Parse
// reads it: the mime type lower-cased, base64 tolerant of whitespace, the
// rest percent-decoded. Returns { mime, data: Buffer } or null.
function parseDataURL(url) {
  const m = /^\s*data:([^,]*),/i.exec(url);
  if (m === null) return null;
  const meta = m[1].split(';').map((s) => s.trim());
  const mime = (meta[0] || 'text/plain').toLowerCase();
  const base64 = meta.slice(1).some((p) => p.toLowerCase() === 'base64');
  const rest = url.slice(m[0].length);
  let data;
  if (base64) {
    const clean = decodeURIComponentSafe(rest).replace(/[\s]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
    data = Buffer.from(clean, 'base64');
  } else {
    data = Buffer.from(decodeURIComponentSafe(rest), 'latin1');
  }
  return { mime, data };
}

function decodeURIComponentSafe(s) {
  return s.replace(/%([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

function createEmpty() {
  return b().create();
}

// foo@2x.png → 2; null when the name carries no scale.
function scaleFromName(base) {
  const m = /@(\d+(?:\.\d+)?)x$/.exec(base.replace(/\.[^./]*$/, ''));
  return m === null ? null : Number(m[1]);
}

const kScaleSuffixes = [
  ['@1x', 1], ['@1.25x', 1.25], ['@1.33x', 1.33], ['@1.4x', 1.4], ['@1.5x', 1.5], ['@1.8x', 1.8],
  ['@2x', 2], ['@2.5x', 2.5], ['@3x', 3], ['@4x', 4], ['@5x', 5],
];

function createFromPath(path) {
  if (typeof path !== 'string') throw conversionFailure(0, path);
  const img = createEmpty();
  if (path === '' || path.includes('\0')) return img;
  const pathMod = require('path');
  if (path.split(/[\\/]/).includes('..')) path = pathMod.resolve(path);
  const base = pathMod.basename(path);
  const named = scaleFromName(base);
  if (named !== null) {
    b().addFile(img, path, named > 0 ? named : 1);
    return img;
  }
  b().addFile(img, path, 1);
  const ext = pathMod.extname(base);
  const stem = path.slice(0, path.length - ext.length);
  for (const [suffix, scale] of kScaleSuffixes) {
    if (scale === 1 && b().scales(img).includes(1)) continue;
    b().addFile(img, stem + suffix + ext, scale);
  }
  return img;
}

function createFromBuffer(buffer, options) {
  if (!isBuffer(buffer)) throw new Error('buffer must be a node Buffer');
  let width = 0;
  let height = 0;
  let scale = 1;
  if (isObject(options)) {
    if (isInt32(options.width)) width = options.width;
    if (isInt32(options.height)) height = options.height;
    if (typeof options.scaleFactor === 'number') scale = options.scaleFactor;
  }
  const img = createEmpty();
  if (!b().addEncoded(img, buffer, scale, false)) b().addBitmap(img, buffer, width, height, scale);
  return img;
}

function createFromBitmap(buffer, options) {
  if (!isBuffer(buffer)) throw new Error('buffer must be a node Buffer');
  if (!isObject(options)) throw conversionFailure(1, options);
  const { width, height } = options;
  if (!isUint32(width)) throw new Error('width is required');
  if (!isUint32(height)) throw new Error('height is required');
  if (width * height * 4 !== buffer.byteLength) throw new Error('invalid buffer size');
  const scale = typeof options.scaleFactor === 'number' ? options.scaleFactor : 1;
  const img = createEmpty();
  if (width !== 0 && height !== 0) b().addBitmap(img, buffer, width, height, scale);
  return img;
}

function createFromDataURL(dataURL) {
  if (typeof dataURL !== 'string') throw conversionFailure(0, dataURL);
  const img = createEmpty();
  const parsed = parseDataURL(dataURL);
  if (parsed !== null && (parsed.mime === 'image/png' || parsed.mime === 'image/jpeg')) {
    b().addEncoded(img, parsed.data, 1, false);
  }
  return img;
}

function createFromNamedImage(imageName) {
  if (typeof imageName !== 'string') throw conversionFailure(0, imageName);
  return createEmpty(); // named system images are macOS only
}

Object.defineProperty(NativeImage, 'name', { value: 'NativeImage' });

const nativeImage = {
  createEmpty,
  createFromPath,
  createFromBuffer,
  createFromBitmap,
  createFromDataURL,
  createFromNamedImage,
};

module.exports = { nativeImage, NativeImage };
