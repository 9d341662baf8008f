/* SPDX-License-Identifier: MIT
 *
 * ct.h — libcathode-core's interface to the main executable and the renderer
 * extension: the runtime (one JSC context with the Node layer on a libuv
 * loop), the one way of calling into JS, bindings, errors.
 *
 * Include this from src/main/ and src/renderer/; core files include
 * internal.h, which includes this. Everything here runs on the thread that
 * owns the runtime's loop unless a comment says otherwise.
 */
#ifndef CT_CORE_CT_H
#define CT_CORE_CT_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "js_source.h"

#define CT_VERSION "0.1.0"
#define CT_NODE_VERSION "22.18.0"     /* the Node API level we implement */
#define CT_ELECTRON_VERSION "38.0.0"  /* the Electron API level we implement */
/* The Chromium of that Electron release (its DEPS), for process.versions.chrome:
 * the web platform here is WebKitGTK's (process.versions.webkitgtk). */
#define CT_CHROME_VERSION "140.0.7339.41"

/* A binding function: JSC's callback signature, installed by name. */
typedef struct {
    const char *name;
    JSObjectCallAsFunctionCallback fn;
    int length;
} ct_binding_fn;

typedef void (*ct_binding_init_fn)(JSContextRef ctx, JSObjectRef target);

typedef struct {
    const char *name; /* internalBinding('name') */
    ct_binding_init_fn init;
} ct_binding_t;

/* Runtime flags. */
enum {
    CT_RT_NODE = 1 << 0,     /* ELECTRON_RUN_AS_NODE: plain Node, no GUI */
    CT_RT_MAIN = 1 << 1,     /* the Electron main process */
    CT_RT_RENDERER = 1 << 2, /* a renderer (web process) */
};

/* Shared between C and JS without a call: the JS side writes these cells
 * (an Int32Array over this memory) and C reads them after each entry. */
enum {
    CT_TICK_HAS_TICKS = 0,     /* process.nextTick queue non-empty */
    CT_TICK_HAS_REJECTIONS = 1,/* unhandled rejections to process */
    CT_TICK_IMMEDIATE_COUNT = 2, /* setImmediate callbacks queued */
    CT_TICK_IMMEDIATE_REFS = 3,  /* of those, how many keep the loop alive */
    CT_TICK_FIELDS = 4
};

typedef struct ct_runtime ct_runtime_t;

/* Options for ct_runtime_new. argv/exec_argv are borrowed for the call. */
typedef struct {
    int flags;
    int argc;
    char **argv;       /* process.argv as it should appear ([execPath, script, ...]) */
    int exec_argc;
    char **exec_argv;  /* process.execArgv */
    const char *eval;  /* -e / -p source, or NULL */
    bool print_eval;   /* -p */
    const ct_js_source_t *extra_sources; /* the binary's own lib/ table, or NULL */
    const ct_binding_t *extra_bindings;  /* main/renderer bindings, NULL-terminated, or NULL */
    uv_loop_t *loop;   /* borrowed; NULL = uv_default_loop() */
    const char *exec_path; /* process.execPath, or NULL for this executable */
    /* Renderer: the page's existing global context (a WebKit script world)
     * to install Node into, instead of a new context. Retained by the
     * runtime. The runtime then owns a libuv loop of its own (opts->loop
     * must be NULL) and ends with ct_runtime_dispose. */
    JSGlobalContextRef context;
} ct_runtime_options_t;

/* Creates the context, installs the Node layer and runs the bootstrap (which
 * does not yet run user code). Returns NULL on failure, with a message on
 * stderr. Free with ct_runtime_free. */
ct_runtime_t *ct_runtime_new(const ct_runtime_options_t *opts);

/* Runs the entry point prepared by the bootstrap: the script, -e/-p code, or
 * the Electron main script. Uncaught errors go through process's fatal path. */
void ct_runtime_start(ct_runtime_t *rt);

/* Node mode: runs the loop until it is empty, emitting 'beforeExit' as Node
 * does, then 'exit'. Returns the process exit code. */
int ct_runtime_run_node_loop(ct_runtime_t *rt);

/* Emits process 'exit' (once) and returns the exit code to use. */
int ct_runtime_emit_exit(ct_runtime_t *rt);

void ct_runtime_free(ct_runtime_t *rt);

/* Ends a renderer runtime (opts->context) whose page went away: no JS runs
 * for it from now on; its handles close, requests still on the threadpool
 * finish with their callbacks dropped, and the memory is freed once its
 * loop is idle. The global context is released then. Loop thread only. */
