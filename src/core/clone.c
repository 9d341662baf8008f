/* SPDX-License-Identifier: MIT
 *
 * clone.c — structured clone in V8's ValueSerializer format (version 15):
 * the encoder and what it shares with the decoder (clone_read.c): the JS
 * helper, brand checks, tag tables. Behind node:v8 (serdes.c) and IPC.
 *
 * Tags and layouts are V8's, so Node reads what we write and we read what
 * Node writes: primitives, strings ('"' Latin-1, 'c' UTF-16 with V8's
 * alignment padding), BigInt, objects, dense and sparse arrays, Date,
 * RegExp, Map, Set, ArrayBuffer, Error, boxed primitives, back-references,
 * and typed arrays as Node's host objects ('\\', type index, byte length,
 * bytes). Object ids are assigned in the order V8 assigns them, on both
 * sides, so back-references agree.
 *
 * JSC's C API cannot tell a Map from a Set or read a RegExp's source, so a
 * few brand checks read the JSType byte of the cell (as util.c does) after a
 * one-time calibration against sample objects, and the rest goes through a
 * small JS helper evaluated lazily once per context (HELPERS below). It lives
 * here as a string because it must run in any context, bare test contexts
 * and a page's world included, where no module loader exists. The helper
 * captures builtins when it is evaluated; a page that replaced
 * Map.prototype.forEach before that would be seen.
 *
 * Lifetime: every object the encoder records for back-references must stay
 * alive until the call ends (a getter may return a fresh object that
 * nothing else holds; were it collected, its address could be reused and
 * alias a later object). They are kept in batches: KEEP_BATCH references in
 * the writer (on the C stack, which JSC scans conservatively), then one JS
 * array per full batch, chained through element 0 to the previous one.
 * That is one C API call per batch instead of a protect and an unprotect
 * per object (each C API call takes JSC's lock). The decoder's objects are
 * all reachable from the value under construction, which the C stack holds.
 *
 * Speed: primitives are told apart by their JSVALUE64 bits when a check at
 * calibration time confirms that encoding (else by the C API), for the same
 * reason.
 */
#include "clone.h"
#include "clone_impl.h"
#include "internal.h"
#include "jsc_private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared: the JS helper, JSType calibration, errors ---------------- */

static const char HELPERS[] =
    "(function () {\n"
    "'use strict';\n"
    "const { getOwnPropertyDescriptor: gopd, defineProperty, keys } = Object;\n"
    "const apply = Reflect.apply;\n"
    "const mapForEach = Map.prototype.forEach, mapSet = Map.prototype.set;\n"
    "const setForEach = Set.prototype.forEach, setAdd = Set.prototype.add;\n"
    "const reSource = gopd(RegExp.prototype, 'source').get;\n"
    "const reFlags = gopd(RegExp.prototype, 'flags').get;\n"
    "const valueOfs = [Number.prototype.valueOf, String.prototype.valueOf,\n"
    "  Boolean.prototype.valueOf, BigInt.prototype.valueOf];\n"
    "const bigToString = BigInt.prototype.toString, fnToString = Function.prototype.toString;\n"
    "const symToString = Symbol.prototype.toString, objToString = Object.prototype.toString;\n"
    "const dvBuffer = gopd(DataView.prototype, 'buffer').get;\n"
    "const dvOffset = gopd(DataView.prototype, 'byteOffset').get;\n"
    "const dvLength = gopd(DataView.prototype, 'byteLength').get;\n"
    "const errors = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];\n"
    "const hidden = (o, k, value) => defineProperty(o, k, { value, writable: true, configurable: true });\n"
    "return Object.freeze({\n"
    "  samples: () => [new Map, new Set, /x/, new Error, Promise.resolve(), new WeakMap,\n"
    "    new WeakSet, new Number(0), new String(''), new Boolean(false), Object(0n),\n"
    "    Object(Symbol()), new DataView(new ArrayBuffer(1)), {}, new Proxy({}, {}), [],\n"
    "    { a: 1, b: 2 }, { a: 3, b: 4 }, { b: 1, a: 2 }, { 1: 1 }],\n"
    "  keys,\n"
    "  mapEntries(m) { const a = []; apply(mapForEach, m, [(v, k) => { a[a.length] = k; a[a.length] = v; }]); return a; },\n"
    "  setValues(s) { const a = []; apply(setForEach, s, [(v) => { a[a.length] = v; }]); return a; },\n"
    "  newMap: () => new Map, newSet: () => new Set,\n"
    "  mapSet(m, k, v) { apply(mapSet, m, [k, v]); },\n"
    "  setAdd(s, v) { apply(setAdd, s, [v]); },\n"
    "  regexp: (r) => [apply(reSource, r, []), apply(reFlags, r, [])],\n"
    "  unbox: (o, kind) => apply(valueOfs[kind], o, []),\n"
    "  box: (v) => Object(v),\n"
    "  bigToHex: (b) => b < 0n ? '-' + apply(bigToString, -b, [16]) : apply(bigToString, b, [16]),\n"
    "  bigFromHex(h, neg) { const b = BigInt('0x' + h); return neg ? -b : b; },\n"
    "  dataView: (d) => [apply(dvBuffer, d, []), apply(dvOffset, d, []), apply(dvLength, d, [])],\n"
    "  newDataView: (ab) => new DataView(ab),\n"
    "  errorInfo(e) {\n"
    "    const md = gopd(e, 'message'), cd = gopd(e, 'cause'), stack = e.stack;\n"
    "    return [String(e.name), md !== undefined && 'value' in md, md && String(md.value),\n"
    "      cd !== undefined && 'value' in cd, cd && cd.value, typeof stack === 'string' ? stack : undefined];\n"
    "  },\n"
    "  makeError(i, hasMsg, msg, stack, hasCause, cause) {\n"
    "    const e = hasMsg ? new errors[i](msg) : new errors[i]();\n"
    "    delete e.stack;\n"
    "    if (stack !== undefined) hidden(e, 'stack', stack);\n"
    "    if (hasCause) hidden(e, 'cause', cause);\n"
    "    return e;\n"
    "  },\n"
    "  describe(v) {\n"
    "    if (typeof v === 'function') return apply(fnToString, v, []);\n"
    "    if (typeof v === 'symbol') return apply(symToString, v, []);\n"
    "    let n = 'Object';\n"
    "    try { const c = v.constructor; if (typeof c === 'function' && typeof c.name === 'string' && c.name) n = c.name; } catch {}\n"
    "    return '#<' + n + '>';\n"
    "  },\n"
    "  define(o, k, value) { defineProperty(o, k, { value, writable: true, enumerable: true, configurable: true }); },\n"
    "  ordinary: (o) => apply(objToString, o, []) === '[object Object]',\n"
    "});\n"
    "})()";

