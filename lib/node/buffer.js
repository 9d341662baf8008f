// buffer.js — node:buffer. (Bootstrap version: the Buffer class shape only;
// the buffer work fills in the API.)
'use strict';

class FastBuffer extends Uint8Array {}
function Buffer() {}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });

module.exports = { Buffer, FastBuffer };
