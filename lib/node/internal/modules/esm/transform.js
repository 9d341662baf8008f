// transform.js — turns an ES module's source into a classic-script function
// body that JavaScriptCore's C API can compile (it has no module loader), and
// finds the named exports of CommonJS sources the way Node does.
//
// One pass of a small tokenizer (strings, templates, comments, regex vs
// division, brace kinds) finds the top-level import/export declarations,
// import(), import.meta and top-level await. Declarations are blanked in
// place (newlines kept), so every line of the output is the same line of the
// input and errors point at the original file:line. What the declarations
// said is returned as data: the loader (esm/loader.js) builds live bindings
// from it. See docs/architecture.md, "ES modules".
'use strict';

const IMPORT_FN = '__ctI_';   // same length as `import`: columns survive
const META = '__ctm.meta ';   // same length as `import.meta`
// `arguments` outside functions: a module has none (its body runs in a
// generator, which has); an unbound name of the same length
const NO_ARGUMENTS = '__ctNoArg';
const DEFAULT_LOCAL = '__cathode_default';

const KEYWORDS_BEFORE_REGEX = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do',
  'else', 'yield', 'await', 'extends',
]);
const BLOCK_OWNERS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);

function isIdStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127 || c === 92;
}
function isIdPart(c) {
  return isIdStart(c) || (c >= 48 && c <= 57);
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 ||
    c === 0xfeff || c === 0x2028 || c === 0x2029;
}

