// deprecate.js — Electron's internal deprecation helpers (its
// lib/common/deprecate): one warning per deprecated item, routed to a
// handler when one is set, else thrown (process.throwDeprecation), traced
// (process.traceDeprecation) or printed as "(electron) <message>". The
// wrappers keep `this`, arguments and return values. Electron's spec
// (deprecate-spec) runs against this file.
'use strict';

let handler = null;

function setHandler(fn) {
  handler = fn;
}

function getHandler() {
  return handler;
}

function log(message) {
  if (typeof handler === 'function') {
    handler(message);
    return undefined;
  }
  if (process.throwDeprecation) throw new Error(message);
  if (process.traceDeprecation) return console.trace(message);
  return console.warn(`(electron) ${message}`);
}

// a function that logs `message` the first time it is called (never when
// process.noDeprecation is set)
function warnOnceMessage(message) {
  let done = false;
  return () => {
    if (done || process.noDeprecation) return;
    done = true;
    log(message);
  };
}

function warnOnce(oldName, newName) {
  if (newName) {
    return warnOnceMessage(`'${oldName}' is deprecated and will be removed. Please use '${newName}' instead.`);
  }
  return warnOnceMessage(`'${oldName}' is deprecated and will be removed.`);
}

function warn(oldName, newName) {
  if (process.noDeprecation) return;
  log(`'${oldName}' is deprecated. Use '${newName}' instead.`);
}

function wrapWithWarning(fn, warning) {
  return function deprecated(...args) {
    warning();
    return fn.apply(this, args);
  };
}

function removeFunction(fn, removedName) {
  if (!fn) throw new Error(`'${removedName} function' is invalid or does not exist.`);
  return wrapWithWarning(fn, warnOnce(`${fn.name} function`));
}

function renameFunction(fn, newName) {
  return wrapWithWarning(fn, warnOnce(`${fn.name} function`, `${newName} function`));
}

function moveAPI(fn, oldUsage, newUsage) {
  return wrapWithWarning(fn, warnOnce(oldUsage, newUsage));
}

// oldName re-emitted for listeners of it whenever newName is emitted, with
// the arguments `transform` makes (undefined: not re-emitted); a newName
// starting with '-' is internal and is not named in the warning
function event(emitter, oldName, newName, transform = (...args) => args) {
  const warning = newName.startsWith('-') ? warnOnce(`${oldName} event`) :
    warnOnce(`${oldName} event`, `${newName} event`);
  return emitter.on(newName, function reemit(...args) {
    if (this.listenerCount(oldName) === 0) return;
    warning();
    const mapped = transform(...args);
    if (mapped) this.emit(oldName, ...mapped);
  });
}

// an accessor property of the object's prototype, kept working behind a
// warning (onlyForValues: warn on assignment of those values only)
function removeProperty(object, removedName, onlyForValues) {
  const proto = Object.getPrototypeOf(object);
  const desc = proto === null ? undefined : Object.getOwnPropertyDescriptor(proto, removedName);
  if (!desc) {
    log(`Unable to remove property '${removedName}' from an object that lacks it.`);
    return object;
  }
  if (!desc.get || !desc.set) {
    log(`Unable to remove property '${removedName}' from an object does not have a getter / setter`);
    return object;
  }
  const warning = warnOnce(removedName);
  return Object.defineProperty(object, removedName, {
    configurable: true,
    get() {
      warning();
      return desc.get.call(object);
    },
    set(value) {
      if (!onlyForValues || onlyForValues.includes(value)) warning();
      desc.set.call(object, value);
    },
  });
}

// oldName becomes an accessor for newName (taking over oldName's value
// when newName does not exist yet)
function renameProperty(object, oldName, newName) {
  const warning = warnOnce(oldName, newName);
  if (oldName in object && !(newName in object)) {
    warning();
    object[newName] = object[oldName];
  }
  return Object.defineProperty(object, oldName, {
    get() {
      warning();
      return object[newName];
    },
    set(value) {
      warning();
      object[newName] = value;
    },
  });
}

module.exports = {
  setHandler, getHandler, log, warn, warnOnce, warnOnceMessage,
  removeFunction, renameFunction, moveAPI, event, removeProperty, renameProperty,
};
