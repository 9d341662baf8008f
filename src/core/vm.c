/* SPDX-License-Identifier: MIT
 *
 * vm.c — internalBinding('vm'): contexts and script evaluation behind node:vm.
 *
 * A vm context is a second JSGlobalContext in the runtime's context group, so
 * objects and functions pass freely between it and the main context (they
 * share one heap). Its global object belongs to a JSClass whose callbacks
 * consult the sandbox object first, the way Node's contextified global does:
 * reads of names the sandbox has come from the sandbox, writes and deletes go
 * to it, enumeration lists its names, and everything else falls through to
 * the context's own built-ins. lib/node/vm.js does the argument checking and
 * keeps the sandbox <-> global link alive (two WeakMaps, so that neither side
 * is protected from C and a dropped context can be collected).
 *
 * JavaScriptCore declares top-level `var` and function bindings directly on
 * the global object without calling the class's setProperty callback; run()
 * copies those new own properties out to the sandbox after each evaluation
 * (see copy_out). Loop thread only.
 */
#include "internal.h"
#include "jsc_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Not in Debian's headers (JSContextRefPrivate.h / JSObjectRefPrivate.h);
 * exported by libjavascriptcoregtk with these signatures. */
typedef bool (*vm_should_terminate_cb)(JSContextRef ctx, void *data);
JS_EXPORT void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                                   vm_should_terminate_cb cb, void *data);
JS_EXPORT void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);
JS_EXPORT JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);
JS_EXPORT void JSGlobalContextSetName(JSGlobalContextRef ctx, JSStringRef name);

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)

/* Hangs off a vm global object's private pointer; freed by its finalizer. */
typedef struct {
    /* borrowed: vm.js's WeakMap keyed by the global keeps it alive as long
     * as the global is. NULL while the context is being set up. */
    JSObjectRef sandbox;
    /* the global's own property names right after creation (the built-ins);
     * anything else found on the global after a run was declared by script.
     * JSPropertyNameArray owned, released by the finalizer. */
    JSPropertyNameArrayRef builtins;
} vm_context_t;

static JSClassRef vm_global_class; /* created once, never released */

/* Names a script cannot rebind in any context: writes to them are the
 * global's business (and silently fail), never the sandbox's. */
static bool vm_is_immutable_global(JSStringRef name) {
    return JSStringIsEqualToUTF8CString(name, "undefined") ||
           JSStringIsEqualToUTF8CString(name, "NaN") ||
           JSStringIsEqualToUTF8CString(name, "Infinity");
}

static vm_context_t *vm_context_of(JSObjectRef global) {
    return JSObjectGetPrivate(global);
}

static JSValueRef vm_global_get(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                                JSValueRef *exc) {
    vm_context_t *c = vm_context_of(global);
    if (c == NULL || c->sandbox == NULL) return NULL;
    if (!JSObjectHasProperty(ctx, c->sandbox, name)) return NULL;
    return JSObjectGetProperty(ctx, c->sandbox, name, exc);
}

static bool vm_global_set(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                          JSValueRef value, JSValueRef *exc) {
    vm_context_t *c = vm_context_of(global);
    if (c == NULL || c->sandbox == NULL || vm_is_immutable_global(name)) return false;
    JSObjectSetProperty(ctx, c->sandbox, name, value, kJSPropertyAttributeNone, exc);
    return true;
}

static bool vm_global_delete(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                             JSValueRef *exc) {
    vm_context_t *c = vm_context_of(global);
    if (c == NULL || c->sandbox == NULL || !JSObjectHasProperty(ctx, c->sandbox, name))
        return false;
    /* false falls through to the global's own property of that name, so a
     * name present on both sides is removed from both */
    JSObjectDeleteProperty(ctx, c->sandbox, name, exc);
    return false;
}

static void vm_global_names(JSContextRef ctx, JSObjectRef global,
                            JSPropertyNameAccumulatorRef acc) {
    vm_context_t *c = vm_context_of(global);
    if (c == NULL || c->sandbox == NULL) return;
    JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, c->sandbox);
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = 0; i < n; i++)
        JSPropertyNameAccumulatorAddName(acc, JSPropertyNameArrayGetNameAtIndex(names, i));
    JSPropertyNameArrayRelease(names);
}

