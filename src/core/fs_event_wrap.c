/* SPDX-License-Identifier: MIT
 *
 * fs_event_wrap.c — internalBinding('fs_event_wrap'): the handles behind
 * fs.watch (uv_fs_event: inotify) and fs.watchFile (uv_fs_poll: stat
 * polling). lib/node/internal/fs/watchers.js wraps them in FSWatcher and
 * StatWatcher.
 *
 * A handle object's memory is released only when both the uv close callback
 * and the JS finalizer have run (flags below). The listener is protected
 * from start until close. Loop thread only.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* Owned jointly by the loop (until close_cb) and the JS wrapper (until its
 * finalizer); whichever comes last frees it. */
typedef struct {
    union {
        uv_handle_t handle;
        uv_fs_event_t event;
        uv_fs_poll_t poll;
    } u;
    ct_runtime_t *rt;      /* borrowed */
    JSObjectRef cb;        /* protected from start, unprotected in watch_close */
    bool started;          /* u was initialised: needs uv_close */
    bool closing;          /* uv_close called */
    bool closed;           /* close_cb ran (or never started) */
    bool finalized;        /* the JS wrapper was collected */
} watch_t;

static JSClassRef watch_class;

static void watch_close_cb(uv_handle_t *h) {
    watch_t *w = CT_CONTAINER_OF(h, watch_t, u.handle);
    /* a wrapper collected while open left its listener protected */
    if (w->cb != NULL) {
        JSValueUnprotect(ct_runtime_context(w->rt), w->cb);
        w->cb = NULL;
    }
    w->closed = true;
    if (w->finalized) free(w);
}

/* Stops the handle and drops the listener; safe to call twice. */
static void watch_close(watch_t *w) {
    if (w->cb != NULL) {
        JSValueUnprotect(ct_runtime_context(w->rt), w->cb);
        w->cb = NULL;
    }
    if (w->started && !w->closing && !uv_is_closing(&w->u.handle)) {
        w->closing = true;
        uv_close(&w->u.handle, watch_close_cb);
    } else if (!w->started) {
        w->closed = true;
    }
}

/* GC: no JS here. An unclosed handle is closed so the loop can end. */
static void watch_finalize(JSObjectRef obj) {
    watch_t *w = JSObjectGetPrivate(obj);
    if (w == NULL) return;
    w->finalized = true;
    if (w->started && !w->closing && uv_is_closing(&w->u.handle)) {
        /* runtime teardown closed it (uv_walk) without our callback: the
         * memory may still be on the loop's closing list, so it is left */
        return;
    }
    if (w->started && !w->closing) {
        /* no JSC calls during GC: close_cb unprotects the listener */
        w->closing = true;
        uv_close(&w->u.handle, watch_close_cb);
        return;
    }
    if (w->closed) free(w);
}

static watch_t *watch_from(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObjectOfClass(ctx, v, watch_class)) return NULL;
    return JSObjectGetPrivate((JSObjectRef)v);
}

static JSObjectRef watch_new(JSContextRef ctx, JSValueRef cb, watch_t **out) {
    watch_t *w = calloc(1, sizeof *w);
    CT_CHECK(w != NULL);
    w->rt = ct_runtime_from(ctx);
    w->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, w->cb);
    *out = w;
    return JSObjectMake(ctx, watch_class, w);
}

static bool is_function(JSContextRef ctx, JSValueRef v) {
    return JSValueIsObject(ctx, v) && JSObjectIsFunction(ctx, (JSObjectRef)v);
}

static void event_cb(uv_fs_event_t *h, const char *filename, int events, int status) {
    watch_t *w = CT_CONTAINER_OF(h, watch_t, u.event);
    if (w->cb == NULL) return;
    JSContextRef ctx = ct_runtime_context(w->rt);
    JSValueRef args[2];
    if (status < 0) {
        args[0] = JSValueMakeNumber(ctx, status);
        args[1] = JSValueMakeUndefined(ctx);
    } else {
        args[0] = ct_js_str(ctx, (events & UV_RENAME) ? "rename" : "change");
        args[1] = filename ? ct_js_strn(ctx, filename, strlen(filename)) : JSValueMakeNull(ctx);
    }
    ct_js_call(ctx, w->cb, NULL, 2, args);
}

