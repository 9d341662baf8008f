/* SPDX-License-Identifier: MIT
 *
 * internal.h — declarations shared between core files only (ct__ names).
 * Never included from src/main or src/renderer.
 */
#ifndef CT_CORE_INTERNAL_H
#define CT_CORE_INTERNAL_H

#include "ct.h"

#define CT_CHECK(expr)                                                         \
    do {                                                                       \
        if (!(expr)) {                                                         \
            ct__check_failed(__FILE__, __LINE__, #expr);                       \
        }                                                                      \
    } while (0)

#define CT_CONTAINER_OF(ptr, type, member)                                     \
    ((type *)((char *)(ptr) - offsetof(type, member)))

#define CT_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

_Noreturn void ct__check_failed(const char *file, int line, const char *expr);

struct ct_runtime {
    JSContextGroupRef group;      /* owned */
    JSGlobalContextRef ctx;       /* owned */
    uv_loop_t *loop;              /* borrowed: lives as long as the process */
    int flags;
    int depth;                    /* nesting of ct_js_call */
    bool exit_emitted;
    int exit_code;
    int32_t tick_store[CT_TICK_FIELDS]; /* tick_info's memory outside a web process */
    int32_t *tick_info;           /* shared with JS (an Int32Array's bytes) */
    JSObjectRef tick_array;       /* protected: the Int32Array over tick_info */
    bool dead;                    /* disposed: callbacks must not run JS */
    bool foreign_ctx;             /* ctx is a page's (retained, not created) */
    struct _GSource *gsource;     /* loop.c's source joining GLib, or NULL */
    /* protected, unprotected in ct_runtime_free: */
    JSObjectRef process;          /* the process object */
    JSObjectRef run_ticks;        /* processTicksAndRejections() */
    JSObjectRef fatal_exception;  /* process._fatalException(err) -> handled? */
    JSObjectRef emit_before_exit; /* emits 'beforeExit' */
    JSObjectRef emit_exit;        /* emits 'exit', returns the exit code */
    JSObjectRef start;            /* runs the entry point */
    JSObjectRef trampoline;       /* callbackTrampoline(fn, self, args) */
    JSObjectRef threw;            /* the trampoline's "fn threw" sentinel */
    JSObjectRef buffer_proto;     /* Buffer.prototype, for ct_js_buffer_take */
    JSObjectRef require_builtin;  /* requireBuiltin(id), for ct_require_builtin */
    JSObjectRef timers_cb;        /* runNextTimer(now) */
    JSObjectRef immediate_cb;     /* runImmediates(first) */
    /* timers.c state */
    uv_timer_t timer;
    uv_check_t immediate_check;
    uv_idle_t immediate_idle;
    bool timer_ref;
    bool immediate_ref;
    int immediate_count;          /* immediates queued (JS tells us) */
    uint64_t start_ns;            /* process start, for uptime/performance */
    const ct_js_source_t *extra_sources;
    const ct_runtime_options_t *opts; /* borrowed during ct_runtime_new only */
};

/* bindings.c */
JSValueRef ct__internal_binding(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc);

/* js.c: true inside WebKit's web process, where JSC's Gigacage forbids
 * array buffers over memory JSC did not allocate: buffers are copied. */
extern bool ct__caged;

/* loader.c */
const ct_js_source_t *ct__js_source_lookup(ct_runtime_t *rt, const char *id);

/* loop.c: removes rt's GLib source, if attached */
void ct__loop_detach_glib(ct_runtime_t *rt);

/* timers.c */
void ct__timers_init_handles(ct_runtime_t *rt);
void ct__timers_close_handles(ct_runtime_t *rt);

/* process.c: filled by runtime.c before the bootstrap runs */
void ct__process_set_options(const ct_runtime_options_t *opts);

/* fs.c: a stat result as fs's binding returns it (Float64Array or
 * BigInt64Array of 18 fields). Cannot fail. */
JSValueRef ct__fs_stat_array(JSContextRef ctx, const uv_stat_t *s, bool bigint);

/* the binding init functions, listed in bindings.c */
void ct_buffer_init(JSContextRef ctx, JSObjectRef target);
void ct_builtins_init(JSContextRef ctx, JSObjectRef target);
void ct_child_process_init(JSContextRef ctx, JSObjectRef target);
void ct_constants_init(JSContextRef ctx, JSObjectRef target);
void ct_crypto_init(JSContextRef ctx, JSObjectRef target);
/* library versions for process.versions (crypto.c, zlib.c) */
const char *ct__openssl_version(void);
const char *ct__zlib_version(void);
void ct__brotli_version(char *out, size_t n);
void ct_dns_init(JSContextRef ctx, JSObjectRef target);
void ct_fs_init(JSContextRef ctx, JSObjectRef target);
void ct_tls_init(JSContextRef ctx, JSObjectRef target);
void ct_fs_event_wrap_init(JSContextRef ctx, JSObjectRef target);
void ct_os_init(JSContextRef ctx, JSObjectRef target);
void ct_process_init(JSContextRef ctx, JSObjectRef target);
void ct_serdes_init(JSContextRef ctx, JSObjectRef target);
void ct_signal_wrap_init(JSContextRef ctx, JSObjectRef target);
void ct_stream_wrap_init(JSContextRef ctx, JSObjectRef target);
void ct_timers_init(JSContextRef ctx, JSObjectRef target);
void ct_util_init(JSContextRef ctx, JSObjectRef target);
void ct_vm_init(JSContextRef ctx, JSObjectRef target);
void ct_zlib_init(JSContextRef ctx, JSObjectRef target);

#endif /* CT_CORE_INTERNAL_H */
