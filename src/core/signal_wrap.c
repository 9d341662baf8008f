/* SPDX-License-Identifier: MIT
 *
 * signal_wrap.c — internalBinding('signal_wrap'): libuv signal watchers for
 * process.on('SIGINT') and friends (lib/node/internal/process/signals.js).
 *
 * newSignal() makes a handle object; start(signum) returns 0 or a negative
 * errno; each delivery calls the handle's onsignal(signum) property. The C
 * struct hangs off the wrapper's private pointer; the wrapper is protected
 * while the uv handle is open and the struct is freed once both the close
 * callback and the finalizer have run. Loop thread only.
 */
#include "internal.h"

#include <signal.h>
#include <stdlib.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

typedef struct {
    uv_signal_t handle;  /* owned; handle.data points back here */
    ct_runtime_t *rt;    /* borrowed: outlives its handles */
    JSObjectRef obj;     /* the wrapper: protected while open, unprotected in close_cb */
    bool open;           /* initialized, uv_close not yet called */
    bool closed;         /* close callback ran (or never initialized) */
    bool finalized;
} signal_t;

static JSClassRef signal_class;

static signal_t *signal_from(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObjectOfClass(ctx, v, signal_class)) return NULL;
    signal_t *s = JSObjectGetPrivate((JSObjectRef)v);
    return (s != NULL && s->open) ? s : NULL;
}

static void signal_finalize(JSObjectRef obj) {
    signal_t *s = JSObjectGetPrivate(obj);
    if (s == NULL) return;
    s->finalized = true;
    s->obj = NULL;
    if (s->closed) free(s); /* else: runtime teardown closes it (see stream_wrap.h) */
}

static void signal_close_cb(uv_handle_t *h) {
    signal_t *s = h->data;
    s->closed = true;
    if (s->obj != NULL) JSValueUnprotect(s->rt->ctx, s->obj); /* may finalize later */
    else if (s->finalized) free(s);
}

static void signal_cb(uv_signal_t *h, int signum) {
    signal_t *s = h->data;
    JSContextRef ctx = s->rt->ctx;
    if (s->obj == NULL) return;
    JSValueRef f = ct_js_get(ctx, s->obj, "onsignal");
    if (!JSValueIsObject(ctx, f) || !JSObjectIsFunction(ctx, (JSObjectRef)f)) return;
    JSValueRef arg = JSValueMakeNumber(ctx, signum);
    ct_js_call(ctx, (JSObjectRef)f, s->obj, 1, &arg);
}

BINDING(signal_new) {
    UNUSED_ARGS;
    signal_t *s = calloc(1, sizeof *s);
    CT_CHECK(s != NULL);
    s->rt = ct_runtime_from(ctx);
    s->closed = true;
    s->obj = JSObjectMake(ctx, signal_class, s);
    int r = uv_signal_init(s->rt->loop, &s->handle);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "uv_signal_init", NULL, NULL);
    s->handle.data = s;
    s->open = true;
    s->closed = false;
    JSValueProtect(ctx, s->obj);
    return s->obj;
}

/* start(signum) -> 0 or a negative errno. SIGUSR1 is refused (EINVAL):
 * JavaScriptCore suspends threads with it for garbage collection. */
BINDING(signal_start) {
    UNUSED_ARGS;
    signal_t *s = signal_from(ctx, self);
    if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF);
    double n = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    if (!(n >= 1 && n < 65) || n == SIGUSR1) return JSValueMakeNumber(ctx, UV_EINVAL);
    return JSValueMakeNumber(ctx, uv_signal_start(&s->handle, signal_cb, (int)n));
}

BINDING(signal_stop) {
    UNUSED_ARGS;
    signal_t *s = signal_from(ctx, self);
    return JSValueMakeNumber(ctx, s ? uv_signal_stop(&s->handle) : UV_EBADF);
}

BINDING(signal_close) {
    UNUSED_ARGS;
    signal_t *s = signal_from(ctx, self);
    if (s == NULL) return JSValueMakeUndefined(ctx);
    s->open = false;
    uv_close((uv_handle_t *)&s->handle, signal_close_cb);
    return JSValueMakeUndefined(ctx);
}

BINDING(signal_ref) {
    UNUSED_ARGS;
    signal_t *s = signal_from(ctx, self);
    if (s) uv_ref((uv_handle_t *)&s->handle);
    return JSValueMakeUndefined(ctx);
}

BINDING(signal_unref) {
    UNUSED_ARGS;
    signal_t *s = signal_from(ctx, self);
    if (s) uv_unref((uv_handle_t *)&s->handle);
    return JSValueMakeUndefined(ctx);
}

static const JSStaticFunction signal_methods[] = {
    { "close", signal_close, kJSPropertyAttributeDontEnum },
    { "ref", signal_ref, kJSPropertyAttributeDontEnum },
    { "start", signal_start, kJSPropertyAttributeDontEnum },
    { "stop", signal_stop, kJSPropertyAttributeDontEnum },
    { "unref", signal_unref, kJSPropertyAttributeDontEnum },
    { NULL, NULL, 0 }
};

static const ct_binding_fn signal_wrap_fns[] = {
    { "newSignal", signal_new, 0 },
    { NULL, NULL, 0 }
};

void ct_signal_wrap_init(JSContextRef ctx, JSObjectRef target) {
    if (signal_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Signal";
        def.staticFunctions = signal_methods;
        def.finalize = signal_finalize;
        signal_class = JSClassCreate(&def); /* lives as long as the process */
    }
    ct_binding_install(ctx, target, signal_wrap_fns);
}