static const char *const HELPER_NAMES[H__COUNT] = {
    "samples", "keys", "mapEntries", "setValues", "newMap", "newSet", "mapSet", "setAdd",
    "regexp", "unbox", "box", "bigToHex", "bigFromHex", "dataView", "newDataView",
    "errorInfo", "makeError", "describe", "define", "ordinary",
};

/* Calls helper `h` with argv; NULL with *exc set when it threw. These are
 * our own functions, not user callbacks, so they bypass ct_js_call: the
 * caller turns an exception into its own error. */
JSValueRef ct__clone_helper_call(ct__clone_helpers_t *hp, int h, size_t argc, const JSValueRef argv[],
                                 JSValueRef *exc) {
    JSContextRef ctx = hp->ctx;
    if (hp->obj == NULL) {
        /* evaluated once per global object and kept on it under a name
         * random per process, read-only, hidden and undeletable: a script
         * cannot put its own object there first or replace ours, and the
         * frozen helper object gives it nothing it could not do itself */
        static char key[40];
        if (key[0] == 0) {
            uint64_t r = 0;
            if (uv_random(NULL, NULL, &r, sizeof r, 0, NULL) != 0) r = uv_hrtime() ^ (uintptr_t)&r;
            snprintf(key, sizeof key, "__cathodeClone%016llx", (unsigned long long)r);
        }
        JSObjectRef global = JSContextGetGlobalObject(ctx);
        JSValueRef o = ct_js_get(ctx, global, key);
        if (o == NULL || !JSValueIsObject(ctx, o)) {
            JSStringRef src = JSStringCreateWithUTF8CString(HELPERS);
            o = JSEvaluateScript(ctx, src, NULL, NULL, 1, exc);
            JSStringRelease(src);
            if (o == NULL || !JSValueIsObject(ctx, o)) return NULL;
            JSStringRef k = JSStringCreateWithUTF8CString(key);
            JSObjectSetProperty(ctx, global, k, o,
                                kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum |
                                    kJSPropertyAttributeDontDelete,
                                NULL);
            JSStringRelease(k);
        }
        hp->obj = (JSObjectRef)o;
    }
    if (hp->fns[h] == NULL) {
        JSValueRef f = ct_js_get(ctx, hp->obj, HELPER_NAMES[h]);
        if (f == NULL || !JSValueIsObject(ctx, f)) { /* cannot happen: the object is ours, frozen */
            ct_throw_error(ctx, exc, "structured clone: helper %s missing", HELPER_NAMES[h]);
            return NULL;
        }
        hp->fns[h] = (JSObjectRef)f;
    }
    return JSObjectCallAsFunction(ctx, hp->fns[h], NULL, argc, argv, exc);
}

/* JSType bytes of the classes the C API cannot check, found once per
 * process (they are fixed for one JSC build). -1: not calibrated, or the
 * sample's type byte was not unique, so that class cannot be recognised. */
enum {
    K_MAP, K_SET, K_REGEXP, K_ERROR, K_PROMISE, K_WEAK_MAP, K_WEAK_SET, K_NUMBER, K_STRING,
    K_BOOLEAN, K_BIGINT, K_SYMBOL, K_DATA_VIEW, K_PLAIN, K_PROXY, K_ARRAY, K__COUNT
};
static int kind_type[K__COUNT];
static bool calibrated;

/* JSC's JSVALUE64 encoding of immediates (JSCJSValue.h); value64 is set
 * only when sample values carry exactly these bits. */
#define V64_NUMBER_TAG 0xfffe000000000000ull
#define V64_DOUBLE_OFFSET (1ull << 49)
#define V64_NULL 0x02ull
#define V64_UNDEFINED 0x0aull
#define V64_FALSE 0x06ull
#define V64_TRUE 0x07ull
static bool value64;
static bool shapes_ok; /* Structure ids behave as wr_plain_keys expects */

static uint64_t bits_of(JSValueRef v) {
    return (uint64_t)(uintptr_t)v;
}

/* Byte 5 of a JSCell is its JSType (see util.c); -1 for primitives. */
static int cell_type(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObject(ctx, v)) return -1;
    return ((const unsigned char *)v)[5];
}

