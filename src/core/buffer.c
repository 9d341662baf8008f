/* SPDX-License-Identifier: MIT
 *
 * buffer.c — internalBinding('buffer'): the byte work behind lib/node/buffer.js,
 * string_decoder.js and internal/encoding.js. Both processes, loop thread.
 *
 * Encodes strings into bytes and decodes bytes into strings for every Node
 * encoding (utf8, ucs2/utf16le, latin1, ascii, base64, base64url, hex), and
 * does the searching, comparing, filling and byte swapping. Argument policy
 * (defaults, Node's error codes) lives in JS; every function here still clamps
 * its offsets to the view it was given, so no script value can make it read
 * or write outside a buffer. Byte views arrive as TypedArrays or ArrayBuffers
 * (the JS side turns a DataView into a Uint8Array first).
 */
/* memmem and memrchr come from _GNU_SOURCE, which meson.build defines. */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Encoding ids shared with lib/node/buffer.js (exported as binding.kUtf8...). */
enum {
    ENC_UTF8 = 1,
    ENC_UCS2 = 2,
    ENC_LATIN1 = 3,
    ENC_ASCII = 4,
    ENC_BASE64 = 5,
    ENC_BASE64URL = 6,
    ENC_HEX = 7,
};

#define BUFFER_FN(name)                                                        \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_FN_ARGS ((void)fn, (void)self)

/* ---- plain C: encoders and decoders ---- */

static const char hex_digits[] = "0123456789abcdef";
static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static int unhex(unsigned c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* Both alphabets decode in both base64 and base64url, as in Node. */
static int unbase64(unsigned c) {
    if (c >= 'A' && c <= 'Z') return (int)(c - 'A');
    if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 26);
    if (c >= '0' && c <= '9') return (int)(c - '0' + 52);
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

static size_t utf8_length(const JSChar *s, size_t n) {
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c < 0x80) len += 1;
        else if (c < 0x800) len += 2;
        else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            len += 4;
            i++;
        } else len += 3; /* BMP, or a lone surrogate written as U+FFFD */
    }
    return len;
}

/* Writes whole code points only (a character that does not fit is not split);
 * lone surrogates become U+FFFD. *nread gets the UTF-16 units consumed. */
