/* SPDX-License-Identifier: MIT
 *
 * util.c — internalBinding('util'): engine introspection that util.inspect
 * and util.types need and JavaScript cannot do: proxy targets and handlers,
 * promise state and result, and a brand check for every built-in class.
 *
 * The C API offers only JSObjectGetProxyTarget. Everything else reads the
 * JSCell directly: byte 5 of every cell is its JSType, and a promise (or a
 * proxy) keeps its state in fixed slots after the object header. Nothing
 * here hard-codes a JSType number or a slot offset: lib/node/internal/util/
 * inspect.js hands calibrate() objects whose state it knows, and the offsets
 * are found by matching those known values. A slot is read only from a cell
 * whose JSType equals the calibration object's, so a failed or partial
 * calibration turns into "unknown" in JS, never into a bad read. Offsets are
 * the same for every context of the process (one JSC build), hence static.
 */
#include "internal.h"
#include "jsc_private.h"

#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

/* JSVALUE64 encoding: int32s carry this tag in the top bits, null is 0x02. */
#define UTIL_INT32_TAG 0xfffe000000000000ull
#define UTIL_VALUE_NULL 0x02ull
/* First slot after the cell header (structure id, type bytes, butterfly). */
#define UTIL_FIRST_SLOT 16
#define UTIL_LAST_SLOT 56

static int promise_type = -1;  /* JSType of a JSPromise, -1 = not calibrated */
static int promise_flags_off;  /* slot holding the state as an int32 JSValue */
static int promise_result_off; /* slot holding the settled value */
static int proxy_type = -1;    /* JSType of a ProxyObject */
static int proxy_handler_off;  /* slot holding the handler (null once revoked) */

static int cell_type(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObject(ctx, v)) return -1;
    return ((const unsigned char *)v)[5];
}

static uint64_t cell_slot(JSValueRef v, int off) {
    uint64_t w;
    memcpy(&w, (const char *)v + off, sizeof w);
    return w;
}

/* The slot of `cell` holding exactly `want`, or -1. */
static int find_slot(JSValueRef cell, uint64_t want) {
    for (int off = UTIL_FIRST_SLOT; off <= UTIL_LAST_SLOT; off += 8)
        if (cell_slot(cell, off) == want) return off;
    return -1;
}

static int find_promise_flags(JSValueRef pending, JSValueRef fulfilled, JSValueRef rejected) {
    for (int off = UTIL_FIRST_SLOT; off <= UTIL_LAST_SLOT; off += 8) {
        uint64_t a = cell_slot(pending, off), b = cell_slot(fulfilled, off),
                 c = cell_slot(rejected, off);
        if ((a & UTIL_INT32_TAG) != UTIL_INT32_TAG || (b & UTIL_INT32_TAG) != UTIL_INT32_TAG ||
            (c & UTIL_INT32_TAG) != UTIL_INT32_TAG)
            continue;
        if ((a & 3) == 0 && (b & 3) == 1 && (c & 3) == 2) return off;
    }
    return -1;
}

/* calibrate({ pending, fulfilled, rejected, result, proxy, handler }):
 * fulfilled and rejected hold `result`; proxy wraps `handler`. Returns
 * whether each part worked, as { promise, proxy }. */
