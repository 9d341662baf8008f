/* SPDX-License-Identifier: MIT
 *
 * runtime.c — one JavaScriptCore context with the Node layer on a libuv loop.
 *
 * ct_runtime_new creates the context and runs lib/node/internal/bootstrap/
 * node.js, which builds process, the globals and the module loaders and hands
 * back the callbacks C needs (tick processing, the fatal-exception path, the
 * entry point). The same code serves the main process, run-as-node and the
 * renderer extension; flags say which. The context lives until
 * ct_runtime_free; loop thread only.
 */
#include "internal.h"
#include "jsc_private.h"

#include <glib.h>
#include <jsc/jsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Few runtimes exist per process (one in main, one per page in a renderer):
 * a short list maps a global context to its runtime. */
#define CT__MAX_RUNTIMES 64
static ct_runtime_t *runtimes[CT__MAX_RUNTIMES];

ct_runtime_t *ct_runtime_from(JSContextRef ctx) {
    JSGlobalContextRef g = JSContextGetGlobalContext(ctx);
    /* live runtimes first: a disposed one may still drain its requests */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < CT__MAX_RUNTIMES; i++)
            if (runtimes[i] != NULL && runtimes[i]->ctx == g && runtimes[i]->dead == (pass == 1))
                return runtimes[i];
    /* node:vm contexts (vm.c) share their runtime's group */
    JSContextGroupRef group = JSContextGetGroup(ctx);
    for (int i = 0; i < CT__MAX_RUNTIMES; i++)
        if (runtimes[i] != NULL && runtimes[i]->group == group) return runtimes[i];
    /* anything else falls back to the first */
    for (int i = 0; i < CT__MAX_RUNTIMES; i++)
        if (runtimes[i] != NULL) return runtimes[i];
    CT_CHECK(!"no runtime for this context");
    return NULL;
}

JSGlobalContextRef ct_runtime_context(ct_runtime_t *rt) { return rt->ctx; }
uv_loop_t *ct_runtime_loop(ct_runtime_t *rt) { return rt->loop; }
int ct_runtime_flags(ct_runtime_t *rt) { return rt->flags; }

static void keep(ct_runtime_t *rt, JSObjectRef *slot, JSValueRef v) {
    if (*slot != NULL) JSValueUnprotect(rt->ctx, *slot);
    *slot = NULL;
    if (v != NULL && JSValueIsObject(rt->ctx, v)) {
        *slot = (JSObjectRef)v;
        JSValueProtect(rt->ctx, v);
    }
}

