// idna.js — Punycode (RFC 3492) and the UTS #46 processing the URL Standard
// asks of a host: domainToASCII / domainToUnicode. Used by internal/url_parser,
// node:url and node:punycode.
//
// UTS #46 mapping is approximated with what JavaScriptCore already carries
// (ICU behind String.prototype.normalize and toLowerCase, and the \p{...}
// classes of RegExp) instead of the 9000-line IdnaMappingTable: NFKC plus
// lower-casing gives the mapped form for nearly every code point, and the few
// places where UTS #46 departs from NFKC_Casefold (label separators, ignored
// code points, deviation characters kept as themselves) are handled here.
// The Bidi rule (RFC 5893) is checked with script classes standing in for
// the Bidi_Class property, which RegExp cannot name.
'use strict';

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kMaxInt = 0x7FFFFFFF;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((kBase - kTMin) * kTMax) >> 1) {
    delta = Math.floor(delta / (kBase - kTMin));
    k += kBase;
  }
  return k + Math.floor(((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function digitToChar(d) {
  // 0..25 are a..z, 26..35 are 0..9
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function charToDigit(c) {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return kBase;
}

// Failure handler of the two functions below: IDNA wants null, node:punycode
// throws (see lib/node/punycode.js). kind is 'overflow', 'not-basic' or
// 'invalid-input'.
function failWithNull(kind) {
  void kind;
  return null;
}

// Decodes the Punycode of one label (without "xn--") to a string of code
// points; returns fail(kind) when the input is not valid Punycode.
function punycodeDecode(input, fail = failWithNull) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return fail('not-basic');
    output.push(c);
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= input.length) return fail('invalid-input');
      const digit = charToDigit(input.charCodeAt(index++));
      if (digit >= kBase) return fail('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / w)) return fail('overflow');
      i += digit * w;
      const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (digit < t) break;
      if (w > Math.floor(kMaxInt / (kBase - t))) return fail('overflow');
      w *= kBase - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > kMaxInt - n) return fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    if (n > 0x10FFFF) return fail('invalid-input');
    // node:punycode lets surrogates through; IDNA must not
    if (n >= 0xD800 && n <= 0xDFFF && fail === failWithNull) return null;
    output.splice(i++, 0, n);
  }
  return output.map((c) => String.fromCodePoint(c)).join('');
}

// Encodes a string of code points as Punycode (without "xn--"); returns
// fail('overflow') on overflow. input may also be an array of code points.
function punycodeEncode(input, fail = failWithNull) {
  const cps = typeof input === 'string' ? Array.from(input, (ch) => ch.codePointAt(0)) : input;
  let output = '';
  for (const c of cps) if (c < 0x80) output += String.fromCharCode(c);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < cps.length) {
    let m = kMaxInt;
    for (const c of cps) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((kMaxInt - delta) / (handled + 1))) return fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n && ++delta > kMaxInt) return fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = kBase; ; k += kBase) {
          const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
          if (q < t) break;
          output += digitToChar(t + ((q - t) % (kBase - t)));
          q = Math.floor((q - t) / (kBase - t));
        }
        output += digitToChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// ---- UTS #46 ----

// Code points UTS #46 maps to nothing.
const kIgnored = /[\u00AD\u034F\u180B-\u180D\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF\u{1BCA0}-\u{1BCA3}\u{E0100}-\u{E01EF}]/gu;
// Full stops UTS #46 maps to U+002E.
const kDots = /[\u3002\uFF0E\uFF61]/g;
// Disallowed after mapping: unassigned, private use, surrogates, controls
// outside ASCII, noncharacters, and the handful of symbols that NFKC leaves
// alone but IDNA rejects.
const kDisallowed = new RegExp(
  '[\\p{Cn}\\p{Co}\\p{Cs}\\u0080-\\u009F\\u2028\\u2029\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069' +
  '\\u061C\\u06DD\\u070F\\u08E2\\u180E\\u2061-\\u2063\\uFFF9-\\uFFFC\\uFFFD\\u{E0001}\\u{E0020}-\\u{E007F}' +
  '\\u{1D173}-\\u{1D17A}\\u2FF0-\\u2FFB\\u3000\\u303E\\u303F\\u2E9A\\u2EF4-\\u2EFF]', 'u');