static size_t utf8_write(const JSChar *s, size_t n, uint8_t *out, size_t cap, size_t *nread) {
    size_t i = 0, w = 0;
    while (i < n) {
        uint32_t c = s[i];
        if (c < 0x80) {
            if (w >= cap) break;
            out[w++] = (uint8_t)c;
            i++;
            continue;
        }
        size_t units = 1;
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
            units = 2;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        if (c < 0x800) {
            if (w + 2 > cap) break;
            out[w++] = (uint8_t)(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            if (w + 3 > cap) break;
            out[w++] = (uint8_t)(0xE0 | (c >> 12));
            out[w++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        } else {
            if (w + 4 > cap) break;
            out[w++] = (uint8_t)(0xF0 | (c >> 18));
            out[w++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
            out[w++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        }
        out[w++] = (uint8_t)(0x80 | (c & 0x3F));
        i += units;
    }
    if (nread != NULL) *nread = i;
    return w;
}

/* latin1 and ascii both keep the low byte of each UTF-16 unit (Node's
 * WriteOneByte); ascii differs only when decoding. */
static size_t latin1_write(const JSChar *s, size_t n, uint8_t *out, size_t cap) {
    size_t m = n < cap ? n : cap;
    for (size_t i = 0; i < m; i++) out[i] = (uint8_t)s[i];
    return m;
}

static size_t ucs2_write(const JSChar *s, size_t n, uint8_t *out, size_t cap) {
    size_t m = cap / 2 < n ? cap / 2 : n;
    for (size_t i = 0; i < m; i++) {
        out[2 * i] = (uint8_t)(s[i] & 0xFF);
        out[2 * i + 1] = (uint8_t)(s[i] >> 8);
    }
    return m * 2;
}

/* Stops at the first pair that is not two hex digits; an odd last digit is
 * ignored. Units above 0xFF are truncated to a byte first, as Node does. */
static size_t hex_write(const JSChar *s, size_t n, uint8_t *out, size_t cap) {
    size_t w = 0;
    for (size_t i = 0; i + 1 < n && w < cap; i += 2) {
        int hi = unhex((uint8_t)s[i]), lo = unhex((uint8_t)s[i + 1]);
        if (hi < 0 || lo < 0) break;
        out[w++] = (uint8_t)(hi << 4 | lo);
    }
    return w;
}

/* Node's lenient decoder: characters outside both alphabets are skipped,
 * '=' ends the input, a trailing single sextet yields nothing. */
static size_t base64_write(const JSChar *s, size_t n, uint8_t *out, size_t cap) {
    size_t w = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n && w < cap; i++) {
        unsigned c = (uint8_t)s[i];
        if (c == '=') break;
        int v = unbase64(c);
        if (v < 0) continue;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[w++] = (uint8_t)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    return w;
}

/* Upper bound of the bytes `s` encodes to; exact for utf8, ucs2, latin1. */
static size_t encoded_size(const JSChar *s, size_t n, int enc) {
    switch (enc) {
    case ENC_UTF8: return utf8_length(s, n);
    case ENC_UCS2: return n * 2;
    case ENC_HEX: return n / 2;
    case ENC_BASE64:
    case ENC_BASE64URL: return (n / 4) * 3 + 3;
    default: return n;
    }
}

static size_t encode(const JSChar *s, size_t n, int enc, uint8_t *out, size_t cap) {
    switch (enc) {
    case ENC_UCS2: return ucs2_write(s, n, out, cap);
    case ENC_LATIN1:
    case ENC_ASCII: return latin1_write(s, n, out, cap);
    case ENC_HEX: return hex_write(s, n, out, cap);
    case ENC_BASE64:
    case ENC_BASE64URL: return base64_write(s, n, out, cap);
    default: return utf8_write(s, n, out, cap, NULL);
    }
}

/* Reads the UTF-8 sequence at s[*i] and advances *i past it. Returns its
 * code point, or -1 for an invalid one, in which case *i skips exactly the
 * maximal invalid subpart (WHATWG): decoding then gives one U+FFFD per
 * subpart, as V8 does, so chunked decoders agree with one-shot decoding. */
static int32_t utf8_next(const uint8_t *s, size_t n, size_t *i) {
    unsigned b = s[(*i)++];
    if (b < 0x80) return (int32_t)b;
    int need;
    uint32_t cp;
    unsigned lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F; /* no surrogates */
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        return -1;
    }
    for (; need > 0; need--) {
        if (*i >= n || s[*i] < lo || s[*i] > hi) return -1;
        cp = (cp << 6) | (s[(*i)++] & 0x3F);
        lo = 0x80;
        hi = 0xBF;
    }
    return (int32_t)cp;
}

/* `out` holds at least n units. Returns the units written. */
static size_t utf8_decode(const uint8_t *s, size_t n, JSChar *out) {
    size_t i = 0, w = 0;
    while (i < n) {
        int32_t cp = utf8_next(s, n, &i);
        if (cp < 0) {
            out[w++] = 0xFFFD;
        } else if (cp >= 0x10000) {
            cp -= 0x10000;
            out[w++] = (JSChar)(0xD800 + (cp >> 10));
            out[w++] = (JSChar)(0xDC00 + (cp & 0x3FF));
        } else {
            out[w++] = (JSChar)cp;
        }
    }
    return w;
}

static bool utf8_valid(const uint8_t *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (utf8_next(s, n, &i) < 0) return false;
    }
    return true;
}

/* A string argument as UTF-16: `s` is owned, released by str_release. */
typedef struct {
    JSStringRef s;
    const JSChar *c; /* borrowed from s */
    size_t n;
} str_t;

/* JS callers pass strings; anything else is converted as String(v) would. */
static bool str_get(JSContextRef ctx, JSValueRef v, str_t *out, JSValueRef *exc) {
    out->s = JSValueToStringCopy(ctx, v, exc);
    if (out->s == NULL) return false;
    out->n = JSStringGetLength(out->s);
    out->c = JSStringGetCharactersPtr(out->s);
    return true;
}

static void str_release(str_t *s) {
    if (s->s != NULL) JSStringRelease(s->s);
}

/* ct_js_bytes of argument i; throws a TypeError for anything else. */
static bool arg_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                      uint8_t **p, size_t *n, JSValueRef *exc) {
    if (i < argc && ct_js_bytes(ctx, argv[i], p, n)) return true;
    ct_throw_code(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
    return false;
}

/* A number argument; undefined (absent) gives NaN. */
static double arg_double(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    return i < argc ? JSValueToNumber(ctx, argv[i], NULL) : NAN;
}

/* An index clamped to [0, max]; `def` (also clamped) when d is NaN. */
static size_t clamp_index(double d, size_t def, size_t max) {
    if (isnan(d)) return def < max ? def : max;
    if (d <= 0) return 0;
    if (d >= (double)max) return max;
    return (size_t)d;
}

/* A small integer argument (an encoding id); out-of-range values give 0. */
static int arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    double d = arg_double(ctx, argc, argv, i);
    return d >= -1e6 && d <= 1e6 ? (int)d : 0;
}

static JSValueRef make_string16(JSContextRef ctx, const JSChar *c, size_t n) {
    JSStringRef s = JSStringCreateWithCharacters(c, n);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

/* `buf` holds n ASCII characters and one spare byte for the terminator;
 * ASCII without NULs becomes a compact 8-bit JS string. */
static JSValueRef make_string_ascii(JSContextRef ctx, char *buf, size_t n) {
    buf[n] = '\0';
    if (memchr(buf, 0, n) == NULL) return ct_js_str(ctx, buf);
    JSChar *c = malloc((n ? n : 1) * sizeof(JSChar));
    CT_CHECK(c != NULL);
    for (size_t i = 0; i < n; i++) c[i] = (uint8_t)buf[i];
    JSValueRef v = make_string16(ctx, c, n);
    free(c);
    return v;
}

/* Decodes bytes in `enc` to a JS string. Cannot fail short of memory. */
static JSValueRef decode(JSContextRef ctx, const uint8_t *p, size_t n, int enc) {
    if (enc == ENC_HEX || enc == ENC_BASE64 || enc == ENC_BASE64URL || enc == ENC_ASCII) {
        size_t cap = enc == ENC_HEX ? n * 2 : enc == ENC_ASCII ? n : (n + 2) / 3 * 4;
        char *out = malloc(cap + 1);
        CT_CHECK(out != NULL);
        size_t w = 0;
        if (enc == ENC_HEX) {
            for (size_t i = 0; i < n; i++) {
                out[w++] = hex_digits[p[i] >> 4];
                out[w++] = hex_digits[p[i] & 15];
            }
        } else if (enc == ENC_ASCII) {
            for (size_t i = 0; i < n; i++) out[w++] = (char)(p[i] & 0x7F);
        } else {
            const char *tab = enc == ENC_BASE64 ? b64_std : b64_url;
            size_t i = 0;
            for (; i + 2 < n; i += 3) {
                uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
                out[w++] = tab[v >> 18];
                out[w++] = tab[(v >> 12) & 63];
                out[w++] = tab[(v >> 6) & 63];
                out[w++] = tab[v & 63];
            }
            if (i < n) {
                uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
                out[w++] = tab[v >> 18];
                out[w++] = tab[(v >> 12) & 63];
                if (i + 1 < n) out[w++] = tab[(v >> 6) & 63];
                else if (enc == ENC_BASE64) out[w++] = '=';
                if (enc == ENC_BASE64) out[w++] = '=';
            }
        }
        JSValueRef v = make_string_ascii(ctx, out, w);
        free(out);
        return v;
    }
    size_t units = enc == ENC_UCS2 ? n / 2 : n;
    JSChar stackbuf[256];
    JSChar *c = units <= CT_ARRAY_SIZE(stackbuf) ? stackbuf : malloc(units * sizeof(JSChar));
    CT_CHECK(c != NULL);
    size_t w = 0;
    if (enc == ENC_UCS2) {
        for (; w < units; w++) c[w] = (JSChar)(p[2 * w] | p[2 * w + 1] << 8);
    } else if (enc == ENC_LATIN1) {
        for (; w < units; w++) c[w] = p[w];
    } else {
        w = utf8_decode(p, n, c);
    }
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized" /* c[0..w) was written above */
    JSValueRef v = make_string16(ctx, c, w);
#pragma GCC diagnostic pop
    if (c != stackbuf) free(c);
    return v;
}

/* ---- search ---- */

/* Node's IndexOfOffset: where a search for a needle of `nlen` bytes starts
 * in a haystack of `len` bytes, or -1 when it cannot match. */
static int64_t search_start(size_t len, int64_t off, int64_t nlen, bool fwd) {
    int64_t l = (int64_t)len;
    if (off < 0) {
        if (off + l >= 0) return l + off;
        return (fwd || nlen == 0) ? 0 : -1;
    }
    if (off + nlen <= l) return off;
    if (nlen == 0) return l;
    return fwd ? -1 : l - 1;
}

/* Byte search: forward from `start`, or backward for a match beginning at or
 * before `start`. Returns the match offset or -1. */
static int64_t search_bytes(const uint8_t *h, size_t hlen, const uint8_t *nd, size_t nlen,
                            size_t start, bool fwd) {
    if (nlen > hlen) return -1;
    if (fwd) {
        if (start > hlen - nlen) return -1;
        const uint8_t *r = memmem(h + start, hlen - start, nd, nlen);
        return r ? (int64_t)(r - h) : -1;
    }
    size_t i = start < hlen - nlen ? start : hlen - nlen;
    for (;;) {
        const uint8_t *r = memrchr(h, nd[0], i + 1);
        if (r == NULL) return -1;
        i = (size_t)(r - h);
        if (memcmp(h + i, nd, nlen) == 0) return (int64_t)i;
        if (i == 0) return -1;
        i--;
    }
}

/* The same over 16-bit units (ucs2 search, at even byte offsets only). */
static int64_t search_units(const uint8_t *h, size_t hunits, const uint8_t *nd, size_t nunits,
                            size_t start, bool fwd) {
    if (nunits == 0 || nunits > hunits) return -1;
    size_t last = hunits - nunits;
    if (fwd) {
        for (size_t i = start; i <= last; i++)
            if (memcmp(h + 2 * i, nd, 2 * nunits) == 0) return (int64_t)i;
        return -1;
    }
    for (size_t i = start < last ? start : last;; i--) {
        if (memcmp(h + 2 * i, nd, 2 * nunits) == 0) return (int64_t)i;
        if (i == 0) return -1;
    }
}

/* Node's IndexOfString/IndexOfBuffer once the needle is bytes. */
static double index_of(const uint8_t *h, size_t hlen, const uint8_t *nd, size_t nlen,
                       int64_t off, int enc, bool fwd) {
    int64_t opt = search_start(hlen, off, (int64_t)nlen, fwd);
    if (nlen == 0) return (double)opt;
    if (hlen == 0 || opt < 0) return -1;
    size_t start = (size_t)opt;
    if ((fwd && nlen + start > hlen) || nlen > hlen) return -1;
    if (enc == ENC_UCS2) {
        if (hlen < 2 || nlen < 2) return -1;
        int64_t r = search_units(h, hlen / 2, nd, nlen / 2, start / 2, fwd);
        return r < 0 ? -1 : (double)(r * 2);
    }
    return (double)search_bytes(h, hlen, nd, nlen, start, fwd);
}

/* ---- binding functions ---- */

/* byteLengthUtf8(string) -> bytes */
BUFFER_FN(buffer_byte_length_utf8) {
    UNUSED_FN_ARGS;
    str_t s;
    if (!str_get(ctx, ct_js_arg(ctx, argc, argv, 0), &s, exc)) return NULL;
    size_t n = utf8_length(s.c, s.n);
    str_release(&s);
    return JSValueMakeNumber(ctx, (double)n);
}

/* write(view, string, enc, offset, maxLength) -> bytes written */
BUFFER_FN(buffer_write) {
    UNUSED_FN_ARGS;
    uint8_t *p;
    size_t len;
    str_t s;
    /* the bytes come last: converting the other arguments may run JS */
    int enc = arg_int(ctx, argc, argv, 2);
    double doff = arg_double(ctx, argc, argv, 3), dmax = arg_double(ctx, argc, argv, 4);
    if (!str_get(ctx, ct_js_arg(ctx, argc, argv, 1), &s, exc)) return NULL;
    if (!arg_bytes(ctx, argc, argv, 0, &p, &len, exc)) { str_release(&s); return NULL; }
    size_t off = clamp_index(doff, 0, len);
    size_t max = clamp_index(dmax, len - off, len - off);
    size_t w = encode(s.c, s.n, enc, p + off, max);
    str_release(&s);
    return JSValueMakeNumber(ctx, (double)w);
}

/* encodeInto(string, view) -> [read, written]: TextEncoder.encodeInto */
BUFFER_FN(buffer_encode_into) {
    UNUSED_FN_ARGS;
    uint8_t *p;
    size_t len, nread = 0;
    str_t s;
    if (!str_get(ctx, ct_js_arg(ctx, argc, argv, 0), &s, exc)) return NULL;
    if (!arg_bytes(ctx, argc, argv, 1, &p, &len, exc)) { str_release(&s); return NULL; }
    size_t w = utf8_write(s.c, s.n, p, len, &nread);
    str_release(&s);
    JSValueRef r[2] = { JSValueMakeNumber(ctx, (double)nread), JSValueMakeNumber(ctx, (double)w) };
    return JSObjectMakeArray(ctx, 2, r, exc);
}

/* encode(string, enc) -> Uint8Array holding exactly the encoded bytes */
BUFFER_FN(buffer_encode) {
    UNUSED_FN_ARGS;
    str_t s;
    if (!str_get(ctx, ct_js_arg(ctx, argc, argv, 0), &s, exc)) return NULL;
    int enc = arg_int(ctx, argc, argv, 1);
    size_t cap = encoded_size(s.c, s.n, enc);
    uint8_t *out = malloc(cap ? cap : 1);
    CT_CHECK(out != NULL);
    size_t w = encode(s.c, s.n, enc, out, cap);
    str_release(&s);
    return ct_js_uint8array_take(ctx, out, w);
}

/* slice(view, enc, start, end) -> string */
BUFFER_FN(buffer_slice) {
    UNUSED_FN_ARGS;
    uint8_t *p;
    size_t len;
    int enc = arg_int(ctx, argc, argv, 1);
    double dstart = arg_double(ctx, argc, argv, 2), dend = arg_double(ctx, argc, argv, 3);
    if (!arg_bytes(ctx, argc, argv, 0, &p, &len, exc)) return NULL;
    size_t end = clamp_index(dend, len, len);
    size_t start = clamp_index(dstart, 0, end);
    return decode(ctx, p + start, end - start, enc);
}

/* compare(a, b, aStart, aEnd, bStart, bEnd) -> -1, 0, 1: the ranges compared
 * as memcmp, a shorter equal prefix first. */
BUFFER_FN(buffer_compare) {
    UNUSED_FN_ARGS;
    uint8_t *a, *b;
    size_t alen, blen;
    double d[4] = { NAN, NAN, NAN, NAN };
    for (size_t i = 2; i < argc && i < 6; i++) d[i - 2] = arg_double(ctx, argc, argv, i);
    if (!arg_bytes(ctx, argc, argv, 0, &a, &alen, exc)) return NULL;
    if (!arg_bytes(ctx, argc, argv, 1, &b, &blen, exc)) return NULL;
    size_t ae = clamp_index(d[1], alen, alen), as = clamp_index(d[0], 0, ae);
    size_t be = clamp_index(d[3], blen, blen), bs = clamp_index(d[2], 0, be);
    size_t an = ae - as, bn = be - bs;
    int r = memcmp(a + as, b + bs, an < bn ? an : bn);
    if (r == 0) r = an > bn ? 1 : an < bn ? -1 : 0;
    return JSValueMakeNumber(ctx, r > 0 ? 1 : r < 0 ? -1 : 0);
}

/* fill(view, value, start, end, enc) -> 0, or -1 when value (a string in
 * enc, or bytes) is empty, -2 when the range is outside the view. */
BUFFER_FN(buffer_fill) {
    UNUSED_FN_ARGS;
    uint8_t *p, *src;
    size_t len, srclen;
    double ds = arg_double(ctx, argc, argv, 2), de = arg_double(ctx, argc, argv, 3);
    int enc = arg_int(ctx, argc, argv, 4);
    JSValueRef value = ct_js_arg(ctx, argc, argv, 1);
    uint8_t *pat = NULL;
    size_t patlen = 0;
    if (JSValueIsString(ctx, value)) {
        str_t s;
        if (!str_get(ctx, value, &s, exc)) return NULL;
        size_t cap = encoded_size(s.c, s.n, enc);
        pat = malloc(cap ? cap : 1);
        CT_CHECK(pat != NULL);
        patlen = encode(s.c, s.n, enc, pat, cap);
        str_release(&s);
    } else if (ct_js_bytes(ctx, value, &src, &srclen)) {
        /* copied: the pattern may overlap the range being filled */
        pat = malloc(srclen ? srclen : 1);
        CT_CHECK(pat != NULL);
        memcpy(pat, src, srclen);
        patlen = srclen;
    } else {
        JSValueRef e = NULL;
        double d = JSValueToNumber(ctx, value, &e);
        if (e != NULL) {
            *exc = e;
            return NULL;
        }
        pat = malloc(1);
        CT_CHECK(pat != NULL);
        pat[0] = isfinite(d) ? (uint8_t)((int64_t)fmod(trunc(d), 256.0) & 0xFF) : 0;
        patlen = 1;
    }
    if (!arg_bytes(ctx, argc, argv, 0, &p, &len, exc)) { free(pat); return NULL; }
    if (isnan(ds)) ds = 0;
    if (isnan(de)) de = (double)len;
    if (ds < 0 || de < 0) {
        free(pat);
        return ct_throw_code(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Index out of range");
    }
    if (de > (double)len || ds > de) { free(pat); return JSValueMakeNumber(ctx, -2); }
    size_t start = (size_t)ds, end = (size_t)de;
    if (start == end) { free(pat); return JSValueMakeNumber(ctx, 0); }
    if (patlen == 0) { free(pat); return JSValueMakeNumber(ctx, -1); }
    size_t n = end - start;
    if (patlen == 1) {
        memset(p + start, pat[0], n);
    } else {
        size_t done = patlen < n ? patlen : n;
        memcpy(p + start, pat, done);
        /* double the filled prefix until the range is full */
        while (done < n) {
            size_t chunk = done < n - done ? done : n - done;
            memcpy(p + start + done, p + start, chunk);
            done += chunk;
        }
    }
    free(pat);
    return JSValueMakeNumber(ctx, 0);
}

/* indexOfString(view, string, byteOffset, enc, forward) -> index or -1 */
BUFFER_FN(buffer_index_of_string) {
    UNUSED_FN_ARGS;
    uint8_t *h;
    size_t hlen;
    str_t s;
    if (!str_get(ctx, ct_js_arg(ctx, argc, argv, 1), &s, exc)) return NULL;
    double d = arg_double(ctx, argc, argv, 2);
    int64_t off = isnan(d) ? 0 : (int64_t)fmax(fmin(d, 9e15), -9e15);
    int enc = arg_int(ctx, argc, argv, 3);
    bool fwd = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 4));
    size_t cap = encoded_size(s.c, s.n, enc);
    uint8_t *nd = malloc(cap ? cap : 1);
    CT_CHECK(nd != NULL);
    size_t nlen = encode(s.c, s.n, enc, nd, cap);
    str_release(&s);
    if (!arg_bytes(ctx, argc, argv, 0, &h, &hlen, exc)) { free(nd); return NULL; }
    double r = index_of(h, hlen, nd, nlen, off, enc, fwd);
    free(nd);
    return JSValueMakeNumber(ctx, r);
}

/* indexOfBuffer(view, needle, byteOffset, enc, forward) -> index or -1 */
BUFFER_FN(buffer_index_of_buffer) {
    UNUSED_FN_ARGS;
    uint8_t *h, *nd;
    size_t hlen, nlen;
    double d = arg_double(ctx, argc, argv, 2);
    int64_t off = isnan(d) ? 0 : (int64_t)fmax(fmin(d, 9e15), -9e15);
    int enc = arg_int(ctx, argc, argv, 3);
    bool fwd = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 4));
    if (!arg_bytes(ctx, argc, argv, 0, &h, &hlen, exc)) return NULL;
    if (!arg_bytes(ctx, argc, argv, 1, &nd, &nlen, exc)) return NULL;
    return JSValueMakeNumber(ctx, index_of(h, hlen, nd, nlen, off, enc, fwd));
}