/* Fills kind_type and value64 once per process. Fails (false, *exc set)
 * only when the helper script cannot run, e.g. a page deleted a builtin it
 * uses before the first clone: the clone then fails, the process goes on. */
static bool calibrate(ct__clone_helpers_t *hp, JSValueRef *exc) {
    JSValueRef arr = ct__clone_helper_call(hp, H_SAMPLES, 0, NULL, exc);
    if (arr == NULL || !JSValueIsObject(hp->ctx, arr)) return false;
    for (int k = 0; k < K__COUNT; k++)
        kind_type[k] = cell_type(hp->ctx, JSObjectGetPropertyAtIndex(hp->ctx, (JSObjectRef)arr, k, NULL));
    /* JSC gives BigInt and Symbol wrappers one JSType; object_kind tells
     * them apart with BigInt.prototype.valueOf. Any other clash disables
     * both classes rather than guess. */
    int raw[K__COUNT];
    memcpy(raw, kind_type, sizeof raw);
    for (int k = 0; k < K__COUNT; k++)
        for (int j = 0; j < K__COUNT; j++)
            if (j != k && raw[j] == raw[k] &&
                !((k == K_BIGINT && j == K_SYMBOL) || (k == K_SYMBOL && j == K_BIGINT)))
                kind_type[k] = -1;
    JSContextRef ctx = hp->ctx;
    double d = 1.5;
    uint64_t db;
    memcpy(&db, &d, sizeof db);
    value64 = sizeof(void *) == 8 && bits_of(JSValueMakeNull(ctx)) == V64_NULL &&
              bits_of(JSValueMakeUndefined(ctx)) == V64_UNDEFINED &&
              bits_of(JSValueMakeBoolean(ctx, false)) == V64_FALSE &&
              bits_of(JSValueMakeBoolean(ctx, true)) == V64_TRUE &&
              bits_of(JSValueMakeNumber(ctx, -7)) == (V64_NUMBER_TAG | (uint32_t)-7) &&
              bits_of(JSValueMakeNumber(ctx, 1.5)) == db + V64_DOUBLE_OFFSET;
    /* two objects of one shape share a Structure id, another shape has
     * its own, and only the one with an indexed key has an indexing type */
    const uint8_t *s[4];
    for (unsigned i = 0; i < 4; i++) {
        JSValueRef v = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)arr, K__COUNT + i, NULL);
        if (!JSValueIsObject(ctx, v)) return false;
        s[i] = (const uint8_t *)v;
    }
    shapes_ok = memcmp(s[0], s[1], 4) == 0 && memcmp(s[0], s[2], 4) != 0 && s[0][4] == 0 &&
                s[1][4] == 0 && s[2][4] == 0 && s[3][4] != 0;
    calibrated = true;
    return true;
}

/* Which calibrated kind an object is, or -1 for anything else. */
static int object_kind(ct__clone_helpers_t *hp, JSValueRef o) {
    JSValueRef ignored = NULL;
    if (!calibrated && !calibrate(hp, &ignored)) return -1;
    int t = cell_type(hp->ctx, o);
    if (t >= 0 && t == kind_type[K_BIGINT] && t == kind_type[K_SYMBOL]) {
        JSValueRef args[2] = { o, JSValueMakeNumber(hp->ctx, K_BIGINT - K_NUMBER) }, exc = NULL;
        return ct__clone_helper_call(hp, H_UNBOX, 2, args, &exc) != NULL ? K_BIGINT : K_SYMBOL;
    }
    for (int k = 0; k < K__COUNT; k++)
        if (k != K_PLAIN && k != K_ARRAY && kind_type[k] >= 0 && kind_type[k] == t) return k;
    return -1;
}

/* Error prototypes in the order of the helper's `errors` array, with the
 * sub-tag V8 writes for each (0: Error, which needs none). */
const char ct__clone_error_tags[CT__CLONE_ERROR_TYPES] = { 0, 'E', 'R', 'F', 'S', 'T', 'U' };
static const char *const ERROR_NAMES[CT__CLONE_ERROR_TYPES] = {
    "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
};

/* Node's typed array host-object type indexes (lib/v8.js), by JSC type. */
const JSTypedArrayType ct__clone_host_types[HOST_COUNT] = {
    kJSTypedArrayTypeInt8Array, kJSTypedArrayTypeUint8Array, kJSTypedArrayTypeUint8ClampedArray,
    kJSTypedArrayTypeInt16Array, kJSTypedArrayTypeUint16Array, kJSTypedArrayTypeInt32Array,
    kJSTypedArrayTypeUint32Array, kJSTypedArrayTypeFloat32Array, kJSTypedArrayTypeFloat64Array,
    kJSTypedArrayTypeNone /* DataView */, kJSTypedArrayTypeUint8Array /* Buffer */,
    kJSTypedArrayTypeBigInt64Array, kJSTypedArrayTypeBigUint64Array,
};
const uint8_t ct__clone_host_element_size[HOST_COUNT] = { 1, 1, 1, 2, 2, 4, 4, 4, 8, 1, 1, 8, 8 };

static const char IPC_ERROR[] = "An object could not be cloned.";

/* Buffer.prototype of ctx's global `Buffer`, or NULL where there is none
 * (a bare context, a page). Cannot fail. */
