// win32.js — path.win32: Windows path handling ('\' and '/' both separate,
// drive letters, UNC roots \\server\share, per-drive current directories in
// resolve()). node:path loads it lazily as path.win32; on this (POSIX)
// platform process.cwd() is a POSIX path, which win32 reads as rooted.
'use strict';

const { validateObject, validateString } = require('internal/validators');

const kBackslash = 92;
const kSlash = 47;
const kColon = 58;
const kDot = 46;

function isSep(c) { return c === kSlash || c === kBackslash; }
function isDriveLetter(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

// Splits off the root of a path. Returns { device, rootEnd, absolute, unc }:
// device is 'C:' or '\\server\share' (or ''), rootEnd the index where the
// rest begins, absolute whether a separator follows the device (or the path
// starts with one).
function splitRoot(path) {
  const len = path.length;
  if (len === 0) return { device: '', rootEnd: 0, absolute: false, unc: false };
  const c0 = path.charCodeAt(0);
  if (isSep(c0)) {
    if (len > 1 && isSep(path.charCodeAt(1))) {
      // \\server\share: both parts must be present
      let j = 2;
      while (j < len && !isSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        while (j < len && isSep(path.charCodeAt(j))) j++;
        if (j < len) {
          const shareStart = j;
          while (j < len && !isSep(path.charCodeAt(j))) j++;
          return { device: `\\\\${server}\\${path.slice(shareStart, j)}`, rootEnd: j, absolute: true, unc: true };
        }
      }
      // two leading separators without a full UNC root
      return { device: '', rootEnd: 0, absolute: true, unc: false };
    }
    return { device: '', rootEnd: 1, absolute: true, unc: false };
  }
  if (len > 1 && isDriveLetter(c0) && path.charCodeAt(1) === kColon) {
    if (len > 2 && isSep(path.charCodeAt(2))) return { device: path.slice(0, 2), rootEnd: 3, absolute: true, unc: false };
    return { device: path.slice(0, 2), rootEnd: 2, absolute: false, unc: false };
  }
  return { device: '', rootEnd: 0, absolute: false, unc: false };
}

// Resolves '.' and '..' among the segments of path (no root); '..' above the
// start is kept only when allowAboveRoot. Separators in the result are '\'.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('\\');
}

function cwd() {
  return process.cwd();
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = cwd();
      } else {
        // each drive has its own current directory, kept by cmd.exe in the
        // environment as "=C:"; without it, use the drive's root
        path = process.env[`=${device}`] || cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === kBackslash)) {
          path = `${device}\\`;
        }
      }
      const root = splitRoot(path);
      if (root.device.length > 0) {
        if (device.length > 0) {
          // a path on another drive does not apply
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = root.device;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSep(path.charCodeAt(0)) ? '\\' : path;
    const root = splitRoot(path);
    if (root.unc && root.rootEnd === len) return `${root.device}\\`;
    let tail = root.rootEnd < len ? normalizeSegments(path.slice(root.rootEnd), !root.absolute) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
    if (root.absolute) return `${root.device}\\${tail}`;
    return `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isSep(c0) ||
      (len > 2 && isDriveLetter(c0) && path.charCodeAt(1) === kColon && isSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // A joined path must not start with two separators unless the first
    // argument clearly meant a UNC path (exactly two, then a name), or
    // normalize() would read a UNC root into it.
    const uncIntended = first.length > 2 && isSep(first.charCodeAt(0)) && isSep(first.charCodeAt(1)) &&
      !isSep(first.charCodeAt(2));
    if (!uncIntended) {
      let n = 0;
      while (n < joined.length && isSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    // ignore leading backslashes and (UNC) trailing ones
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === kBackslash) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === kBackslash) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === kBackslash) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === kBackslash) toEnd--;
    const toLen = toEnd - toStart;

    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const c = from.charCodeAt(fromStart + i);
      if (c !== to.charCodeAt(toStart + i)) break;
      if (c === kBackslash) lastCommonSep = i;
    }
    if (i !== length) {
      // different before any shared directory (e.g. another drive)
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // from is a prefix directory of to, or the drive root
        if (to.charCodeAt(toStart + i) === kBackslash) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === kBackslash) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === kBackslash) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === kBackslash) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // only non-empty strings are converted; anything else passes through
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === kBackslash) {
      if (resolved.charCodeAt(1) === kBackslash) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== 63 && c2 !== kDot) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === kColon &&
               resolved.charCodeAt(2) === kBackslash) {
      return `\\\\?\\${resolved}`;
    }
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const c0 = path.charCodeAt(0);
    if (len === 1) return isSep(c0) ? path : '.';
    const root = splitRoot(path);
    if (root.unc) {
      // a UNC root alone is its own dirname
      if (root.rootEnd === len) return path;
      rootEnd = offset = root.rootEnd + 1;
    } else if (isSep(c0)) {
      rootEnd = offset = 1;
    } else if (root.device.length > 0) {
      rootEnd = offset = root.absolute ? 3 : 2;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; i--) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let start = 0;
    // a drive prefix is never part of the base name
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === kColon) start = 2;
    let end = -1;
    let matchedSlash = true;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      let extIdx = suffix.length - 1;
      let firstNonSlashEnd = -1;
      for (let i = path.length - 1; i >= start; i--) {
        const code = path.charCodeAt(i);
        if (isSep(code)) {
          if (!matchedSlash) {
            start = i + 1;
            break;
          }
        } else {
          if (firstNonSlashEnd === -1) {
            matchedSlash = false;
            firstNonSlashEnd = i + 1;
          }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1) end = i;
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end) end = firstNonSlashEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (let i = path.length - 1; i >= start; i--) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    let start = 0;
    if (path.length >= 2 && path.charCodeAt(1) === kColon && isDriveLetter(path.charCodeAt(0))) start = 2;
    const part = extParts(path, start);
    return part === null ? '' : path.slice(part.dot, part.end);
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const c0 = path.charCodeAt(0);
    if (len === 1) {
      if (isSep(c0)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    let rootEnd = 0;
    const root = splitRoot(path);
    if (root.unc) {
      rootEnd = root.rootEnd === len ? len : root.rootEnd + 1;
    } else if (isSep(c0)) {
      rootEnd = 1;
    } else if (root.device.length > 0) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    let startPart = rootEnd;
    let end = -1;
    let matchedSlash = true;
    let i = len - 1;
    for (; i >= rootEnd; i--) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end !== -1) {
      const part = extParts(path, startPart);
      if (part === null) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, part.dot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(part.dot, end);
      }
    }
    // the dir keeps the root; otherwise it is everything before the base
    if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    return require('internal/fs/glob').matchGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// Finds the extension of the last segment of path at or after start:
// { dot, end } or null when there is none ('.', '..', '.bashrc', 'a').
function extParts(path, start) {
  let startDot = -1;
  let startPart = start;
  let end = -1;
  let matchedSlash = true;
  // 0: the last dot starts the segment; -1: a non-dot precedes it; 1: it
  // follows another dot
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === kDot) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    return null;
  }
  return { dot: startDot, end };
}

module.exports = win32;