/* natives.setCallbacks({ runTicks, fatalException, ... }) from the bootstrap */
static JSValueRef natives_set_callbacks(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                        size_t argc, const JSValueRef argv[],
                                        JSValueRef *exc) {
    (void)fn;
    (void)self;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    JSValueRef a = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsObject(ctx, a)) return ct_throw_type(ctx, exc, "setCallbacks: object expected");
    JSObjectRef o = (JSObjectRef)a;
    static const struct { const char *name; size_t off; } slots[] = {
        { "process", offsetof(ct_runtime_t, process) },
        { "runTicks", offsetof(ct_runtime_t, run_ticks) },
        { "fatalException", offsetof(ct_runtime_t, fatal_exception) },
        { "emitBeforeExit", offsetof(ct_runtime_t, emit_before_exit) },
        { "emitExit", offsetof(ct_runtime_t, emit_exit) },
        { "start", offsetof(ct_runtime_t, start) },
        { "trampoline", offsetof(ct_runtime_t, trampoline) },
        { "threw", offsetof(ct_runtime_t, threw) },
        { "bufferPrototype", offsetof(ct_runtime_t, buffer_proto) },
        { "requireBuiltin", offsetof(ct_runtime_t, require_builtin) },
        { "runNextTimer", offsetof(ct_runtime_t, timers_cb) },
        { "runImmediates", offsetof(ct_runtime_t, immediate_cb) },
    };
    for (size_t i = 0; i < CT_ARRAY_SIZE(slots); i++) {
        JSStringRef s = JSStringCreateWithUTF8CString(slots[i].name);
        bool has = JSObjectHasProperty(ctx, o, s);
        JSValueRef v = has ? JSObjectGetProperty(ctx, o, s, NULL) : NULL;
        JSStringRelease(s);
        if (has) keep(rt, (JSObjectRef *)((char *)rt + slots[i].off), v);
    }
    /* a page keeps WebKit's own reporting of unhandled rejections (the
     * console), as Electron's renderers keep Chromium's */
    JSValueRef rej = ct_js_get(ctx, o, "onUnhandledRejection");
    if (JSValueIsObject(ctx, rej) && !(rt->flags & CT_RT_RENDERER))
        JSGlobalContextSetUnhandledRejectionCallback(rt->ctx, (JSObjectRef)rej, NULL);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef run_bootstrap(ct_runtime_t *rt) {
    JSContextRef ctx = rt->ctx;
    JSObjectRef natives = JSObjectMake(ctx, NULL, NULL);
    /* C reads the cells through a pointer; in a web process the memory must
     * be JSC's (ct__caged), elsewhere it is the runtime's own */
    JSObjectRef tick;
    if (ct__caged) {
        tick = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeInt32Array, CT_TICK_FIELDS, NULL);
        uint8_t *p;
        size_t n;
        CT_CHECK(tick != NULL && ct_js_bytes(ctx, tick, &p, &n));
        rt->tick_info = (int32_t *)(void *)p;
    } else {
        rt->tick_info = rt->tick_store;
        tick = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array,
                                                     rt->tick_store, sizeof rt->tick_store,
                                                     NULL, NULL, NULL);
    }
    rt->tick_array = tick;
    JSValueProtect(ctx, tick);
    ct_js_set(ctx, natives, "tickInfo", tick);
    ct_js_set_fn(ctx, natives, "setCallbacks", natives_set_callbacks);
    const char *mode = (rt->flags & CT_RT_NODE) ? "node"
                       : (rt->flags & CT_RT_RENDERER) ? "renderer" : "main";
    ct_js_set(ctx, natives, "mode", ct_js_str(ctx, mode));
    JSStringRef ibname = JSStringCreateWithUTF8CString("internalBinding");
    JSObjectRef ib = JSObjectMakeFunctionWithCallback(ctx, ibname, ct__internal_binding);
    JSStringRelease(ibname);

    const char *id = "node:internal/bootstrap/node";
    const ct_js_source_t *s = ct__js_source_lookup(rt, id);
    CT_CHECK(s != NULL);
    JSStringRef body = JSStringCreateWithUTF8CString(s->source);
    JSStringRef url = JSStringCreateWithUTF8CString(id);
    /* the bootstrap is a plain function expression of (internalBinding, natives) */
    JSValueRef exc = NULL;
    JSValueRef fn = JSEvaluateScript(ctx, body, NULL, url, 1, &exc);
    JSStringRelease(body);
    JSStringRelease(url);
    if (exc == NULL && !JSValueIsObject(ctx, fn)) return ct_js_str(ctx, "bootstrap is not a function");
    if (exc != NULL) return exc;
    JSValueRef args[] = { ib, natives };
    rt->depth++;
    JSObjectCallAsFunction(ctx, (JSObjectRef)fn, NULL, 2, args, &exc);
    rt->depth--;
    return exc;
}

/* JSC options must be set before its VM exists. Proper tail calls are off:
 * V8 has none, and with them JSC erases the caller's frame from stacks in
 * strict code (`() => assert.ok(x)` loses its call site). In a renderer the
 * web process's VM already exists and WebKit's defaults stay. */
static void configure_engine_once(void) {
    static bool done;
    if (done) return;
    done = true;
    jsc_options_set_boolean("useTailCalls", FALSE);
}

ct_runtime_t *ct_runtime_new(const ct_runtime_options_t *opts) {
    ct_runtime_t *rt = calloc(1, sizeof *rt);
    CT_CHECK(rt != NULL);
    rt->flags = opts->flags;
    if (opts->context != NULL) {
        /* a page's world: its own loop, so disposing it ends only its handles */
        CT_CHECK(opts->loop == NULL);
        rt->loop = malloc(sizeof *rt->loop);
        CT_CHECK(rt->loop != NULL && uv_loop_init(rt->loop) == 0);
        ct__caged = true;
    } else {
        rt->loop = opts->loop ? opts->loop : uv_default_loop();
    }
    rt->extra_sources = opts->extra_sources;
    rt->start_ns = uv_hrtime();
    rt->opts = opts;
    if (opts->extra_bindings) ct_bindings_add(opts->extra_bindings);
    ct__process_set_options(opts);

    if (opts->context != NULL) {
        rt->foreign_ctx = true;
        rt->ctx = JSGlobalContextRetain(opts->context);
        rt->group = JSContextGroupRetain(JSContextGetGroup(rt->ctx));
    } else {
        configure_engine_once();
        rt->group = JSContextGroupCreate();
        rt->ctx = JSGlobalContextCreateInGroup(rt->group, NULL);
    }
    int slot = -1;
    for (int i = 0; i < CT__MAX_RUNTIMES; i++)
        if (runtimes[i] == NULL) { slot = i; break; }
    CT_CHECK(slot >= 0);
    runtimes[slot] = rt;
    ct__timers_init_handles(rt);

    JSValueRef exc = run_bootstrap(rt);
    rt->opts = NULL;
    if (exc != NULL) {
        char *msg = ct_js_to_utf8(rt->ctx, exc, NULL);
        JSValueRef stack = JSValueIsObject(rt->ctx, exc)
                               ? ct_js_get(rt->ctx, (JSObjectRef)exc, "stack") : NULL;
        char *st = stack && JSValueIsString(rt->ctx, stack) ? ct_js_to_utf8(rt->ctx, stack, NULL) : NULL;
        fprintf(stderr, "cathode: bootstrap failed: %s\n%s\n", msg ? msg : "?", st ? st : "");
        free(msg);
        free(st);
        exit(70);
    }
    return rt;
}