/* indexOfNumber(view, byte, byteOffset, forward) -> index or -1 */
BUFFER_FN(buffer_index_of_number) {
    UNUSED_FN_ARGS;
    uint8_t *h;
    size_t hlen;
    double v = arg_double(ctx, argc, argv, 1);
    int byte = isfinite(v) ? (int)((int64_t)fmod(trunc(v), 256.0) & 0xFF) : 0;
    double d = arg_double(ctx, argc, argv, 2);
    int64_t off = isnan(d) ? 0 : (int64_t)fmax(fmin(d, 9e15), -9e15);
    bool fwd = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 3));
    if (!arg_bytes(ctx, argc, argv, 0, &h, &hlen, exc)) return NULL;
    int64_t opt = search_start(hlen, off, 1, fwd);
    if (opt < 0 || hlen == 0) return JSValueMakeNumber(ctx, -1);
    const uint8_t *r = fwd ? memchr(h + opt, byte, hlen - (size_t)opt)
                           : memrchr(h, byte, (size_t)opt + 1);
    return JSValueMakeNumber(ctx, r ? (double)(r - h) : -1);
}

static JSValueRef swap(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                       size_t width) {
    uint8_t *p;
    size_t len;
    if (!arg_bytes(ctx, argc, argv, 0, &p, &len, exc)) return NULL;
    for (size_t i = 0; i + width <= len; i += width) {
        for (size_t a = i, b = i + width - 1; a < b; a++, b--) {
            uint8_t t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
    }
    return argv[0];
}

BUFFER_FN(buffer_swap16) { UNUSED_FN_ARGS; return swap(ctx, argc, argv, exc, 2); }
BUFFER_FN(buffer_swap32) { UNUSED_FN_ARGS; return swap(ctx, argc, argv, exc, 4); }
BUFFER_FN(buffer_swap64) { UNUSED_FN_ARGS; return swap(ctx, argc, argv, exc, 8); }

BUFFER_FN(buffer_is_utf8) {
    UNUSED_FN_ARGS;
    uint8_t *p;
    size_t len;
    if (!arg_bytes(ctx, argc, argv, 0, &p, &len, exc)) return NULL;
    return JSValueMakeBoolean(ctx, utf8_valid(p, len));
}

BUFFER_FN(buffer_is_ascii) {
    UNUSED_FN_ARGS;
    uint8_t *p;
    size_t len;
    if (!arg_bytes(ctx, argc, argv, 0, &p, &len, exc)) return NULL;
    for (size_t i = 0; i < len; i++)
        if (p[i] & 0x80) return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, true);
}

