// global.js — the global console: a Console-like object (not an instance:
// `console.log` etc. are own bound functions) whose streams are
// process.stdout and process.stderr, looked up on each write.
'use strict';

const { Console, kBindStreamsLazy, kBindProperties } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };
for (const prop of Reflect.ownKeys(Console.prototype)) {
  if (prop === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { value: prop });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}
globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');
globalConsole.Console = Console;
// V8 inspector methods: without an inspector attached they do nothing.
for (const name of ['profile', 'profileEnd', 'timeStamp']) globalConsole[name] = function() {};
globalConsole.context = function context() { return globalConsole; };
globalConsole.createTask = function createTask() { return { run: (fn) => fn() }; };

module.exports = globalConsole;
