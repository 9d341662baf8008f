/* SPDX-License-Identifier: MIT
 *
 * js.c — JSC C API helpers and ct_js_call(), the one way C calls into JS.
 *
 * ct_js_call keeps Node's ordering: JSC drains its microtask queue when the
 * outermost API call returns, so process.nextTick callbacks must run inside
 * that same call (the JS side does it in processTicksAndRejections) and
 * again whenever a microtask queued more ticks. Loop thread only.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ct__check_failed(const char *file, int line, const char *expr) {
    fprintf(stderr, "cathode: internal check failed at %s:%d: %s\n", file, line, expr);
    abort();
}

char *ct_js_string_to_utf8(JSStringRef s) {
    size_t max = JSStringGetMaximumUTF8CStringSize(s);
    char *buf = malloc(max);
    CT_CHECK(buf != NULL);
    JSStringGetUTF8CString(s, buf, max);
    return buf;
}

char *ct_js_to_utf8(JSContextRef ctx, JSValueRef v, JSValueRef *exception) {
    JSValueRef exc = NULL;
    JSStringRef s = JSValueToStringCopy(ctx, v, &exc);
    if (exc != NULL || s == NULL) {
        if (exception != NULL) *exception = exc;
        return NULL;
    }
    char *out = ct_js_string_to_utf8(s);
    JSStringRelease(s);
    return out;
}

JSValueRef ct_js_str(JSContextRef ctx, const char *utf8) {
    JSStringRef s = JSStringCreateWithUTF8CString(utf8 ? utf8 : "");
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

/* Decodes UTF-8 with embedded NULs and invalid sequences (U+FFFD), which
 * JSStringCreateWithUTF8CString cannot take. */
/* The UTF-16 staging buffer of ct_js_strn, kept between calls: JSC copies
 * out of it, and a fresh allocation per call of a large string costs an
 * mmap/munmap pair and page faults (measured: readFileSync(f, 'utf8') of a
 * 64 KiB file 2.5x slower). Per thread: each thread has its own JSC use. */
static _Thread_local JSChar *strn_scratch;
static _Thread_local size_t strn_scratch_cap;

JSValueRef ct_js_strn(JSContextRef ctx, const char *p, size_t len) {
    JSChar stackbuf[256];
    JSChar *out = stackbuf;
    JSChar *once = NULL; /* a huge string's own buffer, not kept */
    if (len > ((size_t)16 << 20)) {
        out = once = malloc(len * sizeof(JSChar));
        CT_CHECK(once != NULL);
    } else if (len > CT_ARRAY_SIZE(stackbuf)) {
        if (len > strn_scratch_cap) {
            free(strn_scratch);
            strn_scratch_cap = len < 4096 ? 4096 : len;
            strn_scratch = malloc(strn_scratch_cap * sizeof(JSChar));
            CT_CHECK(strn_scratch != NULL);
        }
        out = strn_scratch;
    }
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)p, *end = s + len;
    while (s < end) {
        unsigned c = *s;
        if (c < 0x80) {
            /* ASCII runs, eight bytes at a time */
            while (s + 8 <= end) {
                uint64_t w;
                memcpy(&w, s, 8);
                if (w & 0x8080808080808080ull) break;
                for (int k = 0; k < 8; k++) out[n++] = s[k];
                s += 8;
            }
            if (s < end && *s < 0x80) { out[n++] = *s++; }
            continue;
        }
        /* WHATWG UTF-8 decoder: the lead byte fixes how many continuation
         * bytes follow and the range of the first one (no overlongs, no
         * surrogates, nothing above U+10FFFF); a sequence that breaks off
         * yields one U+FFFD for its maximal valid prefix. */
        int need;
        unsigned cp, lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2; cp = c & 0x0F;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3; cp = c & 0x07;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else { out[n++] = 0xFFFD; s++; continue; }
        int i = 1;
        for (; i <= need; i++) {
            if (s + i >= end) break;
            unsigned b = s[i];
            if (i == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) break;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (i <= need) {
            out[n++] = 0xFFFD;
            s += i;
            continue;
        }
        s += need + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out[n++] = (JSChar)(0xD800 + (cp >> 10));
            out[n++] = (JSChar)(0xDC00 + (cp & 0x3FF));
        } else {
            out[n++] = (JSChar)cp;
        }
    }
    /* gcc 12 cannot see that out[0..n) was written above */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
    JSStringRef str = JSStringCreateWithCharacters(out, n);