JSValueRef ct__clone_buffer_proto(JSContextRef ctx) {
    JSValueRef b = ct_js_get(ctx, JSContextGetGlobalObject(ctx), "Buffer");
    if (!JSValueIsObject(ctx, b) || !JSObjectIsFunction(ctx, (JSObjectRef)b)) return NULL;
    JSValueRef p = ct_js_get(ctx, (JSObjectRef)b, "prototype");
    return JSValueIsObject(ctx, p) ? p : NULL;
}

/* A canonical array index ("0", "17", never "01"), as V8 writes it as a
 * number key: returns true and the index in *out. */
static bool array_index(const JSChar *c, size_t n, uint32_t *out) {
    if (n == 0 || n > 10 || (n > 1 && c[0] == '0')) return false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] < '0' || c[i] > '9') return false;
        v = v * 10 + (c[i] - '0');
    }
    if (v > 0xfffffffeull) return false;
    *out = (uint32_t)v;
    return true;
}

/* ---- encoder ---------------------------------------------------------- */

#define KEEP_BATCH 256
#define SHAPE_CACHE 8

typedef struct {
    JSContextRef ctx;
    int mode;
    uint8_t *buf; /* owned; handed to the caller on success */
    size_t len, cap;
    /* object -> id, open addressing; keys are protected until writer_free */
    JSObjectRef *keys;
    uint32_t *ids;
    size_t slots, used;
    uint32_t next_id;
    JSValueRef keep[KEEP_BATCH]; /* [0]: the previous batch's array, or NULL */
    size_t nkeep;
    struct {
        uint32_t sid;                 /* a Structure id */
        JSPropertyNameArrayRef names; /* owned: released by write_all */
    } shapes[SHAPE_CACHE];
    size_t next_shape;
    int depth;
    JSObjectRef object_proto, array_proto;
    ct__clone_helpers_t hp;
    JSValueRef *exc;
} clone_writer;

static bool wr_fail(clone_writer *w, JSValueRef v) {
    if (w->mode == CT_CLONE_IPC) {
        ct_throw_error(w->ctx, w->exc, "%s", IPC_ERROR);
        return false;
    }
    JSValueRef ignored = NULL;
    JSValueRef d = v != NULL ? ct__clone_helper_call(&w->hp, H_DESCRIBE, 1, &v, &ignored) : NULL;
    char *s = d != NULL ? ct_js_to_utf8(w->ctx, d, &ignored) : NULL;
    ct_throw_error(w->ctx, w->exc, "%s could not be cloned.", s ? s : "#<Object>");
    free(s);
    return false;
}

static bool wr_oom(clone_writer *w) {
    ct_throw_error(w->ctx, w->exc, "%s", w->mode == CT_CLONE_IPC ? IPC_ERROR
                                                                 : "Data cannot be cloned, out of memory.");
    return false;
}

static bool wr_reserve(clone_writer *w, size_t n) {
    if (n <= w->cap - w->len) return true;
    if (n > SIZE_MAX / 4 - w->len) return wr_oom(w);
    size_t cap = w->cap ? w->cap : 64;
    while (cap - w->len < n) cap *= 2;
    uint8_t *p = realloc(w->buf, cap);
    if (p == NULL) return wr_oom(w);
    w->buf = p;
    w->cap = cap;
    return true;
}

static bool wr_bytes(clone_writer *w, const void *p, size_t n) {
    if (!wr_reserve(w, n)) return false;
    if (n) memcpy(w->buf + w->len, p, n);
    w->len += n;
    return true;
}

static bool wr_byte(clone_writer *w, uint8_t b) {
    return wr_bytes(w, &b, 1);
}

static bool wr_varint(clone_writer *w, uint64_t v) {
    uint8_t tmp[10];
    size_t n = 0;
    do {
        tmp[n] = (uint8_t)(v & 0x7f);
        v >>= 7;
        if (v) tmp[n] |= 0x80;
        n++;
    } while (v);
    return wr_bytes(w, tmp, n);
}

static bool wr_double(clone_writer *w, double d) {
    uint8_t b[8];
    memcpy(b, &d, 8); /* little-endian hosts only, as is the format */
    return wr_bytes(w, b, 8);
}

static bool wr_number(clone_writer *w, double d) {
    if (d >= INT32_MIN && d <= INT32_MAX && d == (double)(int32_t)d && !(d == 0 && signbit(d))) {
        int32_t i = (int32_t)d;
        uint32_t zz = ((uint32_t)i << 1) ^ (uint32_t)(i >> 31);
        return wr_byte(w, 'I') && wr_varint(w, zz);
    }
    return wr_byte(w, 'N') && wr_double(w, d);
}

/* One-byte strings as '"' Latin-1, others as 'c' UTF-16LE; V8 pads with a
 * 0 tag so that the UTF-16 data starts at an even offset. */
static bool wr_chars(clone_writer *w, const JSChar *c, size_t n) {
    bool one_byte = true;
    for (size_t i = 0; i < n && one_byte; i++) one_byte = c[i] <= 0xff;
    if (one_byte) {
        if (!wr_byte(w, '"') || !wr_varint(w, n) || !wr_reserve(w, n)) return false;
        for (size_t i = 0; i < n; i++) w->buf[w->len + i] = (uint8_t)c[i];
        w->len += n;
        return true;
    }
    size_t bytes = 2 * n, vlen = 1;
    for (size_t t = bytes >> 7; t; t >>= 7) vlen++;
    if ((w->len + 1 + vlen) & 1)
        if (!wr_byte(w, 0)) return false;
    if (!wr_byte(w, 'c') || !wr_varint(w, bytes) || !wr_reserve(w, bytes)) return false;
    for (size_t i = 0; i < n; i++) {
        w->buf[w->len + 2 * i] = (uint8_t)(c[i] & 0xff);
        w->buf[w->len + 2 * i + 1] = (uint8_t)(c[i] >> 8);
    }
    w->len += bytes;
    return true;
}

