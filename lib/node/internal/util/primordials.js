// primordials.js — the built-in functions util, inspect and assert use,
// captured before user code runs. A test (or an app) that replaces
// Object.keys or JSON.stringify must not change how values are printed or
// compared. Only what those modules need is here; add names as needed.
'use strict';

module.exports = {
  ObjectAssign: Object.assign,
  ObjectDefineProperty: Object.defineProperty,
  ObjectDefineProperties: Object.defineProperties,
  ObjectGetOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
  ObjectGetOwnPropertyDescriptors: Object.getOwnPropertyDescriptors,
  ObjectGetOwnPropertyNames: Object.getOwnPropertyNames,
  ObjectGetOwnPropertySymbols: Object.getOwnPropertySymbols,
  ObjectGetPrototypeOf: Object.getPrototypeOf,
  ObjectIs: Object.is,
  ObjectKeys: Object.keys,
  ObjectSetPrototypeOf: Object.setPrototypeOf,
  ObjectValues: Object.values,
  ArrayIsArray: Array.isArray,
  ReflectApply: Reflect.apply,
  ReflectConstruct: Reflect.construct,
  ReflectOwnKeys: Reflect.ownKeys,
  JSONStringify: JSON.stringify,
};
