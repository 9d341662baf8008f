// event.js — the Event objects main-process modules pass to listeners:
// preventDefault() + defaultPrevented, plus whatever fields an event adds
// (sender, url, ...). Electron's events are plain objects of this shape.
'use strict';

function makeEvent(fields) {
  const ev = {
    defaultPrevented: false,
    preventDefault() { this.defaultPrevented = true; },
  };
  if (fields !== undefined) Object.assign(ev, fields);
  return ev;
}

// Emits `name` with a fresh event first; returns the event.
function emitPreventable(emitter, name, fields, ...args) {
  const ev = makeEvent(fields);
  emitter.emit(name, ev, ...args);
  return ev;
}

module.exports = { makeEvent, emitPreventable };