// Disallowed before mapping: characters that lower-casing or NFKC would turn
// into valid ones (Georgian capitals, the hangul fillers, and compatibility
// forms that decompose to contain a full stop).
const kDisallowedSource = /[\u10A0-\u10C5\u10C7\u10CD\u115F\u1160\u3164\uFFA0\u2024-\u2026\u2488-\u249B\uFE12\uFE52\u{1F100}-\u{1F10A}]/u;
const kLeadingMark = /^\p{M}/u;
const kNonASCII = /[^\x00-\x7F]/;
const kVirama = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u0F84\u1039\u103A\u1714\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA8C4\uA953\uABED\u{10A3F}\u{11046}\u{1107F}\u{110B9}\u{11133}\u{11134}\u{111C0}\u{11235}\u{112EA}\u{1134D}\u{11442}\u{114C2}\u{115BF}\u{1163F}\u{116B6}\u{1172B}\u{11839}\u{119E0}\u{11A34}\u{11A47}\u{11A99}\u{11C3F}\u{11D44}\u{11D45}\u{11D97}]$/u;

// Joining_Type for the ZWNJ rule, approximated by script: letters of the
// cursive scripts join on both sides except the right-joining list below.
const kJoiningScripts = '\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Nko}\\p{Script=Mongolian}' +
  '\\p{Script=Mandaic}\\p{Script=Manichaean}\\p{Script=Psalter_Pahlavi}\\p{Script=Adlam}' +
  '\\p{Script=Hanifi_Rohingya}\\p{Script=Sogdian}\\p{Script=Phags_Pa}';
const kRightJoining = '\\u0622-\\u0625\\u0627\\u0629\\u062F-\\u0632\\u0648\\u0671-\\u0673\\u0675-\\u0677' +
  '\\u0688-\\u0699\\u06C0\\u06C3-\\u06CB\\u06CD\\u06CF\\u06D2\\u06D3\\u06D5\\u06EE\\u06EF' +
  '\\u0710\\u0715-\\u0719\\u071E\\u0728\\u072A\\u072C\\u072F\\u074D\\u0759-\\u075B\\u076B\\u076C' +
  '\\u0771\\u0773\\u0774\\u0778\\u0779';
const kJoinsAfter = new RegExp(`(?![${kRightJoining}])[${kJoiningScripts}](?<=\\p{L})[\\p{Mn}\\p{Me}]*$`, 'u');
const kJoinsBefore = new RegExp(`^[\\p{Mn}\\p{Me}]*[${kJoiningScripts}](?<=\\p{L})`, 'u');

// A rough Bidi_Class for one code point: 'L', 'R' (R or AL), 'AN', 'EN',
// 'NSM', 'ON' (ES, CS, ET, ON, BN together: the rule treats them alike).
// Right-to-left letters are found by block, which is also how Unicode
// assigns their default class.
function bidiClass(ch) {
  const c = ch.codePointAt(0);
  if (c >= 0x30 && c <= 0x39) return 'EN';
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x66B && c <= 0x66C) || c === 0x6DD ||
      (c >= 0x600 && c <= 0x605) || c === 0x8E2 || (c >= 0x10E60 && c <= 0x10E7E)) return 'AN';
  if ((c >= 0x6F0 && c <= 0x6F9) || (c >= 0x2070 && c <= 0x2079) || (c >= 0xFF10 && c <= 0xFF19) ||
      c === 0xB2 || c === 0xB3 || c === 0xB9 || (c >= 0x1D7CE && c <= 0x1D7FF)) return 'EN';
  if (/\p{Mn}|\p{Me}/u.test(ch)) return 'NSM';
  if (c === 0x60C || c === 0x66A || c === 0x609 || c === 0x60A || c === 0x6E9) return 'ON';
  if ((c >= 0x590 && c <= 0x8FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE) ||
      (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF) || c === 0x200F) return 'R';
  if (/\p{L}|\p{Mc}|\p{Nd}|\p{Nl}|\p{No}/u.test(ch)) return 'L';
  return 'ON';
}

// RFC 5893 section 2; labels is the list of Unicode labels of a Bidi domain.
function checkBidiLabel(label) {
  const classes = Array.from(label, bidiClass);
  if (classes.length === 0) return true;
  const first = classes[0];
  let last = classes.length - 1;
  while (last > 0 && classes[last] === 'NSM') last--;
  if (first === 'R') {
    let hasEN = false;
    let hasAN = false;
    for (const c of classes) {
      if (c === 'L') return false;
      if (c === 'EN') hasEN = true;
      if (c === 'AN') hasAN = true;
    }
    if (hasEN && hasAN) return false;
    const end = classes[last];
    return end === 'R' || end === 'EN' || end === 'AN';
  }
  if (first === 'L') {
    for (const c of classes) if (c === 'R' || c === 'AN') return false;
    const end = classes[last];
    return end === 'L' || end === 'EN';
  }
  return false;
}

function isBidiDomain(labels) {
  for (const label of labels) {
    for (const ch of label) {
      const cls = bidiClass(ch);
      if (cls === 'R' || cls === 'AN') return true;
    }
  }
  return false;
}

