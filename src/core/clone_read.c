/* SPDX-License-Identifier: MIT
 *
 * clone_read.c — the structured-clone decoder (V8's format, version 15; see
 * clone.c for the encoder and the format): turns bytes, possibly from an
 * untrusted renderer, into a value.
 *
 * Defensive throughout: every read is bounds-checked, every length is
 * checked against the bytes left before anything is allocated, varints are
 * limited to 32 bits, nesting is bounded (CT_CLONE_MAX_DEPTH), counts V8
 * writes after objects, arrays, Maps and Sets must match what was read, and
 * a back-reference must name an object already complete. Any failure is one
 * Error ("Unable to deserialize cloned data."), never a crash. Objects get
 * ids in the order V8's deserializer gives them. Object keys are set with
 * [[Set]] semantics except "__proto__", which is defined as an own property.
 */
#include "clone.h"
#include "clone_impl.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static const char READ_ERROR[] = "Unable to deserialize cloned data.";
static const char VERSION_ERROR[] =
    "Unable to deserialize cloned data due to invalid or unsupported version.";

typedef struct {
    JSContextRef ctx;
    int mode;
    const uint8_t *p; /* borrowed: the caller's bytes */
    size_t len, pos;
    int depth;
    JSValueRef *objs; /* by id; NULL while an Error is still being read */
    size_t nobjs, objcap;
    const char *msg;  /* the error to report, when not READ_ERROR */
    ct__clone_helpers_t hp;
} clone_reader;

static bool rd_byte(clone_reader *r, uint8_t *b) {
    if (r->pos >= r->len) return false;
    *b = r->p[r->pos++];
    return true;
}