void ct_runtime_dispose(ct_runtime_t *rt);

/* Whether rt was disposed (its callbacks must not reach JS). */
bool ct_runtime_disposed(ct_runtime_t *rt);

/* Joins rt's libuv loop to the thread-default GLib main context (loop.c):
 * from then on g_main_loop_run / gtk_main drive libuv callbacks, timers and
 * I/O too. Call once per runtime, on the loop thread. */
void ct_loop_attach_glib(ct_runtime_t *rt);

/* The runtime owning ctx (any context of its group). Borrowed; cannot fail
 * for contexts made by ct_runtime_new. */
ct_runtime_t *ct_runtime_from(JSContextRef ctx);
JSGlobalContextRef ct_runtime_context(ct_runtime_t *rt);
uv_loop_t *ct_runtime_loop(ct_runtime_t *rt);
int ct_runtime_flags(ct_runtime_t *rt);

/* The one way C calls into JS. Calls fn, hands an exception to process's
 * fatal-exception path (uncaughtException / print and exit), and when this is
 * the outermost entry runs process.nextTick callbacks and unhandled-rejection
 * processing in Node's order. Returns the result, or NULL if fn threw. */
JSValueRef ct_js_call(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                      size_t argc, const JSValueRef argv[]);

/* The exports of builtin module `id` ('node:fs', 'electron/common/native_image'),
 * loading it if needed. NULL if loading threw (reported like ct_js_call). */
JSValueRef ct_require_builtin(JSContextRef ctx, const char *id);

/* Reports an exception that escaped to C (same path as ct_js_call). */
void ct_report_exception(JSContextRef ctx, JSValueRef exception);

/* Adds a binding table for internalBinding(); `list` must stay alive. */
void ct_bindings_add(const ct_binding_t *list);
void ct_binding_install(JSContextRef ctx, JSObjectRef target, const ct_binding_fn *fns);

/* ---- small JSC helpers (js.c) ---- */

/* UTF-8 copy of a JS value converted to string. Caller frees with free().
 * Returns NULL (and sets *exception) if conversion throws. */
char *ct_js_to_utf8(JSContextRef ctx, JSValueRef v, JSValueRef *exception);
char *ct_js_string_to_utf8(JSStringRef s);
JSValueRef ct_js_str(JSContextRef ctx, const char *utf8);
JSValueRef ct_js_strn(JSContextRef ctx, const char *utf8, size_t len);
JSValueRef ct_js_get(JSContextRef ctx, JSObjectRef obj, const char *name);
void ct_js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v);
void ct_js_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name,
                  JSObjectCallAsFunctionCallback fn);
JSValueRef ct_js_num(JSContextRef ctx, double d);
/* Argument i or undefined. */
JSValueRef ct_js_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i);
/* Buffer-ish access: bytes of a TypedArray / DataView / ArrayBuffer value.
 * Returns false when v is none of those. Borrowed: valid while v is alive and
 * no JS runs that could detach it. */
bool ct_js_bytes(JSContextRef ctx, JSValueRef v, uint8_t **data, size_t *len);
/* A new Uint8Array that takes ownership of data (freed with free()). */
JSObjectRef ct_js_uint8array_take(JSContextRef ctx, uint8_t *data, size_t len);
/* A new Buffer (Uint8Array with Buffer.prototype), taking ownership of data. */
JSObjectRef ct_js_buffer_take(JSContextRef ctx, uint8_t *data, size_t len);

/* ---- errors (error.c): the only builders of JS Error objects ---- */

/* Node's libuv error: message "CODE: description, syscall 'path' -> 'dest'",
 * properties errno, code, syscall, path, dest. err is a negative UV_E* code. */
JSObjectRef ct_uv_error(JSContextRef ctx, int err, const char *syscall,
                        const char *path, const char *dest);
/* Sets *exception to ct_uv_error(...) and returns undefined. */
JSValueRef ct_throw_uv(JSContextRef ctx, JSValueRef *exception, int err,
                       const char *syscall, const char *path, const char *dest);
/* Errors with a Node code: ERR_INVALID_ARG_TYPE and friends. `type` is
 * "TypeError", "RangeError" or "Error". */
JSValueRef ct_throw_code(JSContextRef ctx, JSValueRef *exception, const char *type,
                         const char *code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
JSValueRef ct_throw_type(JSContextRef ctx, JSValueRef *exception, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
JSValueRef ct_throw_error(JSContextRef ctx, JSValueRef *exception, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif /* CT_CORE_CT_H */