static void vm_global_finalize(JSObjectRef global) {
    vm_context_t *c = vm_context_of(global);
    if (c == NULL) return;
    if (c->builtins != NULL) JSPropertyNameArrayRelease(c->builtins);
    free(c);
}

static JSClassRef vm_class(void) {
    if (vm_global_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "global";
        def.getProperty = vm_global_get;
        def.setProperty = vm_global_set;
        def.deleteProperty = vm_global_delete;
        def.getPropertyNames = vm_global_names;
        def.finalize = vm_global_finalize;
        vm_global_class = JSClassCreate(&def);
    }
    return vm_global_class;
}

static bool vm_name_in(JSPropertyNameArrayRef names, JSStringRef name) {
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = 0; i < n; i++)
        if (JSStringIsEqual(JSPropertyNameArrayGetNameAtIndex(names, i), name)) return true;
    return false;
}

/* Copies the global's script-declared own properties (top-level var and
 * function declarations, which JSC stores on the global without asking the
 * class) to the sandbox. Costs O(globals x built-ins) string compares per
 * run; contexts hold few globals. Sandbox setters may throw: *exc. */
static void vm_copy_out(JSContextRef ctx, JSObjectRef global, vm_context_t *c, JSValueRef *exc) {
    JSObjectRef sandbox = c->sandbox;
    c->sandbox = NULL; /* see the global's own properties, not the sandbox's */
    JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, global);
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = 0; i < n && *exc == NULL; i++) {
        JSStringRef name = JSPropertyNameArrayGetNameAtIndex(names, i);
        if (vm_name_in(c->builtins, name)) continue;
        JSValueRef v = JSObjectGetProperty(ctx, global, name, exc);
        if (*exc != NULL) break;
        JSValueRef cur = JSObjectHasProperty(ctx, sandbox, name)
                             ? JSObjectGetProperty(ctx, sandbox, name, exc) : NULL;
        if (*exc != NULL) break;
        if (cur == NULL || !JSValueIsStrictEqual(ctx, cur, v))
            JSObjectSetProperty(ctx, sandbox, name, v, kJSPropertyAttributeNone, exc);
    }
    JSPropertyNameArrayRelease(names);
    c->sandbox = sandbox;
}

/* makeContext(sandbox, name) -> the new context's global object */
BINDING(vm_make_context) {
    (void)fn;
    (void)self;
    JSValueRef sb = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsObject(ctx, sb)) return ct_throw_type(ctx, exc, "makeContext: object expected");
    JSGlobalContextRef nctx = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), vm_class());
    JSObjectRef global = JSContextGetGlobalObject(nctx);
    vm_context_t *c = calloc(1, sizeof *c);
    CT_CHECK(c != NULL);
    c->builtins = JSObjectCopyPropertyNames(nctx, global);
    JSObjectSetPrivate(global, c);
    JSValueRef name = ct_js_arg(ctx, argc, argv, 1);
    if (JSValueIsString(ctx, name)) {
        JSStringRef s = JSValueToStringCopy(ctx, name, NULL);
        if (s != NULL) {
            JSGlobalContextSetName(nctx, s);
            JSStringRelease(s);
        }
    }
    c->sandbox = (JSObjectRef)sb;
    /* From here the global lives as long as something references it (vm.js
     * keeps it in a WeakMap keyed by the sandbox); the context is its global
     * object, so dropping our reference does not end it. */
    JSValueRef r = global;
    JSGlobalContextRelease(nctx);
    return r;
}

/* One evaluation's time limit. JSC's watchdog is one per context group, so
 * nested timed runs share it: an inner run keeps the outer deadline when
 * that comes first, and the outer limit is re-armed when the inner ends. */
typedef struct vm_deadline {
    uint64_t at_ns;           /* uv_hrtime() deadline */
    bool fired;               /* the watchdog ended this run */
    struct vm_deadline *outer;
} vm_deadline_t;

static vm_deadline_t *vm_deadlines; /* innermost timed run, or NULL */

static bool vm_should_terminate(JSContextRef ctx, void *data) {
    (void)ctx;
    (void)data;
    /* every run whose deadline passed unwinds; the outermost such run reports */
    for (vm_deadline_t *d = vm_deadlines; d != NULL; d = d->outer)
        if (uv_hrtime() + 1000000 >= d->at_ns) d->fired = true;
    return true;
}

