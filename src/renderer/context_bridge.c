/* SPDX-License-Identifier: MIT
 *
 * context_bridge.c — contextBridge's copying between the preload's isolated
 * script world and the page's main world. Renderer (web process).
 *
 * Both worlds' contexts live in the web process's one JSC VM, so primitives
 * pass as they are; every object is rebuilt in the destination context, so
 * the page never holds an object of the preload's world (whose prototypes
 * and globals it could otherwise reach). Functions become proxies: a native
 * function in the destination whose private data is the original function,
 * protected until the proxy is collected. lib/electron/renderer/
 * context_bridge.js does the argument checks. Web process main thread only.
 */
#include "renderer.h"

#include <glib.h>

#include <stdlib.h>
#include <string.h>

#define BRIDGE_MAX_DEPTH 1000

typedef struct {
    JSGlobalContextRef src; /* borrowed: the world the function lives in (same frame) */
    JSGlobalContextRef dst; /* borrowed: the world the proxy lives in */
    JSObjectRef fn;         /* protected; unprotected in proxy_finalize */
} proxy_t;

static JSClassRef proxy_class, settle_class;
static bool freezing; /* inside ctr_bridge_copy */

static JSValueRef copy(JSGlobalContextRef src, JSGlobalContextRef dst, JSValueRef v, int depth,
                       JSValueRef *exc);

/* Source object → its copy, for the copy in progress: shared references stay
 * shared and cycles end. Saved and restored around each top-level copy,
 * because a getter run by one copy may start another (a proxied call). */
static GHashTable *memo;

static JSValueRef copy_top(JSGlobalContextRef src, JSGlobalContextRef dst, JSValueRef v,
                           JSValueRef *exc) {
    GHashTable *saved = memo;
    memo = g_hash_table_new(NULL, NULL);
    JSValueRef r = copy(src, dst, v, 0, exc);
    g_hash_table_unref(memo);
    memo = saved;
    return r;
}

static void throw_msg(JSContextRef ctx, JSValueRef *exc, const char *msg) {
    JSStringRef s = JSStringCreateWithUTF8CString(msg);
    JSValueRef a[1] = { JSValueMakeString(ctx, s) };
    JSStringRelease(s);
    *exc = JSObjectMakeError(ctx, 1, a, NULL);
}

static JSValueRef get(JSContextRef ctx, JSObjectRef o, const char *name) {
    JSStringRef s = JSStringCreateWithUTF8CString(name);
    JSValueRef v = JSObjectGetProperty(ctx, o, s, NULL);
    JSStringRelease(s);
    return v;
}

static bool is_instance(JSContextRef ctx, JSValueRef v, const char *ctor) {
    JSValueRef c = get(ctx, JSContextGetGlobalObject(ctx), ctor);
    if (!JSValueIsObject(ctx, c)) return false;
    return JSValueIsInstanceOfConstructor(ctx, v, (JSObjectRef)c, NULL);
}

static void proxy_finalize(JSObjectRef o) {
    proxy_t *p = JSObjectGetPrivate(o);
    if (p == NULL) return;
    JSValueUnprotect(p->src, p->fn);
    free(p);
}

/* Calls the original with copied arguments; copies back its result or its
 * exception. */
static JSValueRef proxy_call(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                             const JSValueRef argv[], JSValueRef *exc) {
    (void)ctx; (void)self;
    proxy_t *p = JSObjectGetPrivate(fn);
    if (p == NULL) return JSValueMakeUndefined(ctx);
    JSValueRef stackv[8];
    JSValueRef *a = argc <= 8 ? stackv : malloc(argc * sizeof *a);
    if (a == NULL) abort();
    for (size_t i = 0; i < argc; i++) {
        a[i] = copy_top(p->dst, p->src, argv[i], exc);
        if (a[i] == NULL) {
            if (a != stackv) free(a);
            return NULL;
        }
    }
    JSValueRef e = NULL;
    JSValueRef r = JSObjectCallAsFunction(p->src, p->fn, NULL, argc, a, &e);
    if (a != stackv) free(a);
    if (r == NULL) {
        JSValueRef c = copy_top(p->src, p->dst, e, exc);
        if (c != NULL) *exc = c;
        return NULL;
    }
    return copy_top(p->src, p->dst, r, exc);
}

/* A settle callback: (value) → copy into target world, call resolve/reject. */
typedef struct {
    JSGlobalContextRef src, dst;
    JSObjectRef settle; /* protected (dst's resolve or reject) */
    JSObjectRef other;  /* protected (the other one) */
} settle_t;

static void settle_finalize(JSObjectRef o) {
    settle_t *s = JSObjectGetPrivate(o);
    if (s == NULL) return;
    JSValueUnprotect(s->dst, s->settle);
    JSValueUnprotect(s->dst, s->other);
    free(s);
}

