// internal/child_process.js — the ChildProcess class over the process
// handle of internalBinding('child_process') (src/core/child_process.c),
// stdio normalisation shared by spawn and spawnSync, and the IPC channel
// (newline-delimited JSON over a libuv IPC pipe, Node's 'json' format).
'use strict';

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_MISSING_ARGS, ERR_UNKNOWN_SIGNAL,
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
  },
  errnoException,
} = require('internal/errors');
const { validateObject, validateString, validateArray, validateOneOf } = require('internal/validators');

const cpb = internalBinding('child_process');
const sw = internalBinding('stream_wrap');
const { os: { signals }, uv: UV } = internalBinding('constants');

// signal number -> first name (SIGABRT before SIGIOT, SIGIO before SIGPOLL)
const signalNames = {};
for (const name of Object.keys(signals)) signalNames[signals[name]] ??= name;

function signalName(num) {
  return signalNames[num] ?? null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

let net;
function lazyNet() {
  return (net ??= require('net'));
}

function createSocket(handle, readable) {
  return lazyNet().Socket({ handle: handle ?? undefined, readable });
}

function isStream(s) {
  return s !== null && typeof s === 'object' && typeof s.pipe === 'function' &&
    (s._handle !== undefined || typeof s.fd === 'number');
}

// Turns the `stdio` option into one descriptor per slot:
//   { type: 'ignore' } | { type: 'pipe', handle, readable, writable }
//   | { type: 'fd', fd } | { type: 'wrap', handle } (a net.Socket's handle)
// For sync (spawnSync) no handles are made: C creates its own pipes.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'overlapped':
      case 'pipe': stdio = [stdio, stdio, stdio]; break;
      case 'inherit': stdio = [0, 1, 2]; break;
      default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  const cleanup = () => {
    for (const s of out) if (s.type === 'pipe' && s.handle) s.handle.close();
  };
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const a = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) a.handle = sw.newPipe(false);
      out.push(a);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        throw sync ? new ERR_IPC_SYNC_FORK() : new ERR_IPC_ONE_PIPE();
      }
      ipc = sw.newPipe(true);
      ipcFd = i;
      out.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s?.fd === 'number') {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (isStream(s) && s._handle) {
      out.push({ type: 'wrap', handle: s._handle, wrapType: 'pipe', _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_ARG_VALUE('stdio', s);
      }
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

// Marks a stream handed to a child as its stdio: we must not read from it.
const kIsUsedForIO = Symbol('kIsUsedForIO');

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// Unconsumed output would keep a pipe (and 'close') waiting: drain it.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedForIO] ||
        stream._readableState?.readableListening) continue;
    stream.resume();
  }
}