/* isAnyArrayBuffer(value): an ArrayBuffer or SharedArrayBuffer by brand, not
 * by prototype chain */
BUFFER_FN(buffer_is_any_array_buffer) {
    UNUSED_FN_ARGS;
    (void)exc;
    JSValueRef v = ct_js_arg(ctx, argc, argv, 0);
    return JSValueMakeBoolean(ctx, JSValueIsObject(ctx, v) &&
                                   JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeArrayBuffer);
}

/* markAsUntransferable(arrayBuffer): JavaScriptCore pins and locks an
 * ArrayBuffer whose bytes the C API hands out, and a locked buffer is never
 * detached by a transfer; that keeps the allocation pool in place. */
BUFFER_FN(buffer_mark_as_untransferable) {
    UNUSED_FN_ARGS;
    (void)exc;
    uint8_t *p;
    size_t n;
    if (argc > 0) ct_js_bytes(ctx, argv[0], &p, &n);
    return JSValueMakeUndefined(ctx);
}

static const ct_binding_fn buffer_fns[] = {
    { "byteLengthUtf8", buffer_byte_length_utf8, 1 },
    { "compare", buffer_compare, 6 },
    { "encode", buffer_encode, 2 },
    { "encodeInto", buffer_encode_into, 2 },
    { "fill", buffer_fill, 5 },
    { "indexOfBuffer", buffer_index_of_buffer, 5 },
    { "indexOfNumber", buffer_index_of_number, 4 },
    { "indexOfString", buffer_index_of_string, 5 },
    { "isAnyArrayBuffer", buffer_is_any_array_buffer, 1 },
    { "isAscii", buffer_is_ascii, 1 },
    { "isUtf8", buffer_is_utf8, 1 },
    { "markAsUntransferable", buffer_mark_as_untransferable, 1 },
    { "slice", buffer_slice, 4 },
    { "swap16", buffer_swap16, 1 },
    { "swap32", buffer_swap32, 1 },
    { "swap64", buffer_swap64, 1 },
    { "write", buffer_write, 5 },
    { NULL, NULL, 0 }
};

void ct_buffer_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, buffer_fns);
    static const struct { const char *name; int id; } encs[] = {
        { "kUtf8", ENC_UTF8 }, { "kUcs2", ENC_UCS2 }, { "kLatin1", ENC_LATIN1 },
        { "kAscii", ENC_ASCII }, { "kBase64", ENC_BASE64 }, { "kBase64url", ENC_BASE64URL },
        { "kHex", ENC_HEX },
    };
    for (size_t i = 0; i < CT_ARRAY_SIZE(encs); i++)
        ct_js_set(ctx, target, encs[i].name, JSValueMakeNumber(ctx, encs[i].id));
}