// UTS #46 "Map" and "Normalize" steps; returns null if a code point is
// disallowed.
function mapDomain(domain, useSTD3) {
  if (kDisallowedSource.test(domain)) return null;
  let s = domain.replace(kIgnored, '');
  if (kNonASCII.test(s)) {
    // toLowerCase picks the final-sigma form by context; UTS #46 maps
    // capital sigma to σ everywhere
    s = s.normalize('NFKC').replace(/\u03A3/g, '\u03C3').toLowerCase();
    // lower-casing can produce new compatibility forms (e.g. U+0130)
    s = s.normalize('NFKC').replace(kIgnored, '');
  } else {
    s = s.toLowerCase();
  }
  s = s.replace(kDots, '.');
  if (kDisallowed.test(s)) return null;
  if (useSTD3 && /[^a-z0-9.\-\u0080-\u{10FFFF}]/u.test(s)) return null;
  return s;
}

function validateLabel(label, fromPunycode, useSTD3) {
  if (label.length === 0) return true;
  if (label.normalize('NFC') !== label) return false;
  if (kLeadingMark.test(label)) return false;
  if (fromPunycode) {
    // a decoded label must already be in mapped form
    const remapped = mapDomain(label, useSTD3);
    if (remapped !== label || label.includes('.')) return false;
  }
  if (useSTD3 && (label.startsWith('-') || label.endsWith('-'))) return false;
  // CONTEXTJ (RFC 5892 appendix A.1, A.2): ZWJ only after a virama; ZWNJ
  // after a virama or between a left/dual-joining and a right/dual-joining
  // letter, transparent marks allowed in between
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c !== 0x200C && c !== 0x200D) continue;
    const before = label.slice(0, i);
    if (kVirama.test(before)) continue;
    if (c === 0x200C && kJoinsAfter.test(before) && kJoinsBefore.test(label.slice(i + 1))) continue;
    return false;
  }
  return true;
}

// UTS #46 Processing: returns the list of Unicode labels, or null.
function process(domain, useSTD3) {
  const mapped = mapDomain(domain, useSTD3);
  if (mapped === null) return null;
  const labels = mapped.split('.');
  let ok = true;
  for (let i = 0; i < labels.length; i++) {
    let label = labels[i];
    let fromPunycode = false;
    if (label.startsWith('xn--')) {
      if (kNonASCII.test(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '') return null;
      label = decoded;
      labels[i] = label;
      fromPunycode = true;
    }
    if (!validateLabel(label, fromPunycode, useSTD3)) ok = false;
  }
  if (ok && isBidiDomain(labels)) {
    for (const label of labels) if (!checkBidiLabel(label)) { ok = false; break; }
  }
  return ok ? labels : null;
}

// UTS #46 ToASCII with CheckHyphens=false, CheckBidi=true, CheckJoiners=true,
// Transitional_Processing=false; beStrict turns on UseSTD3ASCIIRules and
// VerifyDnsLength. Returns the ASCII domain, or null on failure.
function domainToASCII(domain, beStrict = false) {
  // fast path: plain ASCII with no Punycode label needs only lower-casing
  if (!kNonASCII.test(domain) && !/(^|\.)xn--/i.test(domain) && !/[\u00AD]/.test(domain) && !beStrict) {
    return domain.toLowerCase();
  }
  const labels = process(domain, beStrict);
  if (labels === null) return null;
  for (let i = 0; i < labels.length; i++) {
    if (kNonASCII.test(labels[i])) {
      const enc = punycodeEncode(labels[i]);
      if (enc === null) return null;
      labels[i] = `xn--${enc}`;
    }
  }
  const result = labels.join('.');
  if (beStrict) {
    const parts = result.endsWith('.') ? result.slice(0, -1).split('.') : result.split('.');
    if (result.length > 253 || result.length === 0) return null;
    for (const p of parts) if (p.length === 0 || p.length > 63) return null;
  }
  return result;
}

// UTS #46 ToUnicode; errors leave the offending labels as they were, as
// Node's domainToUnicode does not fail for them, except for a fully invalid
// input, which gives ''.
function domainToUnicode(domain) {
  const mapped = mapDomain(domain, false);
  if (mapped === null) return '';
  const labels = mapped.split('.');
  for (let i = 0; i < labels.length; i++) {
    if (labels[i].startsWith('xn--')) {
      const decoded = punycodeDecode(labels[i].slice(4));
      if (decoded === null || decoded === '') return '';
      labels[i] = decoded;
    }
  }
  return labels.join('.');
}

module.exports = { punycodeDecode, punycodeEncode, domainToASCII, domainToUnicode };