const spawnErrorsReportedAsync = new Set([
  UV.UV_EACCES, UV.UV_EAGAIN, UV.UV_EMFILE, UV.UV_ENFILE, UV.UV_ENOENT,
]);

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = cpb.newProcess();
  this._handle.onexit = (exitCode, signalCode) => {
    if (signalCode) this.signalCode = signalName(signalCode);
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
  try {
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization || 'json'}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
  } catch (err) {
    // the pipes made for stdio would otherwise stay open
    for (const s of stdio) if (s.type === 'pipe') s.handle.close();
    throw err;
  }

  const err = this._handle.spawn({ ...options, stdio });
  if (err !== 0 && spawnErrorsReportedAsync.has(err)) {
    process.nextTick(() => { if (this._handle) this._handle.onexit(err, 0); });
  } else if (err !== 0) {
    this._handle.close();
    this._handle = null;
    for (const s of stdio) if (s.type === 'pipe') s.handle.close();
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(() => this.emit('spawn'));
  }
  if (err === 0) this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (stream.type === 'ignore') continue;
    if (stream.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (stream.type === 'wrap') {
      // the child reads this stream now: stop reading it here, and keep it
      // out of flushStdio
      const s = stream._stdio;
      s._handle?.readStop();
      s._reading = false;
      s.pause();
      if (s._readableState) {
        s._readableState.reading = false;
        s.readableFlowing = false;
      }
      s[kIsUsedForIO] = true;
      continue;
    }
    if (stream.handle) {
      if (err !== 0) {
        stream.handle.close();
        stream.socket = createSocket(null, i > 0);
        continue;
      }
      stream.socket = createSocket(stream.handle, i > 0);
      if (i > 0) {
        this._closesNeeded++;
        stream.socket.on('close', () => maybeClose(this));
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));

  if (ipc !== undefined) {
    if (err === 0) setupChannel(this, ipc, options.serialization);
    else ipc.close();
  }
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV.UV_ESRCH) {
      // already gone: 'exit' is on its way
    } else if (err === UV.UV_EINVAL || err === UV.UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function() {
  if (this._handle) this._handle.unref();
};

// ---- IPC: one JSON document per line ----

// Sets up target.send/disconnect/connected over an IPC pipe handle; used for
// both ends (the parent's ChildProcess, the child's process object).
function setupChannel(target, channel, serialization = 'json') {
  let encode = JSON.stringify;
  let decode = JSON.parse;
  if (serialization === 'advanced') {
    ({ encode, decode } = require('internal/child_process/serialization'));
  }
  target.channel = channel;
  target._channel = channel;
  Object.defineProperty(channel, 'fd', { get() { return channel.getFd(); }, configurable: true });
  target.connected = true;
  // pieces of the line being received: only new data is searched for the
  // newline, so a message of many chunks costs linear time
  let pieces = [];
  const decoder = new (require('string_decoder').StringDecoder)('utf8');

  channel.onread = (nread, buf) => {
    if (nread > 0) {
      let str = decoder.write(buf);
      let nl;
      while ((nl = str.indexOf('\n')) !== -1) {
        pieces.push(str.slice(0, nl));
        const line = pieces.length === 1 ? pieces[0] : pieces.join('');
        pieces = [];
        str = str.slice(nl + 1);
        if (line.length === 0) continue;
        let message;
        try {
          message = decode(line);
        } catch (e) {
          target.emit('error', e);
          continue;
        }
        // one tick per message: a throwing listener must not stop the rest
        if (message !== null && typeof message === 'object' &&
            typeof message.cmd === 'string' && message.cmd.startsWith('NODE_')) {
          process.nextTick(() => target.emit('internalMessage', message));
        } else {
          process.nextTick(() => target.emit('message', message, undefined));
        }
      }
      if (str.length > 0) pieces.push(str);
      return;
    }
    // EOF or error: the other end went away
    target._disconnect();
  };
  channel.readStart();

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (handle !== undefined && handle !== null) {
      // passing sockets/servers to another process is not implemented
      throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('sending handles over IPC');
    }
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (!this.connected) {
      const ex = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
      return false;
    }
    const r = channel.writev([`${encode(message)}\n`], (status) => {
      if (typeof callback === 'function') callback(status < 0 ? errnoException(status, 'write') : null);
    });
    if (r === 1 && typeof callback === 'function') process.nextTick(callback, null);
    else if (r < 0) {
      const ex = errnoException(r, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
    }
    return true;
  };

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this._disconnect();
  };

  target._disconnect = function() {
    if (!this.connected) return;
    this.connected = false;
    channel.onread = null;
    channel.close();
    if (this._handleQueue) this._handleQueue = null;
    process.nextTick(() => {
      if (this !== process) maybeClose(this);
      this.emit('disconnect');
    });
  };

  // the channel keeps the loop alive only while someone listens
  const refresh = () => {
    if (!target.connected) return;
    if (target.listenerCount('message') > 0 || target.listenerCount('disconnect') > 0) channel.ref();
    else channel.unref();
  };
  if (target === process) {
    target.on('newListener', () => process.nextTick(refresh));
    target.on('removeListener', () => process.nextTick(refresh));
    refresh();
  }
  return channel;
}

// Child side: NODE_CHANNEL_FD names an IPC pipe the parent opened for us.
function setupChannelFromEnv() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  const channel = sw.newPipe(true);
  if (channel.open(fd) !== 0) {
    channel.close();
    return;
  }
  setupChannel(process, channel, serialization);
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  setupChannel,
  setupChannelFromEnv,
  signalName,
};