JSValueRef ct_require_builtin(JSContextRef ctx, const char *id) {
    ct_runtime_t *rt = ct_runtime_from(ctx);
    if (rt->require_builtin == NULL) return NULL;
    JSValueRef arg = ct_js_str(ctx, id);
    return ct_js_call(ctx, rt->require_builtin, NULL, 1, &arg);
}

void ct_runtime_start(ct_runtime_t *rt) {
    if (rt->start != NULL) ct_js_call(rt->ctx, rt->start, NULL, 0, NULL);
}

int ct_runtime_emit_exit(ct_runtime_t *rt) {
    if (rt->exit_emitted) return rt->exit_code;
    rt->exit_emitted = true;
    JSValueRef r = rt->emit_exit ? ct_js_call(rt->ctx, rt->emit_exit, NULL, 0, NULL) : NULL;
    rt->exit_code = r ? (int)JSValueToNumber(rt->ctx, r, NULL) : 1;
    return rt->exit_code;
}

int ct_runtime_run_node_loop(ct_runtime_t *rt) {
    for (;;) {
        uv_run(rt->loop, UV_RUN_DEFAULT);
        /* 'beforeExit' may schedule more work; Node loops until it does not */
        if (rt->emit_before_exit) ct_js_call(rt->ctx, rt->emit_before_exit, NULL, 0, NULL);
        if (!uv_loop_alive(rt->loop)) break;
    }
    return ct_runtime_emit_exit(rt);
}

static void close_walk_cb(uv_handle_t *h, void *arg) {
    (void)arg;
    if (!uv_is_closing(h)) uv_close(h, NULL);
}

static void release_slots(ct_runtime_t *rt) {
    JSObjectRef *slots[] = { &rt->process, &rt->run_ticks, &rt->fatal_exception,
                             &rt->emit_before_exit, &rt->emit_exit, &rt->start,
                             &rt->trampoline, &rt->threw, &rt->tick_array,
                             &rt->buffer_proto, &rt->require_builtin, &rt->timers_cb, &rt->immediate_cb };
    for (size_t i = 0; i < CT_ARRAY_SIZE(slots); i++) keep(rt, slots[i], NULL);
}

void ct_runtime_free(ct_runtime_t *rt) {
    release_slots(rt);
    ct__timers_close_handles(rt);
    uv_walk(rt->loop, close_walk_cb, NULL);
    uv_run(rt->loop, UV_RUN_NOWAIT);
    for (int i = 0; i < CT__MAX_RUNTIMES; i++)
        if (runtimes[i] == rt) runtimes[i] = NULL;
    ct__loop_detach_glib(rt);
    if (rt->foreign_ctx) {
        uv_loop_close(rt->loop);
        free(rt->loop);
    }
    JSGlobalContextRelease(rt->ctx);
    JSContextGroupRelease(rt->group);
    free(rt);
}

bool ct_runtime_disposed(ct_runtime_t *rt) { return rt->dead; }

/* Polls a disposed runtime's loop from GLib (never inside uv_run) until the
 * threadpool has handed back every request, then frees it. */
static gboolean dispose_poll(gpointer data) {
    ct_runtime_t *rt = data;
    uv_run(rt->loop, UV_RUN_NOWAIT);
    if (uv_loop_alive(rt->loop)) return G_SOURCE_CONTINUE;
    ct_runtime_free(rt);
    return G_SOURCE_REMOVE;
}

void ct_runtime_dispose(ct_runtime_t *rt) {
    CT_CHECK(rt->foreign_ctx && !rt->dead);
    rt->dead = true;
    release_slots(rt);
    ct__timers_close_handles(rt);
    uv_walk(rt->loop, close_walk_cb, NULL);
    /* close callbacks and finished requests run on later passes */
    g_timeout_add(20, dispose_poll, rt);
}
