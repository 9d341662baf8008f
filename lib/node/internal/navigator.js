// navigator.js — the `navigator` global of Node 22: hardwareConcurrency,
// language(s), platform and userAgent, each computed on first read.
'use strict';

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

function platformName() {
  switch (process.platform) {
    case 'darwin': return 'MacIntel';
    case 'win32': return 'Win32';
    case 'linux':
      if (process.arch === 'x64') return 'Linux x86_64';
      if (process.arch === 'ia32') return 'Linux i686';
      return `Linux ${process.arch}`;
    case 'freebsd':
      if (process.arch === 'x64') return 'FreeBSD amd64';
      return `FreeBSD ${process.arch}`;
    default:
      return `${process.platform[0].toUpperCase()}${process.platform.slice(1)} ${process.arch}`;
  }
}

class Navigator {
  #concurrency;
  #language;
  #languages;
  #platform;
  #userAgent;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#concurrency ??= require('os').availableParallelism();
    return this.#concurrency;
  }

  get language() {
    if (this.#language === undefined) {
      let locale;
      try { locale = new Intl.Collator().resolvedOptions().locale; } catch { /* no Intl */ }
      this.#language = locale || 'en-US';
    }
    return this.#language;
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get platform() {
    this.#platform ??= platformName();
    return this.#platform;
  }

  get userAgent() {
    this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
    return this.#userAgent;
  }
}

for (const name of ['hardwareConcurrency', 'language', 'languages', 'platform', 'userAgent']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}
Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator', configurable: true });

module.exports = { Navigator, navigator: new Navigator(kConstruct) };
