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
#include <limits.h>
#include <stdbool.h>

typedef struct {
    GSource source;       /* must be first: GLib allocates the struct */
    uv_loop_t *loop;      /* borrowed: lives as long as the runtime */
    uv_timer_t *timer;    /* the runtime's JS timer heap's one libuv timer */
    gpointer fd_tag;      /* from g_source_add_unix_fd, freed with the source */
} loop_source_t;

/* ms until the JS timer is due, when it is armed but unref'd and nothing
 * else keeps the loop alive; else -1. GLib keeps this process running, so
 * an unref'd timer (setInterval(...).unref()) still fires, as Node's does in
 * a process something else keeps alive. */
static int unrefd_timer_due(loop_source_t *ls) {
    if (ls->timer == NULL || !uv_is_active((uv_handle_t *)ls->timer)) return -1;
    uv_update_time(ls->loop);
    uint64_t due = uv_timer_get_due_in(ls->timer);
    return due > INT_MAX ? INT_MAX : (int)due;
}

/* libuv's own idea of "something is due now": pending callbacks, idle or
 * closing handles, or an expired timer. uv_backend_timeout() answers 0 for a
 * loop with nothing active, which would keep this source always ready and
 * starve GLib's lower-priority sources (idle, redraw): such a loop waits,
 * for its unref'd JS timer if one is armed. */
static int loop_timeout(loop_source_t *ls) {
    if (!uv_loop_alive(ls->loop)) return unrefd_timer_due(ls);
    uv_update_time(ls->loop);
    return uv_backend_timeout(ls->loop);
}

static gboolean loop_prepare(GSource *s, gint *timeout) {
    loop_source_t *ls = (loop_source_t *)s;
    int t = loop_timeout(ls);
    *timeout = t;
    return t == 0;
}

static gboolean loop_check(GSource *s) {
    loop_source_t *ls = (loop_source_t *)s;
    if (g_source_query_unix_fd(s, ls->fd_tag) & G_IO_IN) return TRUE;
    return loop_timeout(ls) == 0;
}

static gboolean loop_dispatch(GSource *s, GSourceFunc cb, gpointer data) {
    (void)cb;
    (void)data;
    loop_source_t *ls = (loop_source_t *)s;
    /* uv_run does nothing for a loop that is not alive: an unref'd timer
     * that is due is ref'd for this pass (timers.c sets its ref state again
     * whenever it re-arms it) */
    bool forced = !uv_loop_alive(ls->loop) && unrefd_timer_due(ls) == 0;
    if (forced) uv_ref((uv_handle_t *)ls->timer);
    uv_run(ls->loop, UV_RUN_NOWAIT);
    if (forced && !uv_is_active((uv_handle_t *)ls->timer)) uv_unref((uv_handle_t *)ls->timer);
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
    ls->timer = &rt->timer;
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