static bool wr_jsstring(clone_writer *w, JSStringRef s) {
    return wr_chars(w, JSStringGetCharactersPtr(s), JSStringGetLength(s));
}

static bool wr_string(clone_writer *w, JSValueRef v) {
    JSStringRef s = JSValueToStringCopy(w->ctx, v, w->exc);
    if (s == NULL) return false;
    bool ok = wr_jsstring(w, s);
    JSStringRelease(s);
    return ok;
}

/* tag ('Z', or 'z' boxed), then (byte length << 1 | sign) and the magnitude in 64-bit
 * little-endian digits. The magnitude comes from BigInt's hex form. */
static bool wr_bigint(clone_writer *w, JSValueRef v, uint8_t tag) {
    JSValueRef hex = ct__clone_helper_call(&w->hp, H_BIG_TO_HEX, 1, &v, w->exc);
    char *h = hex ? ct_js_to_utf8(w->ctx, hex, w->exc) : NULL;
    if (h == NULL) return false;
    bool neg = h[0] == '-';
    const char *d = h + neg;
    size_t nd = strlen(d);
    bool zero = nd == 1 && d[0] == '0';
    size_t bytes = zero ? 0 : ((nd + 15) / 16) * 8;
    bool ok = wr_byte(w, tag) && wr_varint(w, ((uint64_t)bytes << 1) | (neg && !zero)) &&
              wr_reserve(w, bytes);
    if (ok) {
        memset(w->buf + w->len, 0, bytes);
        for (size_t i = 0; i < nd && !zero; i++) { /* i-th hex digit from the right */
            char ch = d[nd - 1 - i];
            int x = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
            w->buf[w->len + i / 2] |= (uint8_t)(x << (4 * (i & 1)));
        }
        w->len += bytes;
    }
    free(h);
    return ok;
}

/* Looks o up in the id map; returns its id, or inserts it with a new id and
 * returns -1. -2 when out of memory. */
static int64_t wr_lookup(clone_writer *w, JSObjectRef o) {
    if (2 * (w->used + 1) > w->slots) {
        size_t slots = w->slots ? 2 * w->slots : 256;
        JSObjectRef *keys = calloc(slots, sizeof *keys);
        uint32_t *ids = malloc(slots * sizeof *ids);
        if (keys == NULL || ids == NULL) {
            free(keys);
            free(ids);
            return -2;
        }
        for (size_t i = 0; i < w->slots; i++) {
            if (w->keys[i] == NULL) continue;
            size_t j = ((uintptr_t)w->keys[i] >> 4) * 0x9E3779B97F4A7C15ull % slots;
            while (keys[j] != NULL) j = (j + 1) % slots;
            keys[j] = w->keys[i];
            ids[j] = w->ids[i];
        }
        free(w->keys);
        free(w->ids);
        w->keys = keys;
        w->ids = ids;
        w->slots = slots;
    }
    size_t j = ((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull % w->slots;
    while (w->keys[j] != NULL) {
        if (w->keys[j] == o) return w->ids[j];
        j = (j + 1) % w->slots;
    }
    if (w->nkeep == KEEP_BATCH) { /* see "Lifetime" at the top */
        JSObjectRef batch = JSObjectMakeArray(w->ctx, KEEP_BATCH, w->keep, NULL);
        if (batch == NULL) return -2;
        w->keep[0] = batch;
        w->nkeep = 1;
    }
    w->keep[w->nkeep++] = o;
    w->keys[j] = o;
    w->ids[j] = w->next_id++;
    w->used++;
    return -1;
}

static bool wr_value(clone_writer *w, JSValueRef v);

/* Writes `name: value` for each of the names; *count gets how many. */
static bool wr_props(clone_writer *w, JSObjectRef o, JSPropertyNameArrayRef names, size_t from,
                     uint32_t *count) {
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = from; i < n; i++) {
        JSStringRef k = JSPropertyNameArrayGetNameAtIndex(names, i);
        uint32_t idx;
        bool ok = array_index(JSStringGetCharactersPtr(k), JSStringGetLength(k), &idx)
                      ? wr_number(w, idx)
                      : wr_jsstring(w, k);
        JSValueRef v = ok ? JSObjectGetProperty(w->ctx, o, k, w->exc) : NULL;
        if (v == NULL || !wr_value(w, v)) return false;
        (*count)++;
    }
    return true;
}

/* Own enumerable string keys. JSObjectCopyPropertyNames also lists
 * enumerable keys of prototypes, so objects whose prototype is not one of
 * the standard two (or null) ask Object.keys. Caller releases the array. */
static JSPropertyNameArrayRef wr_keys(clone_writer *w, JSObjectRef o) {
    JSValueRef proto = JSObjectGetPrototype(w->ctx, o);
    if (JSValueIsNull(w->ctx, proto) || proto == w->object_proto || proto == w->array_proto)
        return JSObjectCopyPropertyNames(w->ctx, o);
    JSValueRef v = o;
    JSValueRef keys = ct__clone_helper_call(&w->hp, H_KEYS, 1, &v, w->exc);
    if (keys == NULL || !JSValueIsObject(w->ctx, keys)) return NULL;
    /* the names of an array of strings, in order, are its indexes: read them
     * back into a fresh object whose own keys are exactly those strings */
    JSObjectRef shape = JSObjectMake(w->ctx, NULL, NULL);
    JSObjectSetPrototype(w->ctx, shape, JSValueMakeNull(w->ctx));
    size_t n = (size_t)JSValueToNumber(w->ctx, ct_js_get(w->ctx, (JSObjectRef)keys, "length"), NULL);
    for (size_t i = 0; i < n; i++) {
        JSValueRef k = JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)keys, (unsigned)i, NULL);
        JSStringRef ks = JSValueToStringCopy(w->ctx, k, NULL);
        if (ks == NULL) continue;
        JSObjectSetProperty(w->ctx, shape, ks, JSValueMakeUndefined(w->ctx), kJSPropertyAttributeNone, NULL);
        JSStringRelease(ks);
    }
    return JSObjectCopyPropertyNames(w->ctx, shape);
}

