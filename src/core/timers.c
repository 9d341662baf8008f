/* SPDX-License-Identifier: MIT
 *
 * timers.c — internalBinding('timers'): the one uv timer behind setTimeout and
 * setInterval, and the check/idle pair behind setImmediate.
 *
 * lib/node/internal/timers.js keeps the timer heap and the immediate queue;
 * C calls back into it one timer (one immediate) at a time, so microtasks and
 * process.nextTick callbacks run between them as in Node 11+. The sign of
 * runNextTimer's answer says whether the next timer keeps the loop alive.
 */
#include "internal.h"

#include <math.h>

static void timer_cb(uv_timer_t *h) {
    ct_runtime_t *rt = CT_CONTAINER_OF(h, ct_runtime_t, timer);
    if (rt->timers_cb == NULL) return;
    for (;;) {
        uv_update_time(rt->loop);
        JSValueRef now = JSValueMakeNumber(rt->ctx, (double)uv_now(rt->loop));
        JSValueRef r = ct_js_call(rt->ctx, rt->timers_cb, NULL, 1, &now);
        double next = r ? JSValueToNumber(rt->ctx, r, NULL) : -1;
        if (isnan(next)) next = 0;
        if (next == -1 || r == NULL) continue; /* ran one (or it threw): more may be due */
        if (next == 0) return;                 /* the heap is empty */
        uint64_t abs = (uint64_t)fabs(next);
        uint64_t cur = uv_now(rt->loop);
        uv_timer_start(&rt->timer, timer_cb, abs > cur ? abs - cur : 1, 0);
        if (next > 0) uv_ref((uv_handle_t *)&rt->timer);
        else uv_unref((uv_handle_t *)&rt->timer);
        return;
    }
}

static void immediate_check_cb(uv_check_t *h) {
    ct_runtime_t *rt = CT_CONTAINER_OF(h, ct_runtime_t, immediate_check);
    if (rt->tick_info[CT_TICK_IMMEDIATE_COUNT] == 0 || rt->immediate_cb == NULL) return;
    JSValueRef first = JSValueMakeBoolean(rt->ctx, true);
    for (;;) {
        JSValueRef r = ct_js_call(rt->ctx, rt->immediate_cb, NULL, 1, &first);
        first = JSValueMakeBoolean(rt->ctx, false);
        if (r != NULL && !JSValueToBoolean(rt->ctx, r)) break;
    }
    if (rt->tick_info[CT_TICK_IMMEDIATE_REFS] == 0) uv_idle_stop(&rt->immediate_idle);
}

static void immediate_idle_cb(uv_idle_t *h) {
    (void)h; /* exists only so that poll does not block while immediates wait */
}

void ct__timers_init_handles(ct_runtime_t *rt) {
    uv_timer_init(rt->loop, &rt->timer);
    uv_unref((uv_handle_t *)&rt->timer);
    uv_check_init(rt->loop, &rt->immediate_check);
    uv_check_start(&rt->immediate_check, immediate_check_cb);
    uv_unref((uv_handle_t *)&rt->immediate_check);
    uv_idle_init(rt->loop, &rt->immediate_idle);
}

/* Idempotent: a disposed runtime closes them at dispose and again (as a
 * no-op) when it is finally freed. */
void ct__timers_close_handles(ct_runtime_t *rt) {
    uv_handle_t *hs[] = { (uv_handle_t *)&rt->timer, (uv_handle_t *)&rt->immediate_check,
                          (uv_handle_t *)&rt->immediate_idle };
    for (size_t i = 0; i < CT_ARRAY_SIZE(hs); i++)
        if (!uv_is_closing(hs[i])) uv_close(hs[i], NULL);
}

/* scheduleTimer(ms): (re)arm the timer ms from the loop's now. */
static JSValueRef timers_schedule_timer(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                        size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    double ms = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (!(ms >= 1)) ms = 1;
    uv_timer_start(&rt->timer, timer_cb, (uint64_t)ms, 0);
    return JSValueMakeUndefined(ctx);
}

/* toggleTimerRef(bool) */
static JSValueRef timers_toggle_timer_ref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                          size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    (void)exc;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    if (JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0))) uv_ref((uv_handle_t *)&rt->timer);
    else uv_unref((uv_handle_t *)&rt->timer);
    return JSValueMakeUndefined(ctx);
}

/* toggleImmediateRef(bool): keep poll from blocking while ref'd immediates wait */
static JSValueRef timers_toggle_immediate_ref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                              size_t argc, const JSValueRef argv[],
                                              JSValueRef *exc) {
    (void)fn;
    (void)self;
    (void)exc;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    if (JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0)))
        uv_idle_start(&rt->immediate_idle, immediate_idle_cb);
    else
        uv_idle_stop(&rt->immediate_idle);
    return JSValueMakeUndefined(ctx);
}

/* getLibuvNow() -> ms on the loop's clock (the base of timer expiries) */
static JSValueRef timers_get_libuv_now(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    (void)argc;
    (void)argv;
    (void)exc;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    uv_update_time(rt->loop);
    return JSValueMakeNumber(ctx, (double)uv_now(rt->loop));
}

static const ct_binding_fn timers_fns[] = {
    { "scheduleTimer", timers_schedule_timer, 1 },
    { "toggleTimerRef", timers_toggle_timer_ref, 1 },
    { "toggleImmediateRef", timers_toggle_immediate_ref, 1 },
    { "getLibuvNow", timers_get_libuv_now, 0 },
    { NULL, NULL, 0 }
};

void ct_timers_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, timers_fns);
}