/* startEvent(path, persistent, cb) -> handle; cb(eventType, filename) or
 * cb(negativeErrno). Throws Node's "watch" error. */
BINDING(fsw_start_event) {
    UNUSED_ARGS;
    if (!is_function(ctx, ARG(2))) return ct_throw_type(ctx, exc, "startEvent: callback expected");
    char *path = ct_js_to_utf8(ctx, ARG(0), exc);
    if (path == NULL) return NULL;
    watch_t *w;
    JSObjectRef obj = watch_new(ctx, ARG(2), &w);
    int r = uv_fs_event_init(ct_runtime_loop(w->rt), &w->u.event);
    if (r == 0) {
        w->started = true;
        r = uv_fs_event_start(&w->u.event, event_cb, path, 0);
    }
    if (r < 0) {
        watch_close(w);
        ct_throw_uv(ctx, exc, r, "watch", path, NULL);
        free(path);
        return NULL;
    }
    if (!JSValueToBoolean(ctx, ARG(1))) uv_unref(&w->u.handle);
    free(path);
    return obj;
}

static void poll_cb(uv_fs_poll_t *h, int status, const uv_stat_t *prev, const uv_stat_t *curr) {
    watch_t *w = CT_CONTAINER_OF(h, watch_t, u.poll);
    if (w->cb == NULL) return;
    JSContextRef ctx = ct_runtime_context(w->rt);
    JSValueRef args[3] = {
        JSValueMakeNumber(ctx, status),
        ct__fs_stat_array(ctx, curr, false),
        ct__fs_stat_array(ctx, prev, false),
    };
    ct_js_call(ctx, w->cb, NULL, 3, args);
}

/* startPoll(path, intervalMs, persistent, cb) -> handle;
 * cb(status, currStats, prevStats) with the arrays of fs's stat() */
BINDING(fsw_start_poll) {
    UNUSED_ARGS;
    if (!is_function(ctx, ARG(3))) return ct_throw_type(ctx, exc, "startPoll: callback expected");
    char *path = ct_js_to_utf8(ctx, ARG(0), exc);
    if (path == NULL) return NULL;
    double interval = JSValueToNumber(ctx, ARG(1), NULL);
    if (!(interval >= 0) || interval > 2147483647.0) interval = 5007;
    watch_t *w;
    JSObjectRef obj = watch_new(ctx, ARG(3), &w);
    int r = uv_fs_poll_init(ct_runtime_loop(w->rt), &w->u.poll);
    if (r == 0) {
        w->started = true;
        r = uv_fs_poll_start(&w->u.poll, poll_cb, path, (unsigned)interval);
    }
    if (r < 0) {
        watch_close(w);
        ct_throw_uv(ctx, exc, r, "watch", path, NULL);
        free(path);
        return NULL;
    }
    if (!JSValueToBoolean(ctx, ARG(2))) uv_unref(&w->u.handle);
    free(path);
    return obj;
}

/* close(handle) */
BINDING(fsw_close) {
    UNUSED_ARGS;
    watch_t *w = watch_from(ctx, ARG(0));
    if (w != NULL) watch_close(w);
    return JSValueMakeUndefined(ctx);
}

/* ref(handle, on): whether the handle keeps the loop alive */
BINDING(fsw_ref) {
    UNUSED_ARGS;
    watch_t *w = watch_from(ctx, ARG(0));
    if (w != NULL && w->started && !w->closing) {
        if (JSValueToBoolean(ctx, ARG(1))) uv_ref(&w->u.handle);
        else uv_unref(&w->u.handle);
    }
    return JSValueMakeUndefined(ctx);
}

static const ct_binding_fn fs_event_wrap_fns[] = {
    { "startEvent", fsw_start_event, 3 },
    { "startPoll", fsw_start_poll, 4 },
    { "close", fsw_close, 1 },
    { "ref", fsw_ref, 2 },
    { NULL, NULL, 0 }
};

void ct_fs_event_wrap_init(JSContextRef ctx, JSObjectRef target) {
    if (watch_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "FSWatcherHandle";
        def.finalize = watch_finalize;
        watch_class = JSClassCreate(&def);
    }
    ct_binding_install(ctx, target, fs_event_wrap_fns);
}