static bool wr_array(clone_writer *w, JSObjectRef a) {
    JSPropertyNameArrayRef names = wr_keys(w, a);
    if (names == NULL) return false;
    double dlen = JSValueToNumber(w->ctx, ct_js_get(w->ctx, a, "length"), NULL);
    uint32_t len = dlen >= 0 && dlen <= UINT32_MAX ? (uint32_t)dlen : 0;
    size_t n = JSPropertyNameArrayGetCount(names), nidx = 0;
    uint32_t idx;
    while (nidx < n) {
        JSStringRef k = JSPropertyNameArrayGetNameAtIndex(names, nidx);
        if (!array_index(JSStringGetCharactersPtr(k), JSStringGetLength(k), &idx)) break;
        nidx++;
    }
    /* V8 writes arrays with packed elements densely and holey ones sparsely;
     * JSC hides the elements kind, so "every index present" stands in */
    bool dense = nidx == len, ok;
    uint32_t count = 0;
    if (dense) {
        ok = wr_byte(w, 'A') && wr_varint(w, len);
        for (uint32_t i = 0; ok && i < len; i++) {
            JSValueRef v = JSObjectGetPropertyAtIndex(w->ctx, a, i, w->exc);
            ok = v != NULL && wr_value(w, v);
        }
        ok = ok && wr_props(w, a, names, nidx, &count) && wr_byte(w, '$') &&
             wr_varint(w, count) && wr_varint(w, len);
    } else {
        ok = wr_byte(w, 'a') && wr_varint(w, len) && wr_props(w, a, names, 0, &count) &&
             wr_byte(w, '@') && wr_varint(w, count) && wr_varint(w, len);
    }
    JSPropertyNameArrayRelease(names);
    return ok;
}

/* wr_keys for ordinary objects, remembered per shape: objects with one
 * JSC Structure (the cell's first 4 bytes) and no indexed storage (byte 4,
 * the indexing type, is 0) have the same own keys, so an array of rows
 * lists its keys once. Structures of visited objects stay alive for the
 * whole call (see "Lifetime"), so an id cannot be reused meanwhile.
 * Caller releases the array. */
static JSPropertyNameArrayRef wr_plain_keys(clone_writer *w, JSObjectRef o) {
    const uint8_t *cell = (const uint8_t *)o;
    if (!shapes_ok || cell[4] != 0) return wr_keys(w, o);
    uint32_t sid;
    memcpy(&sid, cell, sizeof sid);
    for (size_t i = 0; i < SHAPE_CACHE; i++)
        if (w->shapes[i].names != NULL && w->shapes[i].sid == sid)
            return JSPropertyNameArrayRetain(w->shapes[i].names);
    JSPropertyNameArrayRef names = wr_keys(w, o);
    if (names == NULL) return NULL;
    size_t slot = w->next_shape++ % SHAPE_CACHE;
    if (w->shapes[slot].names != NULL) JSPropertyNameArrayRelease(w->shapes[slot].names);
    w->shapes[slot].sid = sid;
    w->shapes[slot].names = JSPropertyNameArrayRetain(names);
    return names;
}

static bool wr_plain(clone_writer *w, JSObjectRef o) {
    JSPropertyNameArrayRef names = wr_plain_keys(w, o);
    if (names == NULL) return false;
    uint32_t count = 0;
    bool ok = wr_byte(w, 'o') && wr_props(w, o, names, 0, &count) && wr_byte(w, '{') &&
              wr_varint(w, count);
    JSPropertyNameArrayRelease(names);
    return ok;
}

/* Map (';' k v ... ':' 2n) and Set ('\'' v ... ',' n). */
static bool wr_collection(clone_writer *w, JSObjectRef o, bool is_map) {
    JSValueRef v = o;
    JSValueRef items = ct__clone_helper_call(&w->hp, is_map ? H_MAP_ENTRIES : H_SET_VALUES, 1, &v, w->exc);
    if (items == NULL) return false;
    JSValueRef lenv = ct_js_get(w->ctx, (JSObjectRef)items, "length");
    uint32_t n = (uint32_t)JSValueToNumber(w->ctx, lenv, NULL);
    if (!wr_byte(w, is_map ? ';' : '\'')) return false;
    for (uint32_t i = 0; i < n; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)items, i, w->exc);
        if (e == NULL || !wr_value(w, e)) return false;
    }
    return wr_byte(w, is_map ? ':' : ',') && wr_varint(w, n);
}

