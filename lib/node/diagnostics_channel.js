// diagnostics_channel.js — node:diagnostics_channel: named channels that
// libraries publish to and tools subscribe to (channel, subscribe,
// unsubscribe, hasSubscribers) and TracingChannel (start/end/asyncStart/
// asyncEnd/error around a sync call, a promise or a callback). A subscriber
// that throws does not stop the publisher: its error is rethrown on a later
// tick, as in Node. Stores (bindStore/runStores) need AsyncLocalStorage,
// which cathode does not have: runStores just runs the function.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map(); // name → Channel

class Channel {
  constructor(name) {
    this._subscribers = [];
    this.name = name;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const i = this._subscribers.indexOf(subscription);
    if (i === -1) return false;
    this._subscribers = [...this._subscribers.slice(0, i), ...this._subscribers.slice(i + 1)];
    return true;
  }

  publish(data) {
    for (const fn of this._subscribers) {
      try {
        fn(data, this.name);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  bindStore() {}

  unbindStore() {
    return false;
  }

  runStores(data, fn, thisArg, ...args) {
    this.publish(data);
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  let c = channels.get(name);
  if (c === undefined) {
    c = new Channel(name);
    channels.set(name, c);
  }
  return c;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const c = channels.get(name);
  return c !== undefined && c.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      let c;
      if (typeof nameOrChannels === 'string') c = channel(`tracing:${nameOrChannels}:${event}`);
      else if (nameOrChannels !== null && typeof nameOrChannels === 'object' && nameOrChannels[event] instanceof Channel) {
        c = nameOrChannels[event];
      } else {
        throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
      }
      this[event] = c;
    }
  }

  get hasSubscribers() {
    return traceEvents.some((e) => this[e].hasSubscribers);
  }

  subscribe(handlers) {
    for (const e of traceEvents) if (handlers[e]) this[e].subscribe(handlers[e]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const e of traceEvents) if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
    return done;
  }

  // start, the synchronous part, error (when it throws), end
  #traced(context, call) {
    this.start.publish(context);
    try {
      return call();
    } catch (err) {
      context.error = err;
      this.error.publish(context);
      throw err;
    } finally {
      this.end.publish(context);
    }
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.#traced(context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const settled = () => {
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
    };
    const resolve = (result) => {
      context.result = result;
      settled();
      return result;
    };
    const reject = (err) => {
      context.error = err;
      this.error.publish(context);
      settled();
      return Promise.reject(err);
    };
    return this.#traced(context, () => Promise.resolve(Reflect.apply(fn, thisArg, args)).then(resolve, reject));
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    const self = this;
    args[index] = function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        self.error.publish(context);
      } else {
        context.result = result;
      }
      self.asyncStart.publish(context);
      try {
        return Reflect.apply(callback, this, arguments);
      } finally {
        self.asyncEnd.publish(context);
      }
    };
    return this.#traced(context, () => Reflect.apply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
