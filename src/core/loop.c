/* SPDX-License-Identifier: MIT
 *
 * loop.c — the libuv ⇄ GLib join: a GSource that lets GLib's main loop drive
 * a runtime's libuv loop. Main process (GTK) and, later, the renderer
 * extension (the web process's GLib loop).
 *
 * The source watches uv_backend_fd() (libuv's epoll fd, readable whenever any
 * libuv watcher has an event) and takes its timeout from uv_backend_timeout(),
 * so timers, fs completions, child exits and sockets wake GLib exactly when
 * libuv would have woken itself: no busy polling, no added latency. Dispatch
 * runs one non-blocking uv_run pass; every callback into JS inside it goes
 * through ct_js_call, which drains nextTicks and microtasks. Loop thread only.
 */
#include "internal.h"

#include <glib.h>

typedef struct {
    GSource source;       /* must be first: GLib allocates the struct */
    uv_loop_t *loop;      /* borrowed: lives as long as the runtime */
    gpointer fd_tag;      /* from g_source_add_unix_fd, freed with the source */
} loop_source_t;

/* libuv's own idea of "something is due now": pending callbacks, idle or
 * closing handles, or an expired timer. uv_backend_timeout() answers 0 for a
 * loop with nothing active, which would keep this source always ready and
 * starve GLib's lower-priority sources (idle, redraw): such a loop waits. */
static int loop_timeout(uv_loop_t *loop) {
    if (!uv_loop_alive(loop)) return -1;
    uv_update_time(loop);
    return uv_backend_timeout(loop);
}

static gboolean loop_prepare(GSource *s, gint *timeout) {
    loop_source_t *ls = (loop_source_t *)s;
    int t = loop_timeout(ls->loop);
    *timeout = t;
    return t == 0;
}

static gboolean loop_check(GSource *s) {
    loop_source_t *ls = (loop_source_t *)s;
    if (g_source_query_unix_fd(s, ls->fd_tag) & G_IO_IN) return TRUE;
    return loop_timeout(ls->loop) == 0;
}

static gboolean loop_dispatch(GSource *s, GSourceFunc cb, gpointer data) {
    (void)cb;
    (void)data;
    loop_source_t *ls = (loop_source_t *)s;
    uv_run(ls->loop, UV_RUN_NOWAIT);
    return G_SOURCE_CONTINUE;
}

static GSourceFuncs loop_funcs = {
    .prepare = loop_prepare,
    .check = loop_check,
    .dispatch = loop_dispatch,
    .finalize = NULL,
};

/* Attaches rt's loop to the thread-default GLib main context. The source
 * lives until ct_runtime_free detaches it (or the context is destroyed); it
 * holds no reference to rt beyond its loop. */
void ct_loop_attach_glib(ct_runtime_t *rt) {
    GSource *s = g_source_new(&loop_funcs, sizeof(loop_source_t));
    loop_source_t *ls = (loop_source_t *)s;
    ls->loop = rt->loop;
    ls->fd_tag = g_source_add_unix_fd(s, uv_backend_fd(rt->loop), G_IO_IN);
    g_source_set_name(s, "cathode-libuv");
    g_source_set_can_recurse(s, FALSE);
    g_source_attach(s, g_main_context_get_thread_default());
    rt->gsource = s; /* the context holds the reference */
    g_source_unref(s);
}

void ct__loop_detach_glib(ct_runtime_t *rt) {
    if (rt->gsource == NULL) return;
    g_source_destroy(rt->gsource);
    rt->gsource = NULL;
}