static bool wr_regexp(clone_writer *w, JSObjectRef o) {
    JSValueRef v = o;
    JSValueRef pair = ct__clone_helper_call(&w->hp, H_REGEXP, 1, &v, w->exc);
    if (pair == NULL) return false;
    JSValueRef src = JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)pair, 0, NULL);
    char *flags = ct_js_to_utf8(w->ctx, JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)pair, 1, NULL), w->exc);
    if (flags == NULL) return false;
    static const char order[] = "gimyusldv"; /* bit i of V8's flag field */
    uint32_t bits = 0;
    for (const char *f = flags; *f; f++) {
        const char *p = strchr(order, *f);
        if (p != NULL) bits |= 1u << (p - order);
    }
    free(flags);
    return wr_byte(w, 'R') && wr_string(w, src) && wr_varint(w, bits);
}

static bool wr_error(clone_writer *w, JSObjectRef o) {
    JSValueRef v = o;
    JSValueRef info = ct__clone_helper_call(&w->hp, H_ERROR_INFO, 1, &v, w->exc);
    if (info == NULL) return false;
    JSValueRef f[6];
    for (unsigned i = 0; i < 6; i++) f[i] = JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)info, i, NULL);
    char *name = ct_js_to_utf8(w->ctx, f[0], w->exc);
    if (name == NULL) return false;
    char tag = 0;
    for (size_t i = 1; i < CT_ARRAY_SIZE(ERROR_NAMES); i++)
        if (strcmp(name, ERROR_NAMES[i]) == 0) tag = ct__clone_error_tags[i];
    free(name);
    bool ok = wr_byte(w, 'r') && (tag == 0 || wr_byte(w, (uint8_t)tag));
    if (ok && JSValueToBoolean(w->ctx, f[1])) ok = wr_byte(w, 'm') && wr_string(w, f[2]);
    if (ok && JSValueToBoolean(w->ctx, f[3])) ok = wr_byte(w, 'c') && wr_value(w, f[4]);
    if (ok && JSValueIsString(w->ctx, f[5])) ok = wr_byte(w, 's') && wr_string(w, f[5]);
    return ok && wr_byte(w, '.');
}

/* Typed arrays and DataView as Node's host objects. */
static bool wr_view(clone_writer *w, JSObjectRef o, JSTypedArrayType t) {
    uint32_t index = HOST_DATA_VIEW;
    uint8_t *data;
    size_t len;
    if (t != kJSTypedArrayTypeNone) {
        for (index = 0; index < HOST_COUNT && ct__clone_host_types[index] != t; index++) {}
        if (index == HOST_COUNT) return wr_fail(w, o);
        if (index == 1 && w->mode == CT_CLONE_NODE) {
            JSValueRef bp = ct__clone_buffer_proto(w->ctx);
            if (bp != NULL && JSObjectGetPrototype(w->ctx, o) == bp) index = HOST_BUFFER;
        }
        ct_js_bytes(w->ctx, o, &data, &len);
    } else {
        JSValueRef v = o;
        JSValueRef dv = ct__clone_helper_call(&w->hp, H_DATA_VIEW, 1, &v, w->exc);
        if (dv == NULL) return false;
        JSValueRef ab = JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)dv, 0, NULL);
        double off = JSValueToNumber(w->ctx, JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)dv, 1, NULL), NULL);
        double n = JSValueToNumber(w->ctx, JSObjectGetPropertyAtIndex(w->ctx, (JSObjectRef)dv, 2, NULL), NULL);
        size_t ablen;
        if (!ct_js_bytes(w->ctx, ab, &data, &ablen) || off < 0 || n < 0 || off + n > (double)ablen)
            return wr_fail(w, o);
        data += (size_t)off;
        len = (size_t)n;
    }
    if (len > UINT32_MAX) return wr_oom(w);
    return wr_byte(w, '\\') && wr_varint(w, index) && wr_varint(w, len) && wr_bytes(w, data, len);
}