// Tokenizer over `src`. next() returns { t: 'id'|'str'|'num'|'tpl'|'re'|'p', v, s, e, nl }
// where nl says a line break came before the token; undefined at the end.
class Scanner {
  constructor(src) {
    this.src = src;
    this.i = 0;
    this.braces = [];      // 'b' block/object, 'f' function body, 't' template hole
    this.parens = [];      // token before each open '(' / '['
    this.last = null;      // last significant token
    this.lastParenOwner = null;
    this.arrows = [];      // depths of expression-bodied arrows in progress
    this.onTemplateHole = null;
  }
  depth() { return this.braces.length + this.parens.length; }
  // a position to come back to after looking ahead
  mark() {
    return [this.i, this.last, this.braces.slice(), this.parens.slice(), this.arrows.slice(), this.lastParenOwner];
  }
  reset(m) {
    [this.i, this.last, this.braces, this.parens, this.arrows, this.lastParenOwner] =
      [m[0], m[1], m[2].slice(), m[3].slice(), m[4].slice(), m[5]];
  }
  inFunction() {
    return this.braces.includes('f') || this.braces.includes('a') || this.arrows.length > 0;
  }
  regexAllowed() {
    const l = this.last;
    if (l === null) return true;
    if (l.t === 'id') return KEYWORDS_BEFORE_REGEX.has(l.v) && !(l.prev && l.prev.v === '.');
    if (l.t === 'p') return l.v !== ')' && l.v !== ']' && l.v !== '++' && l.v !== '--';
    return false;
  }
  skipSpace() {
    const s = this.src;
    let nl = false;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) { nl = true; this.i++; continue; }
      if (isSpace(c)) { this.i++; continue; }
      if (c === 47) {
        const d = s.charCodeAt(this.i + 1);
        if (d === 47) {
          const j = s.indexOf('\n', this.i);
          this.i = j < 0 ? s.length : j;
          continue;
        }
        if (d === 42) {
          const j = s.indexOf('*/', this.i + 2);
          const end = j < 0 ? s.length : j + 2;
          if (!nl && s.slice(this.i, end).includes('\n')) nl = true;
          this.i = end;
          continue;
        }
      }
      if (c === 35 && this.i === 0 && s.charCodeAt(1) === 33) { // hashbang
        const j = s.indexOf('\n');
        this.i = j < 0 ? s.length : j;
        continue;
      }
      return nl;
    }
  }
  readString(q) {
    const s = this.src;
    let i = this.i + 1;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 92) { i += 2; continue; }
      if (c === q) { i++; break; }
      if (c === 10) break;
      i++;
    }
    this.i = i;
  }
  // Scans template characters from this.i (just after ` or }) to the closing
  // ` (returns false) or to a ${ (returns true).
  readTemplate() {
    const s = this.src;
    let i = this.i;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 92) { i += 2; continue; }
      if (c === 96) { this.i = i + 1; return false; }
      if (c === 36 && s.charCodeAt(i + 1) === 123) { this.i = i + 2; return true; }
      i++;
    }
    this.i = i;
    return false;
  }
  readRegex() {
    const s = this.src;
    let i = this.i + 1;
    let inClass = false;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 92) { i += 2; continue; }
      if (c === 10) break;
      if (inClass) { if (c === 93) inClass = false; } else if (c === 91) inClass = true;
      else if (c === 47) { i++; break; }
      i++;
    }
    while (i < s.length && isIdPart(s.charCodeAt(i))) i++;
    this.i = i;
  }
  next() {
    const nl = this.skipSpace();
    const s = this.src;
    const start = this.i;
    if (start >= s.length) return undefined;
    const c = s.charCodeAt(start);
    let tok;
    if (isIdStart(c)) {
      let i = start + 1;
      while (i < s.length && isIdPart(s.charCodeAt(i))) i++;
      this.i = i;
      tok = { t: 'id', v: s.slice(start, i) };
    } else if (c >= 48 && c <= 57 || (c === 46 && s.charCodeAt(start + 1) >= 48 && s.charCodeAt(start + 1) <= 57)) {
      let i = start + 1;
      while (i < s.length && (isIdPart(s.charCodeAt(i)) || s.charCodeAt(i) === 46)) i++;
      this.i = i;
      tok = { t: 'num', v: s.slice(start, i) };
    } else if (c === 34 || c === 39) {
      this.readString(c);
      tok = { t: 'str', v: s.slice(start, this.i) };
    } else if (c === 96) {
      this.i++;
      if (this.readTemplate()) this.braces.push('t');
      tok = { t: 'tpl', v: '`' };
    } else if (c === 47 && this.regexAllowed()) {
      this.readRegex();
      tok = { t: 're', v: s.slice(start, this.i) };
    } else {
      tok = this.punct(start, c);
    }
    tok.s = start;
    tok.e = this.i;
    tok.nl = nl;
    tok.prev = this.last;
    if (this.last) this.last.prev = null; // keep one token of history only
    this.last = tok;
    return tok;
  }
  punct(start, c) {
    const s = this.src;
    const three = s.slice(start, start + 3);
    const two = s.slice(start, start + 2);
    let v;
    if (three === '...' || three === '===' || three === '!==' || three === '**=' || three === '<<=' ||
        three === '>>=' || three === '>>>' || three === '&&=' || three === '||=' || three === '??=') v = three;
    else if (['=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
      '%=', '&=', '|=', '^=', '<<', '>>', '**'].includes(two)) v = two;
    else v = s[start];
    if (v === '?.' && s.charCodeAt(start + 2) >= 48 && s.charCodeAt(start + 2) <= 57) v = '?';
    this.i = start + v.length;
    switch (v) {
      case '{': {
        let kind = 'b';
        const l = this.last;
        if (l && l.t === 'p' && l.v === '=>') kind = 'a'; // an arrow's body: no own `arguments`
        else if (l && l.t === 'p' && l.v === ')') {
          const o = this.lastParenOwner;
          kind = o && o.t === 'id' && BLOCK_OWNERS.has(o.v) ? 'b' : 'f';
        }
        this.braces.push(kind);
        break;
      }
      case '}': {
        this.closeArrows(this.depth() - 1);
        const k = this.braces.pop();
        if (k === 't') {
          // back inside a template literal
          if (this.readTemplate()) this.braces.push('t');
          return { t: 'tpl', v: '`' };
        }
        break;
      }
      case '(': case '[':
        this.parens.push(this.last);
        break;
      case ')': case ']':
        this.closeArrows(this.depth() - 1);
        this.lastParenOwner = this.parens.pop() || null;
        break;
      case '=>': {
        this.skipSpace();
        if (s.charCodeAt(this.i) !== 123) this.arrows.push(this.depth());
        break;
      }
      case ',': case ';':
        this.closeArrows(this.depth());
        break;
      default:
    }
    return { t: 'p', v };
  }
  closeArrows(depth) {
    while (this.arrows.length && this.arrows[this.arrows.length - 1] >= depth) this.arrows.pop();
  }
}

// With the scanner just past `import (`: true when this is a method named
// `import` (`import() {`), which no import() call is followed by.
function isMethodDefinition(sc) {
  const m = sc.mark();
  const depth = sc.parens.length;
  let t;
  do t = sc.next(); while (t && sc.parens.length >= depth);
  t = t && sc.next();
  const r = !!t && t.v === '{';
  sc.reset(m);
  return r;
}