static void vm_arm(JSContextGroupRef group) {
    if (vm_deadlines == NULL) {
        JSContextGroupClearExecutionTimeLimit(group);
        return;
    }
    uint64_t now = uv_hrtime(), at = vm_deadlines->at_ns;
    double left = at > now ? (double)(at - now) / 1e9 : 0.0005;
    JSContextGroupSetExecutionTimeLimit(group, left, vm_should_terminate, NULL);
}

/* JSC starts a group's watchdog only when the outermost script entry
 * begins; one created later (by the first timed run, nested inside the
 * main script) would never fire. An idle watchdog costs nothing. */
void ct__vm_prepare_group(JSContextGroupRef group) {
    JSContextGroupSetExecutionTimeLimit(group, 1e9, vm_should_terminate, NULL);
    JSContextGroupClearExecutionTimeLimit(group);
}

/* Evaluates src in target (a vm global, or null for the caller's context).
 * Returns the completion value, timeout_sentinel when the run's time limit
 * ended it, or NULL with *exc set. */
static JSValueRef vm_evaluate(JSContextRef ctx, JSValueRef target, JSStringRef src,
                              JSStringRef url, int line, double timeout_ms,
                              JSValueRef timeout_sentinel, JSValueRef *exc) {
    JSContextRef rctx = JSContextGetGlobalContext(ctx);
    vm_context_t *c = NULL;
    JSObjectRef global = NULL;
    if (JSValueIsObjectOfClass(ctx, target, vm_class())) {
        global = (JSObjectRef)target;
        c = vm_context_of(global);
        rctx = JSObjectGetGlobalContext(global);
    }
    JSContextGroupRef group = JSContextGetGroup(ctx);
    vm_deadline_t dl = { 0, false, vm_deadlines };
    bool timed = timeout_ms > 0 && isfinite(timeout_ms);
    if (timed) {
        dl.at_ns = uv_hrtime() + (uint64_t)(timeout_ms * 1e6);
        if (dl.outer != NULL && dl.outer->at_ns < dl.at_ns) dl.at_ns = dl.outer->at_ns;
        vm_deadlines = &dl;
        vm_arm(group);
    }
    JSValueRef e = NULL;
    JSValueRef r = JSEvaluateScript(rctx, src, NULL, url, line, &e);
    if (timed) {
        vm_deadlines = dl.outer;
        vm_arm(group);
    }
    if (e == NULL && c != NULL && c->sandbox != NULL) vm_copy_out(ctx, global, c, &e);
    /* The error is built in JS (vm.js) from the sentinel: JSC leaves a
     * terminated VM unable to construct objects through the C API until
     * control is back in script. */
    if (timed && dl.fired && (dl.outer == NULL || !dl.outer->fired)) return timeout_sentinel;
    if (e != NULL) {
        *exc = e;
        return NULL;
    }
    return r;
}

/* run(global|null, source, filename, lineOffset, timeoutMs, timeoutSentinel)
 * -> completion value, or timeoutSentinel */
BINDING(vm_run) {
    (void)fn;
    (void)self;
    JSStringRef src = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    if (src == NULL) return NULL;
    JSStringRef url = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 2), exc);
    double line = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 3), NULL);
    double timeout = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 4), NULL);
    JSValueRef r = NULL;
    if (url != NULL) {
        int l = isfinite(line) && line > -1e9 && line < 1e9 ? (int)line + 1 : 1;
        r = vm_evaluate(ctx, ct_js_arg(ctx, argc, argv, 0), src, url, l, timeout,
                        ct_js_arg(ctx, argc, argv, 5), exc);
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

/* isContext(value) -> is value a vm global object */
BINDING(vm_is_global) {
    (void)fn;
    (void)self;
    (void)exc;
    return JSValueMakeBoolean(ctx, JSValueIsObjectOfClass(ctx, ct_js_arg(ctx, argc, argv, 0),
                                                          vm_class()));
}

static const ct_binding_fn vm_fns[] = {
    { "makeContext", vm_make_context, 2 },
    { "run", vm_run, 6 },
    { "checkSyntax", vm_check_syntax, 3 },
    { "isGlobal", vm_is_global, 1 },
    { NULL, NULL, 0 }
};

void ct_vm_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, vm_fns);
}
