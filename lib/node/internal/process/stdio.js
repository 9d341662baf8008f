// stdio.js — process.stdout, process.stderr and process.stdin, created on
// first use. stdout and stderr write synchronously (as Node does for files,
// TTYs and pipes on Linux), so output order matches the program's order and
// nothing is lost at process.exit().
'use strict';

const fsb = internalBinding('fs');
const pb = internalBinding('process');

function createWritableStdioStream(fd) {
  const type = pb.guessHandleType(fd);
  let Writable;
  try {
    ({ Writable } = require('stream'));
  } catch {
    // stream cannot load (a broken build): write through a bare emitter so
    // errors can still be reported
    const EventEmitter = require('events');
    Writable = class extends EventEmitter {
      constructor(opts) { super(); this._writeImpl = opts.write; }
      write(chunk, encoding, cb) {
        if (typeof encoding === 'function') { cb = encoding; encoding = 'utf8'; }
        this._writeImpl(chunk, encoding, (err) => { if (cb) cb(err); });
        return true;
      }
      end(chunk, encoding, cb) { if (chunk != null) this.write(chunk, encoding); if (typeof cb === 'function') cb(); }
    };
  }
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      try {
        if (typeof chunk === 'string') fsb.writeString(fd, chunk, encoding);
        else fsb.writeBuffer(fd, chunk);
      } catch (err) {
        if (err.code === 'EPIPE') { cb(); return; }
        cb(err);
        return;
      }
      cb();
    },
  });
  stream.fd = fd;
  stream._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = function(err, cb) { cb(err); };
  if (type === 'TTY') {
    stream.isTTY = true;
    const size = () => pb.ttyWindowSize(fd) || [80, 24];
    Object.defineProperty(stream, 'columns', { get: () => size()[0], enumerable: true, configurable: true });
    Object.defineProperty(stream, 'rows', { get: () => size()[1], enumerable: true, configurable: true });
    stream.getWindowSize = () => size();
    stream.hasColors = (count = 16) => {
      const env = process.env;
      if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
      if (env.FORCE_COLOR === '0') return false;
      return count <= 256;
    };
    stream.getColorDepth = () => (stream.hasColors() ? 8 : 1);
    stream.cursorTo = (x, y, cb) => require('readline').cursorTo(stream, x, y, cb);
    stream.moveCursor = (dx, dy, cb) => require('readline').moveCursor(stream, dx, dy, cb);
    stream.clearLine = (dir, cb) => require('readline').clearLine(stream, dir, cb);
    stream.clearScreenDown = (cb) => require('readline').clearScreenDown(stream, cb);
  } else {
    stream.isTTY = false;
    stream.hasColors = () => false;
    stream.getColorDepth = () => 1;
  }
  return stream;
}

// process.stdin: an fs.ReadStream for files, a tty.ReadStream for terminals,
// a net.Socket for pipes and sockets. Reading starts only when someone reads,
// and stops again on pause(), so an idle stdin never keeps the process alive.
function createStdin() {
  const fd = 0;
  const type = pb.guessHandleType(fd);
  let stream;
  if (type === 'FILE') {
    const fs = require('fs');
    stream = new fs.ReadStream(null, { fd, autoClose: false });
  } else if (type === 'TTY') {
    const tty = require('tty');
    stream = new tty.ReadStream(fd);
  } else if (type === 'PIPE' || type === 'TCP' || type === 'UNIX') {
    const net = require('net');
    if (process.channel && process.channel.fd === fd) {
      // fd 0 is our IPC channel (fork with stdio 'ipc' first): it is not
      // ours to read as a byte stream
      stream = new net.Socket({ readable: false, writable: false });
    } else {
      stream = new net.Socket({ fd, readable: true, writable: false, manualStart: true });
    }
  } else {
    const { Readable } = require('stream');
    stream = new Readable({ read() { this.push(null); } });
  }
  stream.fd = fd;
  if (stream._handle && typeof stream._handle.readStop === 'function') {
    stream.on('pause', () => process.nextTick(() => {
      if (stream._handle && stream._reading && !stream.readableFlowing) {
        stream._reading = false;
        if (stream._readableState) stream._readableState.reading = false;
        stream._handle.readStop();
      }
    }));
  }
  return stream;
}

function setup(process) {
  let stdout, stderr, stdin;
  Object.defineProperty(process, 'stdout', {
    configurable: true, enumerable: false,
    get() { return stdout ??= createWritableStdioStream(1); },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true, enumerable: false,
    get() { return stderr ??= createWritableStdioStream(2); },
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true, enumerable: false,
    get() { return stdin ??= createStdin(); },
  });
  process.openStdin = function() { process.stdin.resume(); return process.stdin; };
}

module.exports = { setup };