#pragma GCC diagnostic pop
    free(once);
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
}

JSValueRef ct_js_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
    JSStringRef s = JSStringCreateWithUTF8CString(name);
    JSValueRef v = JSObjectGetProperty(ctx, obj, s, NULL);
    JSStringRelease(s);
    return v;
}

void ct_js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v) {
    JSStringRef s = JSStringCreateWithUTF8CString(name);
    JSObjectSetProperty(ctx, obj, s, v, kJSPropertyAttributeNone, NULL);
    JSStringRelease(s);
}

void ct_js_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name,
                  JSObjectCallAsFunctionCallback fn) {
    JSStringRef s = JSStringCreateWithUTF8CString(name);
    JSObjectRef f = JSObjectMakeFunctionWithCallback(ctx, s, fn);
    JSObjectSetProperty(ctx, obj, s, f, kJSPropertyAttributeNone, NULL);
    JSStringRelease(s);
}

JSValueRef ct_js_num(JSContextRef ctx, double d) {
    return JSValueMakeNumber(ctx, d);
}

JSValueRef ct_js_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    return i < argc ? argv[i] : JSValueMakeUndefined(ctx);
}

/* Whether JSObjectGetTypedArrayBytesPtr already points at the view's first
 * byte. WebKitGTK 2.50 returns the start of the whole ArrayBuffer (so pooled
 * Buffers would all alias byte 0); asking once, rather than assuming either
 * way, keeps us right when WebKit changes. Fetching the ArrayBuffer object
 * on every call instead would take the VM lock: measurable on small buffers. */
static int bytes_ptr_has_offset = -1; /* -1 not probed, 0 no, 1 yes */

static void probe_bytes_ptr(JSContextRef ctx) {
    JSObjectRef a = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 16, NULL);
    JSObjectRef buf = a != NULL ? JSObjectGetTypedArrayBuffer(ctx, a, NULL) : NULL;
    JSObjectRef view = buf != NULL ? JSObjectMakeTypedArrayWithArrayBufferAndOffset(
                                         ctx, kJSTypedArrayTypeUint8Array, buf, 8, 8, NULL)
                                   : NULL;
    CT_CHECK(view != NULL);
    uint8_t *base = JSObjectGetArrayBufferBytesPtr(ctx, buf, NULL);
    bytes_ptr_has_offset = JSObjectGetTypedArrayBytesPtr(ctx, view, NULL) == base + 8;
}

bool ct_js_bytes(JSContextRef ctx, JSValueRef v, uint8_t **data, size_t *len) {
    JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, NULL);
    if (t == kJSTypedArrayTypeNone) return false; /* also every non-object */
    JSObjectRef o = (JSObjectRef)v;
    if (t == kJSTypedArrayTypeArrayBuffer) {
        *data = JSObjectGetArrayBufferBytesPtr(ctx, o, NULL);
        *len = JSObjectGetArrayBufferByteLength(ctx, o, NULL);
    } else {
        if (bytes_ptr_has_offset < 0) probe_bytes_ptr(ctx);
        *data = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
        *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
        if (*data != NULL && !bytes_ptr_has_offset)
            *data += JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
    }
    if (*data == NULL) { /* empty or detached */
        *data = (uint8_t *)"";
        *len = 0;
    }
    return true;
}

static void free_bytes(void *bytes, void *ctx) {
    (void)ctx;
    free(bytes);
}

bool ct__caged;

