/* SPDX-License-Identifier: MIT
 *
 * test-loop.c — loop.c, the libuv ⇄ GLib join: once a runtime's loop is
 * attached, GLib's main loop runs libuv timers, thread-pool completions and
 * JS timers; an idle libuv loop neither spins nor starves GLib's own
 * lower-priority sources. Each case ends by freeing the runtime and
 * checking that its loop closes.
 */
#include "../../src/core/ct.h"
#include "unit.h"

#include <glib.h>

static uv_loop_t loop;
static ct_runtime_t *rt;
static GMainLoop *gloop;

static void setup(const char *code) {
    static char *argv[] = { "cathode", NULL };
    UT_CHECK(uv_loop_init(&loop) == 0);
    ct_runtime_options_t o = { 0 };
    o.flags = CT_RT_NODE;
    o.argc = 1;
    o.argv = argv;
    o.eval = code;
    o.loop = &loop;
    rt = ct_runtime_new(&o);
    UT_CHECK(rt != NULL);
    ct_loop_attach_glib(rt);
    gloop = g_main_loop_new(NULL, FALSE);
    ct_runtime_start(rt);
}

static void teardown(void) {
    g_main_loop_unref(gloop);
    ct_runtime_free(rt);
    UT_CHECK(uv_loop_close(&loop) == 0);
}

static gboolean give_up(gpointer data) {
    (void)data;
    g_main_loop_quit(gloop);
    return G_SOURCE_REMOVE;
}

static int timer_fired;
static void quit_timer_cb(uv_timer_t *t) {
    timer_fired++;
    uv_close((uv_handle_t *)t, NULL);
    g_main_loop_quit(gloop);
}

/* A plain libuv timer wakes GLib's loop on time, not before. */
static void uv_timer_runs_under_glib(void) {
    setup("");
    uv_timer_t t;
    uv_timer_init(&loop, &t);
    uv_update_time(&loop); /* timers count from the loop's cached time */
    uv_timer_start(&t, quit_timer_cb, 30, 0);
    guint guard = g_timeout_add(3000, give_up, NULL);
    gint64 start = g_get_monotonic_time();
    g_main_loop_run(gloop);
    gint64 ms = (g_get_monotonic_time() - start) / 1000;
    UT_CHECK(timer_fired == 1);
    UT_CHECK(ms >= 29 && ms < 1000);
    g_source_remove(guard);
    uv_run(&loop, UV_RUN_NOWAIT); /* the close callback */
    teardown();
}

/* Nothing active in libuv: the source must not be ready, or it would keep
 * GLib busy and starve lower-priority sources. */
static void idle_uv_loop_does_not_spin(void) {
    setup("");
    int dispatched = 0;
    for (int i = 0; i < 5; i++) dispatched += g_main_context_iteration(NULL, FALSE);
    UT_CHECK(dispatched == 0);
    teardown();
}

static int idle_ran;
static gboolean idle_cb(gpointer data) {
    (void)data;
    idle_ran++;
    return G_SOURCE_REMOVE;
}

/* With a libuv timer pending, a GLib idle source (lowest priority) still
 * runs before it. */
static void glib_idle_runs_while_timer_pending(void) {
    setup("");
    uv_timer_t t;
    uv_timer_init(&loop, &t);
    uv_update_time(&loop);
    uv_timer_start(&t, quit_timer_cb, 100, 0);
    g_idle_add_full(G_PRIORITY_LOW, idle_cb, NULL, NULL);
    guint guard = g_timeout_add(3000, give_up, NULL);
    g_main_loop_run(gloop);
    UT_CHECK(idle_ran == 1);
    UT_CHECK(timer_fired == 1);
    g_source_remove(guard);
    uv_run(&loop, UV_RUN_NOWAIT);
    teardown();
}

static void work_cb(uv_work_t *w) { (void)w; g_usleep(20000); }
static int after_work_ran;
static void after_work_cb(uv_work_t *w, int status) {
    (void)w;
    UT_CHECK(status == 0);
    after_work_ran++;
    g_main_loop_quit(gloop);
}

/* A thread-pool completion (how fs callbacks arrive) wakes GLib's loop. */
static void threadpool_completion_wakes_glib(void) {
    setup("");
    uv_work_t w;
    UT_CHECK(uv_queue_work(&loop, &w, work_cb, after_work_cb) == 0);
    guint guard = g_timeout_add(3000, give_up, NULL);
    g_main_loop_run(gloop);
    UT_CHECK(after_work_ran == 1);
    g_source_remove(guard);
    teardown();
}

static gboolean poll_done(gpointer data) {
    (void)data;
    JSGlobalContextRef ctx = ct_runtime_context(rt);
    JSStringRef s = JSStringCreateWithUTF8CString("globalThis.log");
    JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, NULL);
    JSStringRelease(s);
    char *str = v ? ct_js_to_utf8(ctx, v, NULL) : NULL;
    bool done = str != NULL && strcmp(str, "t,i,t2") == 0;
    free(str);
    if (done) g_main_loop_quit(gloop);
    return done ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

/* JS timers and immediates run from GLib's loop, in Node's order. */
static void js_timers_run_under_glib(void) {
    setup("globalThis.log = [];"
          "setTimeout(() => { log.push('t'); setImmediate(() => log.push('i'));"
          "  setTimeout(() => { log.push('t2'); globalThis.log = log.join(); }, 10); }, 10);");
    guint poll = g_timeout_add(5, poll_done, NULL);
    guint guard = g_timeout_add(3000, give_up, NULL);
    g_main_loop_run(gloop);
    g_source_remove(guard);
    /* poll_done removed itself when it saw the result */
    JSGlobalContextRef ctx = ct_runtime_context(rt);
    JSStringRef s = JSStringCreateWithUTF8CString("String(globalThis.log)");
    JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, NULL);
    JSStringRelease(s);
    char *str = ct_js_to_utf8(ctx, v, NULL);
    if (str == NULL || strcmp(str, "t,i,t2") != 0) g_source_remove(poll);
    UT_CHECK_STR(str, "t,i,t2");
    free(str);
    teardown();
}

static const ut_case cases[] = {
    { "uv_timer_runs_under_glib", uv_timer_runs_under_glib, 0 },
    { "idle_uv_loop_does_not_spin", idle_uv_loop_does_not_spin, 0 },
    { "glib_idle_runs_while_timer_pending", glib_idle_runs_while_timer_pending, 0 },
    { "threadpool_completion_wakes_glib", threadpool_completion_wakes_glib, 0 },
    { "js_timers_run_under_glib", js_timers_run_under_glib, 0 },
    { NULL, NULL, 0 }
};

int main(int argc, char **argv) { return ut_main(cases, argc, argv); }
