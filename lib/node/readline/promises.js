// promises.js — node:readline/promises: the promise-returning readline API
// (Interface whose question() returns a promise, Readline, createInterface).
'use strict';

module.exports = require('readline').promises;