static JSValueRef settle_call(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc) {
    (void)self; (void)exc;
    settle_t *s = JSObjectGetPrivate(fn);
    if (s == NULL) return JSValueMakeUndefined(ctx);
    JSValueRef e = NULL;
    JSValueRef v = copy_top(s->src, s->dst, argc ? argv[0] : JSValueMakeUndefined(ctx), &e);
    if (v == NULL) {
        JSObjectCallAsFunction(s->dst, s->other, NULL, 1, &e, NULL);
    } else {
        JSObjectCallAsFunction(s->dst, s->settle, NULL, 1, &v, NULL);
    }
    return JSValueMakeUndefined(ctx);
}

static void init_classes(void) {
    if (proxy_class != NULL) return;
    JSClassDefinition d = kJSClassDefinitionEmpty;
    d.className = "Function";
    d.callAsFunction = proxy_call;
    d.finalize = proxy_finalize;
    proxy_class = JSClassCreate(&d);
    JSClassDefinition d2 = kJSClassDefinitionEmpty;
    d2.className = "Function";
    d2.callAsFunction = settle_call;
    d2.finalize = settle_finalize;
    settle_class = JSClassCreate(&d2);
}

static JSObjectRef make_settle(JSGlobalContextRef src, JSGlobalContextRef dst, JSObjectRef settle,
                               JSObjectRef other) {
    settle_t *s = malloc(sizeof *s);
    if (s == NULL) abort();
    s->src = src;
    s->dst = dst;
    s->settle = settle;
    s->other = other;
    JSValueProtect(dst, settle);
    JSValueProtect(dst, other);
    return JSObjectMake(src, settle_class, s);
}

static JSValueRef copy_promise(JSGlobalContextRef src, JSGlobalContextRef dst, JSObjectRef p,
                               JSValueRef *exc) {
    JSObjectRef resolve, reject;
    JSObjectRef out = JSObjectMakeDeferredPromise(dst, &resolve, &reject, exc);
    if (out == NULL) return NULL;
    JSValueRef then = get(src, p, "then");
    if (!JSValueIsObject(src, then)) return out;
    JSValueRef a[2] = { make_settle(src, dst, resolve, reject), make_settle(src, dst, reject, reject) };
    JSObjectCallAsFunction(src, (JSObjectRef)then, p, 2, a, NULL);
    return out;
}

/* A Map or Set, entries copied (Array.from in src, add/set in dst). */
static JSValueRef copy_collection(JSGlobalContextRef src, JSGlobalContextRef dst, JSObjectRef o,
                                  bool is_map, int depth, JSValueRef *exc) {
    JSValueRef array = get(src, JSContextGetGlobalObject(src), "Array");
    JSValueRef from = JSValueIsObject(src, array) ? get(src, (JSObjectRef)array, "from") : NULL;
    JSValueRef ctor = get(dst, JSContextGetGlobalObject(dst), is_map ? "Map" : "Set");
    if (from == NULL || !JSValueIsObject(src, from) || !JSValueIsObject(dst, ctor)) return NULL;
    JSValueRef arg[1] = { o };
    JSValueRef entries = JSObjectCallAsFunction(src, (JSObjectRef)from, (JSObjectRef)array, 1, arg, exc);
    if (entries == NULL || !JSValueIsObject(src, entries)) return NULL;
    JSObjectRef out = JSObjectCallAsConstructor(dst, (JSObjectRef)ctor, 0, NULL, exc);
    if (out == NULL) return NULL;
    if (memo) g_hash_table_insert(memo, o, out);
    JSValueRef add = get(dst, out, is_map ? "set" : "add");
    if (!JSValueIsObject(dst, add)) return out;
    double n = JSValueToNumber(src, get(src, (JSObjectRef)entries, "length"), NULL);
    for (unsigned i = 0; i < n; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(src, (JSObjectRef)entries, i, NULL);
        JSValueRef a[2];
        if (is_map) {
            if (!JSValueIsObject(src, e)) continue;
            a[0] = copy(src, dst, JSObjectGetPropertyAtIndex(src, (JSObjectRef)e, 0, NULL), depth + 1, exc);
            if (a[0] == NULL) return NULL;
            a[1] = copy(src, dst, JSObjectGetPropertyAtIndex(src, (JSObjectRef)e, 1, NULL), depth + 1, exc);
            if (a[1] == NULL) return NULL;
        } else {
            a[0] = copy(src, dst, e, depth + 1, exc);
            if (a[0] == NULL) return NULL;
        }
        JSObjectCallAsFunction(dst, (JSObjectRef)add, out, is_map ? 2 : 1, a, NULL);
    }
    return out;
}

