/* SPDX-License-Identifier: MIT
 *
 * stream_wrap.h — libuv stream handles (pipe, TTY, TCP) wrapped as JS
 * objects, shared by stream_wrap.c and child_process.c. Core files only.
 *
 * Lifetime: the C struct hangs off the JS wrapper's private pointer. The
 * wrapper is JSValueProtect'ed while the uv handle is open, so the collector
 * cannot finalize it under an active handle; the close callback unprotects
 * it. The struct is freed once both the close callback and the class
 * finalizer have run (flags record which came first).
 */
#ifndef CT_CORE_STREAM_WRAP_H
#define CT_CORE_STREAM_WRAP_H

#include "internal.h"

typedef enum {
    CT_STREAM_PIPE,
    CT_STREAM_TTY,
    CT_STREAM_TCP,
} ct_stream_kind_t;

typedef struct ct_stream {
    union {
        uv_handle_t handle;
        uv_stream_t stream;
        uv_pipe_t pipe;
        uv_tty_t tty;
        uv_tcp_t tcp;
    } h;                      /* owned; h.handle.data points back here */
    ct_stream_kind_t kind;
    ct_runtime_t *rt;         /* borrowed: outlives every handle of its loop */
    JSObjectRef obj;          /* the wrapper; protected while `open`, unprotected in close_cb */
    JSObjectRef close_cb;     /* protected; unprotected in close_cb */
    bool open;                /* uv_*_init succeeded and uv_close not yet called */
    bool closing;             /* uv_close called, close callback pending */
    bool closed;              /* close callback ran (or init never happened) */
    bool finalized;           /* the wrapper's finalizer ran */
    bool ipc;                 /* pipe opened with ipc = 1 */
} ct_stream_t;

/* The stream behind a wrapper object, or NULL when v is not one. Borrowed:
 * valid while v is alive. Cannot fail otherwise. */
ct_stream_t *ct__stream_from_value(JSContextRef ctx, JSValueRef v);

#endif /* CT_CORE_STREAM_WRAP_H */