JSObjectRef ct_js_uint8array_take(JSContextRef ctx, uint8_t *data, size_t len) {
    if (ct__caged) {
        /* JSC allocates inside its cage; the copy costs a memcpy per buffer */
        JSObjectRef a = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, len, NULL);
        CT_CHECK(a != NULL);
        uint8_t *p;
        size_t n;
        if (len > 0 && ct_js_bytes(ctx, a, &p, &n)) memcpy(p, data, len);
        free(data);
        return a;
    }
    if (data == NULL) {
        data = malloc(1);
        CT_CHECK(data != NULL);
    }
    return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, data, len,
                                                 free_bytes, NULL, NULL);
}

JSObjectRef ct_js_buffer_take(JSContextRef ctx, uint8_t *data, size_t len) {
    JSObjectRef a = ct_js_uint8array_take(ctx, data, len);
    ct_runtime_t *rt = ct_runtime_from(ctx);
    if (rt->buffer_proto != NULL) JSObjectSetPrototype(ctx, a, rt->buffer_proto);
    return a;
}

static void run_ticks(ct_runtime_t *rt) {
    /* Each call is an outermost entry, so JSC drains microtasks after it;
     * a microtask may queue ticks or produce rejections: go round again. */
    int rounds = 0;
    while ((rt->tick_info[CT_TICK_HAS_TICKS] || rt->tick_info[CT_TICK_HAS_REJECTIONS]) &&
           rt->run_ticks != NULL) {
        JSValueRef exc = NULL;
        rt->depth++;
        JSObjectCallAsFunction(rt->ctx, rt->run_ticks, NULL, 0, NULL, &exc);
        rt->depth--;
        if (exc != NULL) ct_report_exception(rt->ctx, exc);
        if (++rounds > 1000000) break; /* a tick loop that never ends is the script's */
    }
}

JSValueRef ct_js_call(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                      size_t argc, const JSValueRef argv[]) {
    ct_runtime_t *rt = ct_runtime_from(ctx);
    if (rt->dead) return NULL; /* a page that went away: its callbacks are dropped */
    JSValueRef exc = NULL;
    JSValueRef r;
    if (rt->depth == 0 && rt->trampoline != NULL) {
        /* Outermost entry: the trampoline calls fn, routes an exception to
         * the fatal path and runs nextTicks before returning, i.e. before
         * JSC drains the microtask queue. */
        JSValueRef targs[3];
        targs[0] = fn;
        targs[1] = self ? (JSValueRef)self : JSValueMakeUndefined(ctx);
        targs[2] = JSObjectMakeArray(ctx, argc, argv, NULL);
        rt->depth++;
        r = JSObjectCallAsFunction(ctx, rt->trampoline, NULL, 3, targs, &exc);
        rt->depth--;
        if (exc != NULL) {
            ct_report_exception(ctx, exc);
            r = NULL;
        } else if (r != NULL && JSValueIsStrictEqual(ctx, r, rt->threw)) {
            r = NULL;
        }
        run_ticks(rt);
        return r;
    }
    rt->depth++;
    r = JSObjectCallAsFunction(ctx, fn, self, argc, argv, &exc);
    rt->depth--;
    if (exc != NULL) {
        ct_report_exception(ctx, exc);
        r = NULL;
    }
    if (rt->depth == 0) run_ticks(rt);
    return r;
}

void ct_report_exception(JSContextRef ctx, JSValueRef exception) {
    ct_runtime_t *rt = ct_runtime_from(ctx);
    if (rt->dead) return;
    if (rt->fatal_exception == NULL) {
        char *s = ct_js_to_utf8(ctx, exception, NULL);
        fprintf(stderr, "cathode: uncaught exception during start-up: %s\n", s ? s : "?");
        free(s);
        exit(1);
    }
    JSValueRef exc = NULL;
    rt->depth++;
    JSObjectCallAsFunction(ctx, rt->fatal_exception, NULL, 1, &exception, &exc);
    rt->depth--;
    if (exc != NULL) {
        /* the fatal path itself threw: print what we can and leave as Node
         * does (exit code 7, "Internal Exception Handler Run-Time Failure") */
        char *s = ct_js_to_utf8(ctx, exc, NULL);
        fprintf(stderr, "%s\n", s ? s : "uncaught exception");
        free(s);
        exit(7);
    }
}