static JSValueRef copy(JSGlobalContextRef src, JSGlobalContextRef dst, JSValueRef v, int depth,
                       JSValueRef *exc) {
    if (!JSValueIsObject(src, v)) {
        if (JSValueIsSymbol(src, v)) {
            throw_msg(dst, exc, "An object could not be cloned.");
            return NULL;
        }
        return v;
    }
    if (depth > BRIDGE_MAX_DEPTH) {
        throw_msg(dst, exc, "An object could not be cloned.");
        return NULL;
    }
    init_classes();
    JSObjectRef o = (JSObjectRef)v;
    JSValueRef seen = memo ? g_hash_table_lookup(memo, o) : NULL;
    if (seen != NULL) return seen;
    if (JSObjectIsFunction(src, o)) {
        proxy_t *p = malloc(sizeof *p);
        if (p == NULL) abort();
        p->src = src;
        p->dst = dst;
        p->fn = o;
        JSValueProtect(src, o);
        return JSObjectMake(dst, proxy_class, p);
    }
    JSTypedArrayType tt = JSValueGetTypedArrayType(src, v, NULL);
    if (tt != kJSTypedArrayTypeNone) {
        /* JSC-allocated memory only: a NoCopy buffer over malloc'ed bytes
         * disables the primitive Gigacage, which WebKit's web process
         * forbids (it aborts) */
        const uint8_t *b;
        size_t n, count;
        if (tt == kJSTypedArrayTypeArrayBuffer) {
            b = JSObjectGetArrayBufferBytesPtr(src, o, NULL);
            n = count = JSObjectGetArrayBufferByteLength(src, o, NULL);
        } else {
            JSObjectRef buf = JSObjectGetTypedArrayBuffer(src, o, NULL);
            const uint8_t *base = buf ? JSObjectGetArrayBufferBytesPtr(src, buf, NULL) : NULL;
            n = JSObjectGetTypedArrayByteLength(src, o, NULL);
            count = JSObjectGetTypedArrayLength(src, o, NULL);
            b = base ? base + JSObjectGetTypedArrayByteOffset(src, o, NULL) : NULL;
        }
        JSTypedArrayType make = tt == kJSTypedArrayTypeArrayBuffer ? kJSTypedArrayTypeUint8Array : tt;
        JSObjectRef out = JSObjectMakeTypedArray(dst, make, count, exc);
        if (out == NULL) return NULL;
        uint8_t *d = JSObjectGetTypedArrayBytesPtr(dst, out, NULL);
        if (n && b && d) memcpy(d, b, n);
        if (tt == kJSTypedArrayTypeArrayBuffer) return JSObjectGetTypedArrayBuffer(dst, out, exc);
        return out;
    }
    if (is_instance(src, v, "Promise")) return copy_promise(src, dst, o, exc);
    if (is_instance(src, v, "Error")) {
        JSValueRef m = get(src, o, "message");
        JSValueRef a[1] = { JSValueIsString(src, m) ? m : JSValueMakeUndefined(dst) };
        JSObjectRef e = JSObjectMakeError(dst, 1, a, exc);
        return e;
    }
    if (JSValueIsDate(src, v)) {
        JSValueRef t = JSValueMakeNumber(dst, JSValueToNumber(src, v, NULL));
        return JSObjectMakeDate(dst, 1, &t, exc);
    }
    if (is_instance(src, v, "RegExp")) {
        JSValueRef a[2] = { get(src, o, "source"), get(src, o, "flags") };
        return JSObjectMakeRegExp(dst, 2, a, exc);
    }
    bool is_map = is_instance(src, v, "Map");
    if (is_map || is_instance(src, v, "Set")) return copy_collection(src, dst, o, is_map, depth, exc);
    bool arr = JSValueIsArray(src, v);
    JSObjectRef out = arr ? JSObjectMakeArray(dst, 0, NULL, exc) : JSObjectMake(dst, NULL, NULL);
    if (out == NULL) return NULL;
    if (memo) g_hash_table_insert(memo, o, out);
    JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(src, o);
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = 0; i < n; i++) {
        JSStringRef name = JSPropertyNameArrayGetNameAtIndex(names, i);
        JSValueRef e = NULL;
        JSValueRef pv = JSObjectGetProperty(src, o, name, &e);
        if (pv == NULL) {
            JSPropertyNameArrayRelease(names);
            *exc = copy_top(src, dst, e, exc);
            return NULL;
        }
        JSValueRef cv = copy(src, dst, pv, depth + 1, exc);
        if (cv == NULL) {
            JSPropertyNameArrayRelease(names);
            return NULL;
        }
        JSObjectSetProperty(dst, out, name, cv, kJSPropertyAttributeNone, NULL);
    }
    JSPropertyNameArrayRelease(names);
    /* exposed copies are frozen: the page cannot change what the preload
     * exposed (values crossing in calls later are not) */
    if (!freezing) return out;
    JSValueRef object = get(dst, JSContextGetGlobalObject(dst), "Object");
    JSValueRef freeze = JSValueIsObject(dst, object) ? get(dst, (JSObjectRef)object, "freeze") : NULL;
    if (freeze != NULL && JSValueIsObject(dst, freeze)) {
        JSValueRef a[1] = { out };
        JSObjectCallAsFunction(dst, (JSObjectRef)freeze, NULL, 1, a, NULL);
    }
    return out;
}

JSValueRef ctr_bridge_copy(JSGlobalContextRef src, JSGlobalContextRef dst, JSValueRef v,
                           JSValueRef *exc) {
    freezing = true;
    JSValueRef r = copy_top(src, dst, v, exc);
    freezing = false;
    return r;
}
