// blob.js — node:internal/blob: Blob and File (from node:buffer and the
// globals). The bytes live in one private Uint8Array per Blob, copied at
// construction; slice() shares it. stream() needs node:stream/web.
'use strict';

const {
  codes: { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

const binding = internalBinding('buffer');
const kMaxLength = 2 ** 32; // node:buffer's kMaxLength (not required: it requires us)

let isBlob; // set in Blob's static block: only code inside the class sees #bytes

// A MIME type is kept only when it is printable ASCII; it is lower-cased.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function relativeIndex(v, size) {
  v = Math.trunc(+v) || 0;
  if (v < 0) return Math.max(size + v, 0);
  return Math.min(v, size);
}

class Blob {
  #bytes;
  #type;

  static {
    isBlob = (v) => v != null && typeof v === 'object' && #bytes in v;
  }

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { type = '', endings = 'transparent' } = options ?? {};
    const ending = `${endings}`;
    if (ending !== 'transparent' && ending !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    // Views are measured before anything is copied, so an oversized Blob
    // fails fast instead of after copying gigabytes.
    const parts = [];
    let length = 0;
    for (const source of sources) {
      let part;
      if (isBlob(source)) {
        part = source.#bytes;
      } else if (ArrayBuffer.isView(source)) {
        part = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
      } else if (binding.isAnyArrayBuffer(source)) {
        part = new Uint8Array(source);
      } else {
        let str = `${source}`;
        if (ending === 'native') str = str.replace(/\r\n|\r/g, '\n');
        part = binding.encode(str, binding.kUtf8);
      }
      parts.push(part);
      length += part.length;
      if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);
    }
    const bytes = new Uint8Array(length);
    let pos = 0;
    for (const part of parts) {
      bytes.set(part, pos);
      pos += part.length;
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.length;
    const from = relativeIndex(start, size);
    const to = end === undefined ? size : relativeIndex(end, size);
    const blob = new Blob();
    blob.#bytes = this.#bytes.subarray(from, Math.max(from, to));
    blob.#type = normalizeType(contentType);
    return blob;
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const { TextDecoder } = require('internal/encoding');
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this.#bytes.slice().buffer);
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this.#bytes.slice());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = this.#bytes;
    const ReadableStream = globalThis.ReadableStream ?? require('stream/web').ReadableStream;
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `Blob { size: ${this.size}, type: '${this.type}' }`;
  }
}

// WebIDL attributes and operations are enumerable; class members are not.
function makeEnumerable(proto, names) {
  for (const name of names) {
    Object.defineProperty(proto, name, { enumerable: true });
  }
}
makeEnumerable(Blob.prototype, ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer', 'bytes']);
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lastModified = options?.lastModified;
    this.#lastModified = lastModified !== undefined ? Math.trunc(+lastModified) || 0 : Date.now();
  }

  get name() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `File { size: ${this.size}, type: '${this.type}', name: '${this.#name}', ` +
      `lastModified: ${this.#lastModified} }`;
  }
}

makeEnumerable(File.prototype, ['name', 'lastModified']);
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// Blob URLs (URL.createObjectURL) are not supported: nothing resolves.
function resolveObjectURL(url) {
  void url;
  return undefined;
}

module.exports = { Blob, File, isBlob, resolveObjectURL };
