/* SPDX-License-Identifier: MIT
 *
 * vm.c — internalBinding('vm'): contexts and script evaluation behind node:vm.
 *
 * A vm context is a second JSGlobalContext in the runtime's context group, so
 * objects and functions pass freely between it and the main context (they
 * share one heap). lib/node/vm.js ties it to its sandbox object: before
 * each run the global gets an accessor per sandbox property, after it the
 * properties the script made on the global are copied to the sandbox.
 *
 * Why not a global whose JSClass callbacks forward to the sandbox, as Node's
 * contextified global does: JavaScriptCore keeps top-level `var` and function
 * declarations in the global's symbol table and reads them from there without
 * asking the class, so with forwarding callbacks `var x = 1; x` reads
 * undefined (the write went to the sandbox, the read to the table), and such
 * a global does not list its declared names either. The global here is a
 * plain one.
 *
 * No time limit either: JSContextGroupSetExecutionTimeLimit needs its watchdog
 * to exist before the outermost script entry, and once it ends a nested
 * evaluation the VM stays terminated for every C API entry until that
 * outermost entry returns, so the process's next call into JS (building the
 * timeout error, console, a tick) would die too. vm.js checks `timeout` and
 * does not enforce it. Loop thread only.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

/* Not in Debian's headers (JSContextRefPrivate.h / JSObjectRefPrivate.h);
 * exported by libjavascriptcoregtk with these signatures. */
JS_EXPORT JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);
JS_EXPORT void JSGlobalContextSetName(JSGlobalContextRef ctx, JSStringRef name);

#define BINDING(name)                                                                       \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, \
                           const JSValueRef argv[], JSValueRef *exc)

/* makeContext(name) -> the new context's global object */
BINDING(vm_make_context) {
    (void)fn;
    (void)self;
    (void)exc;
    JSGlobalContextRef nctx = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), NULL);
    JSObjectRef global = JSContextGetGlobalObject(nctx);
    JSValueRef name = ct_js_arg(ctx, argc, argv, 0);
    if (JSValueIsString(ctx, name)) {
        JSStringRef s = JSValueToStringCopy(ctx, name, NULL);
        if (s != NULL) {
            JSGlobalContextSetName(nctx, s);
            JSStringRelease(s);
        }
    }
    /* From here the global lives as long as something references it (vm.js
     * keeps it in a WeakMap keyed by the sandbox); the context is its global
     * object, so dropping our reference does not end it. */
    JSValueRef r = global;
    JSGlobalContextRelease(nctx);
    return r;
}

/* Evaluates src in the realm of target (a vm global from makeContext), or
 * in the caller's context when target is not an object. Returns the
 * completion value, or NULL with *exc set. */
static JSValueRef vm_evaluate(JSContextRef ctx, JSValueRef target, JSStringRef src, JSStringRef url,
                              int line, JSValueRef *exc) {
    JSContextRef rctx = JSContextGetGlobalContext(ctx);
    if (JSValueIsObject(ctx, target)) rctx = JSObjectGetGlobalContext((JSObjectRef)target);
    return JSEvaluateScript(rctx, src, NULL, url, line, exc);
}

/* run(global|null, source, filename, lineOffset) -> completion value */
BINDING(vm_run) {
    (void)fn;
    (void)self;
    JSStringRef src = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    if (src == NULL) return NULL;
    JSStringRef url = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 2), exc);
    double line = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 3), NULL);
    JSValueRef r = NULL;
    if (url != NULL) {
        int l = isfinite(line) && line > -1e9 && line < 1e9 ? (int)line + 1 : 1;
        r = vm_evaluate(ctx, ct_js_arg(ctx, argc, argv, 0), src, url, l, exc);
        JSStringRelease(url);
    }
    JSStringRelease(src);
    return r;
}

/* checkSyntax(source, filename, lineOffset): throws the SyntaxError, if any */
BINDING(vm_check_syntax) {
    (void)fn;
    (void)self;
    JSStringRef src = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (src == NULL) return NULL;
    JSStringRef url = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    double line = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 2), NULL);
    int l = isfinite(line) && line > -1e9 && line < 1e9 ? (int)line + 1 : 1;
    if (url != NULL) {
        JSCheckScriptSyntax(ctx, src, url, l, exc);
        JSStringRelease(url);
    }
    JSStringRelease(src);
    return JSValueMakeUndefined(ctx);
}

static const ct_binding_fn vm_fns[] = { { "makeContext", vm_make_context, 1 },
                                        { "run", vm_run, 4 },
                                        { "checkSyntax", vm_check_syntax, 3 },
                                        { NULL, NULL, 0 } };

void ct_vm_init(JSContextRef ctx, JSObjectRef target) { ct_binding_install(ctx, target, vm_fns); }