BINDING(util_calibrate) {
    UNUSED_ARGS;
    JSValueRef arg = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsObject(ctx, arg)) return ct_throw_type(ctx, exc, "calibrate: object expected");
    JSObjectRef o = (JSObjectRef)arg;
    JSValueRef pending = ct_js_get(ctx, o, "pending"), fulfilled = ct_js_get(ctx, o, "fulfilled"),
               rejected = ct_js_get(ctx, o, "rejected"), result = ct_js_get(ctx, o, "result"),
               proxy = ct_js_get(ctx, o, "proxy"), handler = ct_js_get(ctx, o, "handler");
    JSObjectRef out = JSObjectMake(ctx, NULL, NULL);

    int t = cell_type(ctx, pending);
    bool ok = t >= 0 && t == cell_type(ctx, fulfilled) && t == cell_type(ctx, rejected) &&
              JSValueIsObject(ctx, result);
    if (ok) {
        int flags = find_promise_flags(pending, fulfilled, rejected);
        int res = find_slot(fulfilled, (uint64_t)(uintptr_t)result);
        ok = flags >= 0 && res >= 0 && res == find_slot(rejected, (uint64_t)(uintptr_t)result);
        if (ok) {
            promise_type = t;
            promise_flags_off = flags;
            promise_result_off = res;
        }
    }
    ct_js_set(ctx, out, "promise", JSValueMakeBoolean(ctx, ok));

    t = cell_type(ctx, proxy);
    ok = t >= 0 && JSValueIsObject(ctx, handler) &&
         JSObjectGetProxyTarget((JSObjectRef)proxy) != NULL;
    if (ok) {
        int off = find_slot(proxy, (uint64_t)(uintptr_t)handler);
        ok = off >= 0;
        if (ok) {
            proxy_type = t;
            proxy_handler_off = off;
        }
    }
    ct_js_set(ctx, out, "proxy", JSValueMakeBoolean(ctx, ok));
    return out;
}

/* typeByte(v): the JSType of an object, -1 for primitives. JS compares it
 * with the bytes of objects whose class it knows. */
BINDING(util_type_byte) {
    UNUSED_ARGS;
    return JSValueMakeNumber(ctx, cell_type(ctx, ct_js_arg(ctx, argc, argv, 0)));
}

/* getProxyDetails(v, withHandler): undefined when v is no proxy; else the
 * target, or [target, handler] when withHandler. A revoked proxy has a null
 * target and handler; an uncalibrated handler reads as undefined. */
BINDING(util_get_proxy_details) {
    UNUSED_ARGS;
    JSValueRef v = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsObject(ctx, v)) return JSValueMakeUndefined(ctx);
    JSObjectRef target = JSObjectGetProxyTarget((JSObjectRef)v);
    if (target == NULL) return JSValueMakeUndefined(ctx);
    JSValueRef handler = JSValueMakeUndefined(ctx);
    JSValueRef tv = target;
    if (proxy_type >= 0 && cell_type(ctx, v) == proxy_type) {
        uint64_t h = cell_slot(v, proxy_handler_off);
        if (h == UTIL_VALUE_NULL) {
            handler = JSValueMakeNull(ctx);
            tv = JSValueMakeNull(ctx);
        } else {
            handler = (JSValueRef)(uintptr_t)h;
        }
    }
    if (!JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 1))) return tv;
    JSValueRef pair[2] = { tv, handler };
    return JSObjectMakeArray(ctx, 2, pair, NULL);
}

/* getPromiseDetails(p): undefined when p is no promise or the layout is
 * unknown; else [state] (0 pending) or [state, result] (1 fulfilled,
 * 2 rejected). */
BINDING(util_get_promise_details) {
    UNUSED_ARGS;
    JSValueRef v = ct_js_arg(ctx, argc, argv, 0);
    if (promise_type < 0 || cell_type(ctx, v) != promise_type) return JSValueMakeUndefined(ctx);
    uint64_t flags = cell_slot(v, promise_flags_off);
    if ((flags & UTIL_INT32_TAG) != UTIL_INT32_TAG) return JSValueMakeUndefined(ctx);
    int state = (int)(flags & 3);
    JSValueRef out[2] = { JSValueMakeNumber(ctx, state), NULL };
    if (state == 0) return JSObjectMakeArray(ctx, 1, out, NULL);
    out[1] = (JSValueRef)(uintptr_t)cell_slot(v, promise_result_off);
    return JSObjectMakeArray(ctx, 2, out, NULL);
}

static const ct_binding_fn util_fns[] = {
    { "calibrate", util_calibrate, 1 },
    { "getPromiseDetails", util_get_promise_details, 1 },
    { "getProxyDetails", util_get_proxy_details, 2 },
    { "typeByte", util_type_byte, 1 },
    { NULL, NULL, 0 }
};

void ct_util_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, util_fns);
}