function unquote(str) {
  // a module specifier or export name literal: JSON covers both quote styles
  // once single quotes are swapped
  if (str[0] === '"') return JSON.parse(str);
  return JSON.parse('"' + str.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"') + '"');
}

function syntaxError(message, src, pos, filename) {
  const line = src.slice(0, pos).split('\n').length;
  const err = new SyntaxError(message);
  try {
    Object.defineProperties(err, {
      sourceURL: { value: filename, configurable: true },
      line: { value: line, configurable: true },
    });
  } catch { /* keep JSC's own position */ }
  return err;
}

const ASSIGN_OPS = /^\s*(?:=(?![=>])|[-+*/%&|^]=|\*\*=|<<=|>>>?=|&&=|\|\|=|\?\?=|\+\+|--)/;

// Whether identifier token `t` is written to (x = , x += , x++, ++x), other
// than by its own let/var declaration. Over-reporting only costs speed.
function isAssignmentTarget(src, t, prev) {
  if (prev && (prev.v === '++' || prev.v === '--')) return true;
  if (prev && prev.t === 'id' && (prev.v === 'let' || prev.v === 'var' || prev.v === 'const' ||
      prev.v === 'function' || prev.v === 'class')) return false;
  return ASSIGN_OPS.test(src.slice(t.e, t.e + 40));
}

// Parses `{ a, b as c, 'x' as d }` at the scanner; returns [[imported, local]].
function parseSpecifierList(sc, src, filename) {
  const out = [];
  for (;;) {
    let t = sc.next();
    if (!t) throw syntaxError('Unexpected end of input', src, src.length, filename);
    if (t.v === '}') return out;
    if (t.v === ',') continue;
    const name = t.t === 'str' ? unquote(t.v) : t.v;
    let local = name;
    const m = sc.mark();
    t = sc.next();
    if (t && t.v === 'as') {
      t = sc.next();
      local = t.t === 'str' ? unquote(t.v) : t.v;
    } else {
      sc.reset(m);
    }
    out.push([name, local]);
  }
}

// Parses `with { type: 'json' }` (or `assert`) if next; returns the attributes or null.
function parseAttributes(sc) {
  const m = sc.mark();
  const t = sc.next();
  if (!t || t.t !== 'id' || (t.v !== 'with' && t.v !== 'assert') || t.nl && t.v === 'assert') {
    sc.reset(m);
    return null;
  }
  const attrs = { __proto__: null };
  sc.next(); // {
  for (;;) {
    const k = sc.next();
    if (!k || k.v === '}') break;
    if (k.v === ',') continue;
    sc.next(); // :
    const v = sc.next();
    attrs[k.t === 'str' ? unquote(k.v) : k.v] = v.t === 'str' ? unquote(v.v) : v.v;
  }
  sc.braces.pop();
  return attrs;
}

function skipSemicolon(sc) {
  const m = sc.mark();
  const t = sc.next();
  if (!t || t.v !== ';') sc.reset(m);
}

// Collects the names bound by a var/let/const declaration list that starts
// at the scanner (after the keyword); stops at its end.
function collectDeclNames(sc, names) {
  const base = sc.depth();
  let expectBinding = true;
  let prevValue = false;
  for (;;) {
    const m = sc.mark();
    const t = sc.next();
    if (!t) return;
    if (sc.depth() <= base && t.v !== '{' && t.v !== '[' && t.v !== '(') {
      if (t.v === ';') return;
      if (t.nl && prevValue && !isContinuation(t)) {
        sc.reset(m);
        return;
      }
    }
    if (expectBinding) {
      expectBinding = false;
      if (t.t === 'id') names.push(t.v);
      else if (t.v === '{' || t.v === '[') collectPattern(sc, names, base);
      prevValue = true;
      continue;
    }
    if (t.v === ',' && sc.depth() === base) { expectBinding = true; prevValue = false; continue; }
    prevValue = sc.depth() === base && (t.t !== 'p' || t.v === ')' || t.v === ']' || t.v === '}');
  }
}

function isContinuation(t) {
  if (t.t !== 'p') return t.t === 'id' && (t.v === 'in' || t.v === 'instanceof' || t.v === 'of');
  return t.v !== '{' && t.v !== '[' && t.v !== '(' && t.v !== '++' && t.v !== '--' && t.v !== '!' && t.v !== '~';
}

// Binding names of a destructuring pattern whose opening bracket was just read.
function collectPattern(sc, names, base) {
  let prev = null;
  let skippingDefault = 0;
  for (;;) {
    const t = sc.next();
    if (!t) return;
    const d = sc.depth();
    if (skippingDefault) {
      if (d < skippingDefault || (d === skippingDefault && t.v === ',')) skippingDefault = 0;
      else { if (d <= base) return; continue; }
    }
    if (d <= base) {
      if (prev && prev.t === 'id') names.push(prev.v);
      return;
    }
    if (t.v === ':') { prev = null; continue; }
    if (t.v === '=') {
      if (prev && prev.t === 'id') names.push(prev.v);
      prev = null;
      skippingDefault = d;
      continue;
    }
    if (t.v === ',' || t.v === '}' || t.v === ']') {
      if (prev && prev.t === 'id') names.push(prev.v);
      prev = null;
      continue;
    }
    prev = t.t === 'id' ? t : null;
  }
}

// Transforms an ES module. Returns { code, imports, exports, reexports,
// stars, hasTLA } where
//   imports: [{ spec, attrs, bindings: [[importedName | '*', local]] }] in source order
//            (a side-effect import has no bindings; its order still counts)
//   exports: [[exportedName, localName]]
//   reexports: [[exportedName, requestIndex, importedName | '*']]
//   stars: [requestIndex]
// Throws SyntaxError for malformed declarations.
function transformModule(src, filename) {
  const sc = new Scanner(src);
  const out = [];
  let copied = 0;
  const requests = [];
  const exportsList = [];
  const reexports = [];
  const stars = [];
  let hasTLA = false;
  let usesDefaultLocal = false;
  const assigned = new Set();   // names written after their declaration
  let usesMeta = false;
  const requestIndex = (spec, attrs) => {
    requests.push({ spec, attrs, bindings: [] });
    return requests.length - 1;
  };
  // replaces src[s, e) by `text`, keeping the line breaks of the replaced part
  const replace = (s, e, text) => {
    out.push(src.slice(copied, s));
    const nls = src.slice(s, e).replace(/[^\n]/g, '');
    out.push(text + nls);
    copied = e;
  };
  const blank = (s, e) => replace(s, e, '');

  for (;;) {
    const t = sc.next();
    if (!t) break;
    if (t.t !== 'id') continue;
    const prev = t.prev;
    if (prev && (prev.v === '.' || prev.v === '?.')) continue;
    if (isAssignmentTarget(src, t, prev)) assigned.add(t.v);
    if (t.v === 'await') {
      if (!hasTLA && !sc.inFunction()) hasTLA = true;
      continue;
    }
    if (t.v === 'arguments' && !sc.braces.includes('f')) {
      // not a key, method name or (invalid) assignment target
      const m = sc.mark();
      const n = sc.next();
      sc.reset(m);
      if (!n || (n.v !== ':' && n.v !== '(' && n.v !== '=')) replace(t.s, t.e, NO_ARGUMENTS);
      continue;
    }
    if (t.v === 'import') {
      const m = sc.mark();
      const n = sc.next();
      if (n && n.v === '(') { // dynamic import()
        if (!isMethodDefinition(sc)) replace(t.s, t.e, IMPORT_FN);
        continue;
      }
      if (n && n.v === '.') {
        const m = sc.next();
        if (m && m.v === 'meta') {
          replace(t.s, m.e, META);
          usesMeta = true;
        }
        continue;
      }
      if (!n || m[2].length + m[3].length !== 0 || (n.t === 'p' && n.v !== '{' && n.v !== '*')) {
        sc.reset(m);
        continue;
      }
      // static import declaration
      let spec;
      const bindings = [];
      let cur = n;
      if (cur.t === 'str') {
        spec = unquote(cur.v);
      } else {
        if (cur.t === 'id') {
          bindings.push(['default', cur.v]);
          cur = sc.next();
          if (cur.v === ',') cur = sc.next();
        }
        if (cur.v === '*') {
          sc.next(); // as
          bindings.push(['*', sc.next().v]);
          cur = sc.next();
        } else if (cur.v === '{') {
          for (const [a, b] of parseSpecifierList(sc, src, filename)) bindings.push([a, b]);
          sc.braces.pop();
          cur = sc.next();
        }
        if (!cur || cur.v !== 'from') throw syntaxError('Unexpected token in import declaration', src, cur ? cur.s : src.length, filename);
        const st = sc.next();
        if (!st || st.t !== 'str') throw syntaxError('Unexpected token in import declaration', src, st ? st.s : src.length, filename);
        spec = unquote(st.v);
      }
      const attrs = parseAttributes(sc);
      skipSemicolon(sc);
      const idx = requestIndex(spec, attrs);
      requests[idx].bindings = bindings;
      // Node's CommonJS named-export hint quotes one-line declarations only
      if (src.slice(t.s, sc.i).includes('\n')) requests[idx].multiline = true;
      blank(t.s, sc.i);
      sc.last = { t: 'p', v: ';' };
      continue;
    }
    if (t.v === 'export' && sc.depth() === 0) {
      const n = sc.next();
      if (!n) break;
      if (n.v === '*') {
        let cur = sc.next();
        let nsName = null;
        if (cur.v === 'as') {
          cur = sc.next();
          nsName = cur.t === 'str' ? unquote(cur.v) : cur.v;
          cur = sc.next();
        }
        const st = sc.next();
        const idx = requestIndex(unquote(st.v), parseAttributes(sc));
        if (nsName === null) stars.push(idx);
        else reexports.push([nsName, idx, '*']);
        skipSemicolon(sc);
        blank(t.s, sc.i);
        sc.last = { t: 'p', v: ';' };
        continue;
      }
      if (n.v === '{') {
        const list = parseSpecifierList(sc, src, filename);
        sc.braces.pop();
        const m = sc.mark();
        const f = sc.next();
        if (f && f.v === 'from') {
          const st = sc.next();
          const idx = requestIndex(unquote(st.v), parseAttributes(sc));
          for (const [local, exported] of list) reexports.push([exported, idx, local]);
        } else {
          sc.reset(m);
          for (const [local, exported] of list) exportsList.push([exported, local]);
        }
        skipSemicolon(sc);
        blank(t.s, sc.i);
        sc.last = { t: 'p', v: ';' };
        continue;
      }
      if (n.v === 'default') {
        const m = sc.mark();
        let f = sc.next();
        if (f && f.v === 'async') {
          const g = sc.next();
          if (g && g.v === 'function' && !g.nl) f = g;
        }
        if (f && (f.v === 'function' || f.v === 'class')) {
          const beforeName = sc.mark();
          let nameTok = sc.next();
          if (nameTok && nameTok.v === '*') nameTok = sc.next();
          if (nameTok && nameTok.t === 'id' && nameTok.v !== 'extends') {
            blank(t.s, n.e);
            exportsList.push(['default', nameTok.v]);
          } else if (f.v === 'function') {
            // anonymous: give it a hoisted name, renamed to "default" below
            replace(t.s, n.e, '');
            out.push(src.slice(copied, nameTok.s) + ' ' + DEFAULT_LOCAL);
            copied = nameTok.s;
            exportsList.push(['default', DEFAULT_LOCAL]);
            usesDefaultLocal = 'function';
            sc.reset(beforeName);
            const star = sc.mark();
            if (sc.next().v !== '*') sc.reset(star);
          } else {
            replace(t.s, n.e, `const ${DEFAULT_LOCAL} =`);
            exportsList.push(['default', DEFAULT_LOCAL]);
            usesDefaultLocal = 'class';
            sc.reset(beforeName);
          }
          continue;
        }
        sc.reset(m);
        replace(t.s, n.e, `const ${DEFAULT_LOCAL} =`);
        sc.last = { t: 'p', v: '=' };
        exportsList.push(['default', DEFAULT_LOCAL]);
        usesDefaultLocal = 'expr';
        continue;
      }
      // export var/let/const/function/class/async function
      blank(t.s, t.e);
      if (n.v === 'var' || n.v === 'let' || n.v === 'const') {
        const names = [];
        collectDeclNames(sc, names);
        for (const name of names) exportsList.push([name, name]);
        continue;
      }
      let f = n;
      if (f.v === 'async') f = sc.next();
      if (f.v === 'function' || f.v === 'class') {
        let nameTok = sc.next();
        if (nameTok.v === '*') nameTok = sc.next();
        exportsList.push([nameTok.v, nameTok.v]);
        continue;
      }
      throw syntaxError(`Unexpected token '${n.v}'`, src, n.s, filename);
    }
  }
  out.push(src.slice(copied));
  const seen = new Set();
  for (const [name] of exportsList.concat(reexports)) {
    if (seen.has(name)) throw syntaxError(`Duplicate export of '${name}'`, src, 0, filename);
    seen.add(name);
  }
  return {
    code: out.join(''),
    imports: requests,
    exports: exportsList,
    reexports,
    stars,
    hasTLA,
    usesMeta,
    // exported names whose binding may change after evaluation: importers
    // read those through a live scope instead of a local copy
    mutable: exportsList.filter(([, local]) => assigned.has(local)).map(([name]) => name),
    defaultKind: usesDefaultLocal,
  };
}

// Rewrites import() in a CommonJS or script source; returns the new source,
// or null when there is none (the common case, decided without a full scan).
function rewriteDynamicImport(src) {
  if (!/\bimport\s*\(/.test(src)) return null;
  const sc = new Scanner(src);
  const out = [];
  let copied = 0;
  for (;;) {
    const t = sc.next();
    if (!t) break;
    if (t.t !== 'id' || t.v !== 'import') continue;
    if (t.prev && (t.prev.v === '.' || t.prev.v === '?.')) continue;
    const m = sc.mark();
    const n = sc.next();
    const method = n && n.v === '(' && isMethodDefinition(sc);
    sc.reset(m);
    if (n && n.v === '(' && !method) {
      out.push(src.slice(copied, t.s), IMPORT_FN);
      copied = t.e;
    }
  }
  if (copied === 0) return null;
  out.push(src.slice(copied));
  return out.join('');
}

// True when `src` has module syntax at top level (import/export declarations,
// import.meta, top-level await): Node's syntax detection for ambiguous files.
function hasModuleSyntax(src) {
  if (!/\b(import|export|await)\b/.test(src)) return false;
  try {
    const r = transformModule(src, '');
    return r.imports.length > 0 || r.exports.length > 0 || r.reexports.length > 0 ||
      r.stars.length > 0 || r.hasTLA || r.usesMeta;
  } catch {
    return false;
  }
}

// ---- CommonJS named exports ----
// Finds the names a CommonJS source assigns to exports the ways Node's
// static analysis recognises: exports.x = / module.exports.x = /
// Object.defineProperty(exports, 'x', ...) / module.exports = { a, b: c } /
// module.exports = require('y') (a reexport) / __esModule markers.
// Returns { names: Set, reexports: [specifier] }.
const reDot = /(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]/g;
const reBracket = /(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\[\s*(['"])([^'"\\]+)\1\s*\]\s*=[^=]/g;
const reDefine = /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"\\]+)\1/g;
const reAssignObj = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{/g;
const reAssignRequire = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*require\s*\(\s*(['"])([^'"\\]+)\1\s*\)/g;
const reStarReexport = /__exportStar\(\s*require\(\s*(['"])([^'"\\]+)\1\s*\)|__export\(\s*require\(\s*(['"])([^'"\\]+)\3\s*\)\)/g;

function stripComments(src) {
  // comments only: strings are left as they are (a name inside a string
  // that looks like an export assignment is rare and harmless)
  return src.replace(/\/\*[\s\S]*?\*\/|([^\\:'"`]|^)\/\/[^\n]*/g, (m, pre) => (pre === undefined ? ' ' : pre));
}

function cjsExportNames(src) {
  const names = new Set();
  const reexports = [];
  const code = stripComments(src);
  let m;
  reDot.lastIndex = 0;
  while ((m = reDot.exec(code)) !== null) names.add(m[1]);
  reBracket.lastIndex = 0;
  while ((m = reBracket.exec(code)) !== null) names.add(m[2]);
  reDefine.lastIndex = 0;
  while ((m = reDefine.exec(code)) !== null) names.add(m[2]);
  reAssignRequire.lastIndex = 0;
  while ((m = reAssignRequire.exec(code)) !== null) reexports.push(m[2]);
  reStarReexport.lastIndex = 0;
  while ((m = reStarReexport.exec(code)) !== null) reexports.push(m[2] || m[4]);
  reAssignObj.lastIndex = 0;
  while ((m = reAssignObj.exec(code)) !== null) {
    // module.exports = { a, b: c, 'd': e, ...require('x') }: a literal's
    // keys up to the first thing that is not a plain property
    let i = m.index + m[0].length;
    const re = /\s*(?:\.\.\.\s*require\(\s*(['"])([^'"\\]+)\1\s*\)|(['"]?)([A-Za-z_$][\w$]*)\3\s*(?::\s*[A-Za-z_$][\w$.]*)?)\s*(,|\})/y;
    for (;;) {
      re.lastIndex = i;
      const p = re.exec(code);
      if (p === null) break;
      if (p[2] !== undefined) reexports.push(p[2]);
      else names.add(p[4]);
      i = re.lastIndex;
      if (p[5] === '}') break;
    }
  }
  return { names, reexports };
}

module.exports = {
  transformModule, rewriteDynamicImport, hasModuleSyntax, cjsExportNames,
  IMPORT_FN, DEFAULT_LOCAL,
};