static bool rd_varint(clone_reader *r, uint32_t *out) {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        uint8_t b;
        if (!rd_byte(r, &b)) return false;
        if (shift == 28 && (b & 0x70)) return false; /* more than 32 bits */
        v |= (uint32_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}

static bool rd_double(clone_reader *r, double *d) {
    if (r->len - r->pos < 8) return false;
    memcpy(d, r->p + r->pos, 8);
    r->pos += 8;
    return true;
}

/* The next tag, after V8's padding bytes. */
static bool rd_tag(clone_reader *r, uint8_t *tag) {
    do {
        if (!rd_byte(r, tag)) return false;
    } while (*tag == 0);
    return true;
}

static bool rd_peek_tag(clone_reader *r, uint8_t *tag) {
    size_t save = r->pos;
    bool ok = rd_tag(r, tag);
    r->pos = save;
    return ok;
}

/* Reserves the next object id; returns it, or -1 when out of memory. */
static int64_t rd_new_id(clone_reader *r) {
    if (r->nobjs == r->objcap) {
        size_t cap = r->objcap ? 2 * r->objcap : 64;
        JSValueRef *o = realloc(r->objs, cap * sizeof *o);
        if (o == NULL) return -1;
        r->objs = o;
        r->objcap = cap;
    }
    r->objs[r->nobjs] = NULL;
    return (int64_t)r->nobjs++;
}

static JSValueRef rd_add(clone_reader *r, JSValueRef o) {
    int64_t id = rd_new_id(r);
    if (id < 0) return NULL;
    r->objs[id] = o;
    return o;
}

/* The string after its tag, as a JSStringRef; NULL when malformed. Caller
 * releases it with JSStringRelease. */
static JSStringRef rd_jsstring(clone_reader *r, uint8_t tag) {
    uint32_t n;
    if (!rd_varint(r, &n) || n > r->len - r->pos) return NULL;
    const uint8_t *s = r->p + r->pos;
    r->pos += n;
    JSStringRef js = NULL;
    if (tag == '"') {
        JSChar *c = malloc(n ? n * sizeof *c : 1);
        if (c == NULL) return NULL;
        for (uint32_t i = 0; i < n; i++) c[i] = s[i];
        js = JSStringCreateWithCharacters(c, n);
        free(c);
    } else if (tag == 'c') {
        if (n & 1) return NULL;
        JSChar *c = malloc(n ? n : 1);
        if (c == NULL) return NULL;
        for (uint32_t i = 0; i < n / 2; i++) c[i] = (JSChar)(s[2 * i] | s[2 * i + 1] << 8);
        js = JSStringCreateWithCharacters(c, n / 2);
        free(c);
    } else { /* 'S': UTF-8, from older writers */
        char *c = malloc((size_t)n + 1);
        if (c == NULL) return NULL;
        memcpy(c, s, n);
        c[n] = 0;
        if (memchr(c, 0, n) != NULL) { /* JSC's UTF-8 entry point stops at NUL */
            free(c);
            return NULL;
        }
        js = JSStringCreateWithUTF8CString(c);
        free(c);
    }
    return js;
}

static JSValueRef rd_string_body(clone_reader *r, uint8_t tag) {
    JSStringRef js = rd_jsstring(r, tag);
    if (js == NULL) return NULL;
    JSValueRef v = JSValueMakeString(r->ctx, js);
    JSStringRelease(js);
    return v;
}

/* A string value (tag included), as V8's ReadString: anything else fails. */
static JSValueRef rd_string(clone_reader *r) {
    uint8_t tag;
    if (!rd_tag(r, &tag) || (tag != '"' && tag != 'c' && tag != 'S')) return NULL;
    return rd_string_body(r, tag);
}

static JSValueRef rd_bigint(clone_reader *r) {
    uint32_t bits;
    if (!rd_varint(r, &bits)) return NULL;
    uint32_t n = bits >> 1;
    if (n > r->len - r->pos) return NULL;
    const uint8_t *d = r->p + r->pos;
    r->pos += n;
    char *hex = malloc(2 * (size_t)n + 2);
    if (hex == NULL) return NULL;
    size_t h = 0;
    for (uint32_t i = n; i-- > 0;) { /* most significant byte first */
        static const char digits[] = "0123456789abcdef";
        hex[h++] = digits[d[i] >> 4];
        hex[h++] = digits[d[i] & 15];
    }
    if (h == 0) hex[h++] = '0';
    hex[h] = 0;
    JSValueRef args[2] = { ct_js_str(r->ctx, hex), JSValueMakeBoolean(r->ctx, bits & 1) };
    free(hex);
    JSValueRef ignored = NULL;
    return ct__clone_helper_call(&r->hp, H_BIG_FROM_HEX, 2, args, &ignored);
}

static JSValueRef rd_value(clone_reader *r);

static bool rd_set_named(clone_reader *r, JSObjectRef o, JSStringRef k, JSValueRef key, JSValueRef v);

/* Sets o[key] = v as V8 does (a data property; "__proto__" stays a key). */
static bool rd_set(clone_reader *r, JSObjectRef o, JSValueRef key, JSValueRef v) {
    JSValueRef exc = NULL;
    if (JSValueIsNumber(r->ctx, key)) {
        double d = JSValueToNumber(r->ctx, key, NULL);
        if (d >= 0 && d <= 4294967294.0 && d == (double)(uint32_t)d) {
            JSObjectSetPropertyAtIndex(r->ctx, o, (unsigned)d, v, &exc);
            return exc == NULL;
        }
    } else if (!JSValueIsString(r->ctx, key)) {
        return false;
    }
    JSStringRef k = JSValueToStringCopy(r->ctx, key, NULL);
    if (k == NULL) return false;
    bool ok = rd_set_named(r, o, k, key, v);
    JSStringRelease(k);
    return ok;
}

/* o[k] = v for a string key k (key: the same as a JS value, or NULL). */
static bool rd_set_named(clone_reader *r, JSObjectRef o, JSStringRef k, JSValueRef key, JSValueRef v) {
    JSValueRef exc = NULL;
    static const JSChar proto[] = { '_', '_', 'p', 'r', 'o', 't', 'o', '_', '_' };
    bool special = JSStringGetLength(k) == 9 && memcmp(JSStringGetCharactersPtr(k), proto, sizeof proto) == 0;
    if (special) {
        JSValueRef args[3] = { o, key ? key : JSValueMakeString(r->ctx, k), v };
        return ct__clone_helper_call(&r->hp, H_DEFINE, 3, args, &exc) != NULL;
    }
    JSObjectSetProperty(r->ctx, o, k, v, kJSPropertyAttributeNone, &exc);
    return exc == NULL;
}

/* key/value pairs until `end`; then checks V8's trailing property count. */
static bool rd_props(clone_reader *r, JSObjectRef o, uint8_t end, uint32_t *count) {
    *count = 0;
    for (;;) {
        uint8_t tag;
        if (!rd_peek_tag(r, &tag)) return false;
        if (tag == end) {
            rd_tag(r, &tag);
            return true;
        }
        if (tag == '"' || tag == 'c') { /* the common case, without a key JSValue */
            rd_tag(r, &tag);
            JSStringRef ks = rd_jsstring(r, tag);
            JSValueRef v = ks != NULL ? rd_value(r) : NULL;
            bool ok = v != NULL && rd_set_named(r, o, ks, NULL, v);
            if (ks != NULL) JSStringRelease(ks);
            if (!ok) return false;
            (*count)++;
            continue;
        }
        JSValueRef k = rd_value(r);
        if (k == NULL || (!JSValueIsString(r->ctx, k) && !JSValueIsNumber(r->ctx, k))) return false;
        JSValueRef v = rd_value(r);
        if (v == NULL || !rd_set(r, o, k, v)) return false;
        (*count)++;
    }
}

static JSValueRef rd_array(clone_reader *r, bool dense) {
    uint32_t len, count, want, want_len;
    if (!rd_varint(r, &len)) return NULL;
    if (dense && len > r->len - r->pos) return NULL; /* each element takes a byte */
    JSObjectRef a = JSObjectMakeArray(r->ctx, 0, NULL, NULL);
    if (a == NULL || rd_add(r, a) == NULL) return NULL;
    JSValueRef exc = NULL;
    if (!dense) {
        ct_js_set(r->ctx, a, "length", JSValueMakeNumber(r->ctx, len));
    } else {
        for (uint32_t i = 0; i < len; i++) {
            uint8_t tag;
            if (!rd_peek_tag(r, &tag)) return NULL;
            if (tag == '-') { /* the hole */
                rd_tag(r, &tag);
                continue;
            }
            JSValueRef v = rd_value(r);
            if (v == NULL) return NULL;
            JSObjectSetPropertyAtIndex(r->ctx, a, i, v, &exc);
            if (exc != NULL) return NULL;
        }
    }
    if (!rd_props(r, a, dense ? '$' : '@', &count) || !rd_varint(r, &want) ||
        !rd_varint(r, &want_len) || want != count || want_len != len)
        return NULL;
    if (dense && JSValueToNumber(r->ctx, ct_js_get(r->ctx, a, "length"), NULL) != len)
        ct_js_set(r->ctx, a, "length", JSValueMakeNumber(r->ctx, len));
    return a;
}

static JSValueRef rd_collection(clone_reader *r, bool is_map) {
    JSValueRef exc = NULL;
    JSValueRef c = ct__clone_helper_call(&r->hp, is_map ? H_NEW_MAP : H_NEW_SET, 0, NULL, &exc);
    if (c == NULL || rd_add(r, c) == NULL) return NULL;
    uint32_t n = 0, want;
    for (;;) {
        uint8_t tag;
        if (!rd_peek_tag(r, &tag)) return NULL;
        if (tag == (is_map ? ':' : ',')) break;
        JSValueRef args[3] = { c, rd_value(r), NULL };
        if (args[1] == NULL) return NULL;
        if (is_map && (args[2] = rd_value(r)) == NULL) return NULL;
        if (ct__clone_helper_call(&r->hp, is_map ? H_MAP_SET : H_SET_ADD, is_map ? 3 : 2, args, &exc) == NULL)
            return NULL;
        n += is_map ? 2 : 1;
    }
    uint8_t tag;
    rd_tag(r, &tag);
    if (!rd_varint(r, &want) || want != n) return NULL;
    return c;
}

static JSValueRef rd_regexp(clone_reader *r) {
    int64_t id = rd_new_id(r);
    JSValueRef src = id >= 0 ? rd_string(r) : NULL;
    uint32_t bits;
    if (src == NULL || !rd_varint(r, &bits) || bits >= 1u << 9) return NULL;
    static const char order[] = "gimyusldv";
    char flags[10];
    size_t n = 0;
    for (int i = 0; i < 9; i++)
        if (bits & (1u << i)) flags[n++] = order[i];
    flags[n] = 0;
    JSValueRef args[2] = { src, ct_js_str(r->ctx, flags) };
    JSValueRef exc = NULL;
    JSObjectRef re = JSObjectMakeRegExp(r->ctx, 2, args, &exc);
    if (re == NULL || exc != NULL) return NULL;
    r->objs[id] = re;
    return re;
}

/* Typed arrays, DataView and Buffer as Node's host objects. */
static JSValueRef rd_host(clone_reader *r) {
    int64_t id = rd_new_id(r);
    uint32_t index, n;
    if (id < 0 || !rd_varint(r, &index) || index >= HOST_COUNT || !rd_varint(r, &n)) return NULL;
    if (n > r->len - r->pos) {
        if (r->mode == CT_CLONE_NODE) r->msg = "ReadRawBytes() failed"; /* Node's text */
        return NULL;
    }
    /* a byte length that is no multiple of the element size keeps the whole
     * elements and skips the rest, as Node's _readHostObject does */
    uint32_t whole = n - n % ct__clone_host_element_size[index];
    JSValueRef exc = NULL;
    JSTypedArrayType t = index == HOST_DATA_VIEW ? kJSTypedArrayTypeUint8Array : ct__clone_host_types[index];
    JSObjectRef a = JSObjectMakeTypedArray(r->ctx, t, n / ct__clone_host_element_size[index], &exc);
    uint8_t *data;
    size_t len;
    if (a == NULL || !ct_js_bytes(r->ctx, a, &data, &len) || len != whole) return NULL;
    if (whole) memcpy(data, r->p + r->pos, whole);
    r->pos += n;
    JSValueRef out = a;
    if (index == HOST_DATA_VIEW) {
        JSValueRef ab = JSObjectGetTypedArrayBuffer(r->ctx, a, &exc);
        out = ab != NULL ? ct__clone_helper_call(&r->hp, H_NEW_DATA_VIEW, 1, &ab, &exc) : NULL;
    } else if (index == HOST_BUFFER && r->mode == CT_CLONE_NODE) {
        JSValueRef bp = ct__clone_buffer_proto(r->ctx);
        if (bp != NULL) JSObjectSetPrototype(r->ctx, a, bp);
    }
    if (out == NULL) return NULL;
    r->objs[id] = out;
    return out;
}

static JSValueRef rd_array_buffer(clone_reader *r) {
    uint32_t n;
    if (!rd_varint(r, &n) || n > r->len - r->pos) return NULL;
    JSObjectRef a = JSObjectMakeTypedArray(r->ctx, kJSTypedArrayTypeUint8Array, n, NULL);
    uint8_t *data;
    size_t len;
    if (a == NULL || !ct_js_bytes(r->ctx, a, &data, &len) || len != n) return NULL;
    if (n) memcpy(data, r->p + r->pos, n);
    r->pos += n;
    JSObjectRef ab = JSObjectGetTypedArrayBuffer(r->ctx, a, NULL);
    return ab != NULL ? rd_add(r, ab) : NULL;
}

/* 'r', then sub-tags: a prototype letter, 'm' message, 'c' cause, 's'
 * stack, up to '.'. The id is taken first but filled only at the end, as
 * in V8, so a cause cannot refer back to its own error. */
static JSValueRef rd_error(clone_reader *r) {
    int64_t id = rd_new_id(r);
    if (id < 0) return NULL;
    JSValueRef msg = NULL, stack = JSValueMakeUndefined(r->ctx), cause = NULL;
    int proto = 0;
    for (;;) {
        uint8_t tag;
        if (!rd_tag(r, &tag)) return NULL;
        if (tag == '.') break;
        const char *p = tag ? memchr(ct__clone_error_tags + 1, tag, CT_ARRAY_SIZE(ct__clone_error_tags) - 1) : NULL;
        if (p != NULL) {
            proto = (int)(p - ct__clone_error_tags);
        } else if (tag == 'm') {
            if ((msg = rd_string(r)) == NULL) return NULL;
        } else if (tag == 's') {
            if ((stack = rd_string(r)) == NULL) return NULL;
        } else if (tag == 'c') {
            if ((cause = rd_value(r)) == NULL) return NULL;
        } else {
            return NULL;
        }
    }
    JSValueRef undef = JSValueMakeUndefined(r->ctx);
    JSValueRef args[6] = {
        JSValueMakeNumber(r->ctx, proto), JSValueMakeBoolean(r->ctx, msg != NULL), msg ? msg : undef,
        stack, JSValueMakeBoolean(r->ctx, cause != NULL), cause ? cause : undef,
    };
    JSValueRef exc = NULL;
    JSValueRef e = ct__clone_helper_call(&r->hp, H_MAKE_ERROR, 6, args, &exc);
    if (e == NULL) return NULL;
    r->objs[id] = e;
    return e;
}

static JSValueRef rd_boxed(clone_reader *r, uint8_t tag) {
    int64_t id = rd_new_id(r);
    JSValueRef prim = NULL;
    double d;
    if (id < 0) return NULL;
    if (tag == 'n' && rd_double(r, &d)) prim = JSValueMakeNumber(r->ctx, d);
    if (tag == 'y' || tag == 'x') prim = JSValueMakeBoolean(r->ctx, tag == 'y');
    if (tag == 's') prim = rd_string(r);
    if (tag == 'z') prim = rd_bigint(r);
    JSValueRef exc = NULL;
    JSValueRef o = prim != NULL ? ct__clone_helper_call(&r->hp, H_BOX, 1, &prim, &exc) : NULL;
    if (o == NULL) return NULL;
    r->objs[id] = o;
    return o;
}

static JSValueRef rd_object(clone_reader *r, uint8_t tag) {
    JSContextRef ctx = r->ctx;
    uint32_t n, want;
    double d;
    switch (tag) {
    case 'o': {
        JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
        if (rd_add(r, o) == NULL || !rd_props(r, o, '{', &n) || !rd_varint(r, &want) || want != n)
            return NULL;
        return o;
    }
    case 'A': return rd_array(r, true);
    case 'a': return rd_array(r, false);
    case 'D': {
        if (!rd_double(r, &d)) return NULL;
        JSValueRef t = JSValueMakeNumber(ctx, d);
        JSObjectRef o = JSObjectMakeDate(ctx, 1, &t, NULL);
        return o != NULL ? rd_add(r, o) : NULL;
    }
    case 'R': return rd_regexp(r);
    case ';': return rd_collection(r, true);
    case '\'': return rd_collection(r, false);
    case 'B': return rd_array_buffer(r);
    case '\\': return rd_host(r);
    case 'r': return rd_error(r);
    case 'n':
    case 'y':
    case 'x':
    case 's':
    case 'z': return rd_boxed(r, tag);
    default: return NULL;
    }
}

static JSValueRef rd_value(clone_reader *r) {
    JSContextRef ctx = r->ctx;
    uint8_t tag;
    uint32_t u;
    double d;
    for (;;) {
        if (!rd_tag(r, &tag)) return NULL;
        if (tag != 'v') break;
        if (!rd_varint(r, &u)) return NULL; /* V8's object-count hint */
    }
    switch (tag) {
    case '_': return JSValueMakeUndefined(ctx);
    case '0': return JSValueMakeNull(ctx);
    case 'T': return JSValueMakeBoolean(ctx, true);
    case 'F': return JSValueMakeBoolean(ctx, false);
    case 'I':
        if (!rd_varint(r, &u)) return NULL;
        return JSValueMakeNumber(ctx, (int32_t)((u >> 1) ^ -(u & 1)));
    case 'U':
        if (!rd_varint(r, &u)) return NULL;
        return JSValueMakeNumber(ctx, u);
    case 'N':
        if (!rd_double(r, &d)) return NULL;
        return JSValueMakeNumber(ctx, d);
    case 'Z': return rd_bigint(r);
    case '"':
    case 'c':
    case 'S': return rd_string_body(r, tag);
    case '^':
        if (!rd_varint(r, &u) || u >= r->nobjs || r->objs[u] == NULL) return NULL;
        return r->objs[u];
    default: break;
    }
    if (++r->depth > CT_CLONE_MAX_DEPTH) return NULL;
    JSValueRef v = rd_object(r, tag);
    r->depth--;
    return v;
}

static JSValueRef read_one(JSContextRef ctx, const uint8_t *buf, size_t len, size_t *pos,
                           int mode, JSValueRef *exc) {
    clone_reader r = { .ctx = ctx, .mode = mode, .p = buf, .len = len, .pos = *pos, .hp = { .ctx = ctx } };
    JSValueRef v = rd_value(&r);
    free(r.objs);
    if (v == NULL) {
        ct_throw_error(ctx, exc, "%s", r.msg ? r.msg : READ_ERROR);
        return NULL;
    }
    *pos = r.pos;
    return v;
}

JSValueRef ct_clone_read_value(JSContextRef ctx, const uint8_t *buf, size_t len, size_t *pos,
                               int mode, JSValueRef *exc) {
    if (*pos > len) {
        ct_throw_error(ctx, exc, "%s", READ_ERROR);
        return NULL;
    }
    return read_one(ctx, buf, len, pos, mode, exc);
}

JSValueRef ct_clone_deserialize(JSContextRef ctx, const uint8_t *buf, size_t len, int mode,
                                JSValueRef *exc) {
    clone_reader h = { .p = buf, .len = len };
    uint8_t tag;
    uint32_t version;
    if (!rd_byte(&h, &tag) || tag != 0xff || !rd_varint(&h, &version) || version < 13 ||
        version > CT_CLONE_VERSION) {
        ct_throw_error(ctx, exc, "%s", VERSION_ERROR);
        return NULL;
    }
    size_t pos = h.pos;
    return read_one(ctx, buf, len, &pos, mode, exc);
}
