/* SPDX-License-Identifier: MIT
 *
 * error.c — the only place C builds JS Error objects.
 *
 * libuv failures get Node's shape (message "ENOENT: no such file or
 * directory, open 'x'", with errno, code, syscall, path, dest); argument
 * errors carry Node's ERR_* code and its "[CODE]" decorated name. JS code
 * builds the same shapes in lib/node/internal/errors.js.
 */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static JSObjectRef make_error(JSContextRef ctx, const char *type, const char *message) {
    JSObjectRef global = JSContextGetGlobalObject(ctx);
    JSValueRef ctor = ct_js_get(ctx, global, type);
    JSValueRef msg = ct_js_str(ctx, message);
    if (!JSValueIsObject(ctx, ctor)) return JSObjectMakeError(ctx, 1, &msg, NULL);
    JSObjectRef e = JSObjectCallAsConstructor(ctx, (JSObjectRef)ctor, 1, &msg, NULL);
    return e ? e : JSObjectMakeError(ctx, 1, &msg, NULL);
}

JSObjectRef ct_uv_error(JSContextRef ctx, int err, const char *syscall,
                        const char *path, const char *dest) {
    char msg[4096];
    const char *name = uv_err_name(err);
    int n = snprintf(msg, sizeof msg, "%s: %s, %s", name, uv_strerror(err), syscall);
    if (path != NULL && n < (int)sizeof msg)
        n += snprintf(msg + n, sizeof msg - n, " '%s'", path);
    if (dest != NULL && n < (int)sizeof msg)
        snprintf(msg + n, sizeof msg - n, " -> '%s'", dest);
    JSObjectRef e = make_error(ctx, "Error", msg);
    ct_js_set(ctx, e, "errno", JSValueMakeNumber(ctx, err));
    ct_js_set(ctx, e, "code", ct_js_str(ctx, name));
    ct_js_set(ctx, e, "syscall", ct_js_str(ctx, syscall));
    if (path != NULL) ct_js_set(ctx, e, "path", ct_js_str(ctx, path));
    if (dest != NULL) ct_js_set(ctx, e, "dest", ct_js_str(ctx, dest));
    return e;
}

JSValueRef ct_throw_uv(JSContextRef ctx, JSValueRef *exception, int err,
                       const char *syscall, const char *path, const char *dest) {
    if (exception != NULL) *exception = ct_uv_error(ctx, err, syscall, path, dest);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef throw_v(JSContextRef ctx, JSValueRef *exception, const char *type,
                          const char *code, const char *fmt, va_list ap) {
    char msg[2048];
    vsnprintf(msg, sizeof msg, fmt, ap);
    JSObjectRef e = make_error(ctx, type, msg);
    if (code != NULL) {
        ct_js_set(ctx, e, "code", ct_js_str(ctx, code));
    }
    if (exception != NULL) *exception = e;
    return JSValueMakeUndefined(ctx);
}

JSValueRef ct_throw_code(JSContextRef ctx, JSValueRef *exception, const char *type,
                         const char *code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    JSValueRef r = throw_v(ctx, exception, type, code, fmt, ap);
    va_end(ap);
    return r;
}

JSValueRef ct_throw_type(JSContextRef ctx, JSValueRef *exception, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    JSValueRef r = throw_v(ctx, exception, "TypeError", NULL, fmt, ap);
    va_end(ap);
    return r;
}

JSValueRef ct_throw_error(JSContextRef ctx, JSValueRef *exception, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    JSValueRef r = throw_v(ctx, exception, "Error", NULL, fmt, ap);
    va_end(ap);
    return r;
}