static bool wr_object(clone_writer *w, JSObjectRef o) {
    int64_t id = wr_lookup(w, o);
    if (id == -2) return wr_oom(w);
    if (id >= 0) return wr_byte(w, '^') && wr_varint(w, (uint64_t)id);
    JSContextRef ctx = w->ctx;
    /* fast paths: an ordinary object or array needs none of the checks
     * below (each C API call takes JSC's lock) */
    int t0 = cell_type(ctx, o);
    if (t0 == kind_type[K_PLAIN]) return wr_plain(w, o);
    if (t0 == kind_type[K_ARRAY]) return wr_array(w, o);
    if (JSValueIsArray(ctx, o)) return wr_array(w, o);
    if (JSValueIsDate(ctx, o)) return wr_byte(w, 'D') && wr_double(w, JSValueToNumber(ctx, o, NULL));
    JSTypedArrayType t = JSValueGetTypedArrayType(ctx, o, NULL);
    if (t == kJSTypedArrayTypeArrayBuffer) {
        uint8_t *data;
        size_t len;
        ct_js_bytes(ctx, o, &data, &len);
        return wr_byte(w, 'B') && wr_varint(w, len) && wr_bytes(w, data, len);
    }
    if (t != kJSTypedArrayTypeNone) return wr_view(w, o, t);
    if (JSObjectIsFunction(ctx, o) || JSObjectGetProxyTarget(o) != NULL) return wr_fail(w, o);
    JSValueRef v = o, prim;
    int k = object_kind(&w->hp, o);
    switch (k) {
    case K_MAP: return wr_collection(w, o, true);
    case K_SET: return wr_collection(w, o, false);
    case K_REGEXP: return wr_regexp(w, o);
    case K_ERROR: return wr_error(w, o);
    case K_DATA_VIEW: return wr_view(w, o, kJSTypedArrayTypeNone);
    case K_NUMBER:
    case K_STRING:
    case K_BOOLEAN:
    case K_BIGINT: {
        JSValueRef args[2] = { v, JSValueMakeNumber(ctx, k - K_NUMBER) };
        prim = ct__clone_helper_call(&w->hp, H_UNBOX, 2, args, w->exc);
        if (prim == NULL) return false;
        if (k == K_NUMBER) return wr_byte(w, 'n') && wr_double(w, JSValueToNumber(ctx, prim, NULL));
        if (k == K_BOOLEAN) return wr_byte(w, JSValueToBoolean(ctx, prim) ? 'y' : 'x');
        if (k == K_STRING) return wr_byte(w, 's') && wr_string(w, prim);
        return wr_bigint(w, prim, 'z');
    }
    case K_PROMISE:
    case K_WEAK_MAP:
    case K_WEAK_SET:
    case K_SYMBOL:
    case K_PROXY: return wr_fail(w, o);
    default: break;
    }
    /* objects of API classes (JSObjectMake with a class) are host objects */
    if (JSObjectGetPrivate(o) != NULL) return wr_fail(w, o);
    /* what is left is either an ordinary object of an unusual shape or an
     * exotic one V8 refuses too: DOM wrappers in a renderer, Intl objects,
     * generators, iterators, WeakRef, arguments, the global object */
    JSValueRef ord = ct__clone_helper_call(&w->hp, H_ORDINARY, 1, &v, w->exc);
    if (ord == NULL) return false;
    if (!JSValueToBoolean(ctx, ord)) return wr_fail(w, o);
    return wr_plain(w, o);
}

static bool wr_value(clone_writer *w, JSValueRef v) {
    JSContextRef ctx = w->ctx;
    if (value64) { /* JSVALUE64 immediates, see calibrate() */
        uint64_t bits = (uint64_t)(uintptr_t)v;
        if ((bits & V64_NUMBER_TAG) == V64_NUMBER_TAG) return wr_number(w, (int32_t)bits);
        if (bits & V64_NUMBER_TAG) {
            bits -= V64_DOUBLE_OFFSET;
            double d;
            memcpy(&d, &bits, sizeof d);
            return wr_number(w, d);
        }
        if (bits == V64_NULL) return wr_byte(w, '0');
        if (bits == V64_UNDEFINED) return wr_byte(w, '_');
        if (bits == V64_TRUE || bits == V64_FALSE) return wr_byte(w, bits == V64_TRUE ? 'T' : 'F');
    }
    switch (JSValueGetType(ctx, v)) {
    case kJSTypeUndefined: return wr_byte(w, '_');
    case kJSTypeNull: return wr_byte(w, '0');
    case kJSTypeBoolean: return wr_byte(w, JSValueToBoolean(ctx, v) ? 'T' : 'F');
    case kJSTypeNumber: return wr_number(w, JSValueToNumber(ctx, v, NULL));
    case kJSTypeString: return wr_string(w, v);
    case kJSTypeBigInt: return wr_bigint(w, v, 'Z');
    case kJSTypeSymbol: return wr_fail(w, v);
    case kJSTypeObject: break;
    }
    if (++w->depth > CT_CLONE_MAX_DEPTH) {
        if (w->mode == CT_CLONE_IPC) return wr_fail(w, v);
        ct_throw_code(ctx, w->exc, "RangeError", NULL, "Maximum call stack size exceeded");
        return false;
    }
    bool ok = wr_object(w, (JSObjectRef)v);
    w->depth--;
    return ok;
}

static uint8_t *write_all(JSContextRef ctx, JSValueRef v, int mode, bool header, size_t *out_len,
                          JSValueRef *exc) {
    clone_writer w = { .ctx = ctx, .mode = mode, .exc = exc, .hp = { .ctx = ctx }, .nkeep = 1 };
    w.keep[0] = JSValueMakeUndefined(ctx);
    if (!calibrated && !calibrate(&w.hp, exc)) return NULL;
    w.object_proto = (JSObjectRef)JSObjectGetPrototype(ctx, JSObjectMake(ctx, NULL, NULL));
    w.array_proto = (JSObjectRef)JSObjectGetPrototype(ctx, JSObjectMakeArray(ctx, 0, NULL, NULL));
    bool ok = (!header || (wr_byte(&w, 0xff) && wr_byte(&w, CT_CLONE_VERSION))) && wr_value(&w, v);
    free(w.keys);
    for (size_t i = 0; i < SHAPE_CACHE; i++)
        if (w.shapes[i].names != NULL) JSPropertyNameArrayRelease(w.shapes[i].names);
    free(w.ids);
    if (!ok) {
        free(w.buf);
        return NULL;
    }
    if (w.buf == NULL) w.buf = malloc(1);
    *out_len = w.len;
    return w.buf;
}

uint8_t *ct_clone_serialize(JSContextRef ctx, JSValueRef v, int mode, size_t *out_len,
                            JSValueRef *exc) {
    return write_all(ctx, v, mode, true, out_len, exc);
}

uint8_t *ct_clone_write_value(JSContextRef ctx, JSValueRef v, int mode, size_t *out_len,
                              JSValueRef *exc) {
    return write_all(ctx, v, mode, false, out_len, exc);
}
