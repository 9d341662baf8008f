/* SPDX-License-Identifier: MIT
 *
 * test-runtime.c — runtime.c + js.c + timers.c together: a node-mode runtime
 * on its own libuv loop runs a script, and the order in which synchronous
 * code, nextTicks, promise jobs, immediates and timers run is Node's. Every
 * case ends by freeing the runtime and checking that its loop closes, i.e.
 * that no handle outlives the runtime.
 */
#include "../../src/core/ct.h"
#include "unit.h"

#include <fcntl.h>
#include <stdlib.h>

static uv_loop_t loop;

/* Runs `code` as -e code in a fresh node-mode runtime on `loop`, to the end
 * of its event loop. Returns the exit code; *log receives the string value
 * of globalThis.log after the loop ends (caller frees with free()). */
static int run_script(const char *code, char **log) {
    static char *argv[] = { "cathode", NULL };
    UT_CHECK(uv_loop_init(&loop) == 0);
    ct_runtime_options_t o = { 0 };
    o.flags = CT_RT_NODE;
    o.argc = 1;
    o.argv = argv;
    o.eval = code;
    o.loop = &loop;
    ct_runtime_t *rt = ct_runtime_new(&o);
    UT_CHECK(rt != NULL);
    ct_runtime_start(rt);
    int code_out = ct_runtime_run_node_loop(rt);
    if (log != NULL) {
        JSGlobalContextRef ctx = ct_runtime_context(rt);
        JSStringRef s = JSStringCreateWithUTF8CString("String(globalThis.log)");
        JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, NULL);
        JSStringRelease(s);
        *log = v ? ct_js_to_utf8(ctx, v, NULL) : NULL;
    }
    ct_runtime_free(rt);
    int r = uv_loop_close(&loop);
    if (r != 0) fprintf(stderr, "    uv_loop_close: %s\n", uv_strerror(r));
    UT_CHECK(r == 0);
    return code_out;
}

static void expect_log(const char *code, const char *want) {
    char *log = NULL;
    int rc = run_script(code, &log);
    UT_CHECK_STR(log, want);
    UT_CHECK(rc == 0);
    free(log);
}

static void sync_tick_promise_order(void) {
    expect_log("globalThis.log = [];"
               "Promise.resolve().then(() => log.push('promise'));"
               "process.nextTick(() => log.push('tick'));"
               "queueMicrotask(() => log.push('microtask'));"
               "log.push('sync');",
               "sync,tick,promise,microtask");
}

/* A nextTick queued from a promise job runs before the next promise job
 * only after the microtask queue drains, as in Node. */
static void ticks_and_microtasks_interleave(void) {
    expect_log("globalThis.log = [];"
               "process.nextTick(() => {"
               "  log.push('t1');"
               "  Promise.resolve().then(() => { log.push('p2'); process.nextTick(() => "
               "log.push('t3')); });"
               "  process.nextTick(() => log.push('t2'));"
               "});"
               "Promise.resolve().then(() => log.push('p1'));",
               "t1,t2,p1,p2,t3");
}

static void timers_in_due_order(void) {
    expect_log("globalThis.log = [];"
               "setTimeout(() => log.push('t200'), 200);"
               "setTimeout(() => log.push('t100'), 100);"
               "setTimeout(() => log.push('t100b'), 100);"
               "setImmediate(() => log.push('immediate'));"
               "const i = setInterval(() => { log.push('iv'); if (log.filter(x => x === "
               "'iv').length === 2) clearInterval(i); }, 2);",
               "immediate,iv,iv,t100,t100b,t200");
}

/* Inside a timer callback: its nextTicks and promise jobs run before the
 * next timer's callback. */
static void ticks_between_timers(void) {
    expect_log("globalThis.log = [];"
               "setTimeout(() => { log.push('a'); process.nextTick(() => log.push('a-tick'));"
               "  Promise.resolve().then(() => log.push('a-promise')); }, 1);"
               "setTimeout(() => log.push('b'), 1);",
               "a,a-tick,a-promise,b");
}

static void immediates_scheduled_from_immediates_wait(void) {
    expect_log("globalThis.log = [];"
               "setImmediate(() => { log.push('i1'); setImmediate(() => log.push('i3')); });"
               "setImmediate(() => log.push('i2'));",
               "i1,i2,i3");
}

static void cleared_and_unrefed_timers_do_not_hold_the_loop(void) {
    uint64_t t0 = uv_hrtime();
    expect_log("globalThis.log = ['start'];"
               "const t = setTimeout(() => log.push('never'), 100000); clearTimeout(t);"
               "setTimeout(() => log.push('unref'), 100000).unref();"
               "setInterval(() => log.push('never2'), 100000).unref();"
               "setImmediate(() => log.push('never3')).unref();",
               "start");
    UT_CHECK(uv_hrtime() - t0 < 10ull * 1000 * 1000 * 1000);
}

static void before_exit_and_exit_events(void) {
    expect_log("globalThis.log = [];"
               "let rounds = 0;"
               "process.on('beforeExit', () => { log.push('beforeExit'); "
               "  if (rounds++ === 0) setTimeout(() => log.push('more'), 1); });"
               "process.on('exit', (c) => log.push('exit' + c));",
               "beforeExit,more,beforeExit,exit0");
}

static void exit_code_is_returned(void) {
    char *log = NULL;
    int rc = run_script("globalThis.log = 'x'; process.exitCode = 3;", &log);
    UT_CHECK(rc == 3);
    free(log);
    rc = run_script("process.on('exit', () => { process.exitCode = 9; });", NULL);
    UT_CHECK(rc == 9);
}

static void uncaught_exception_handler(void) {
    expect_log("globalThis.log = [];"
               "process.on('uncaughtException', (e) => log.push('caught:' + e.message));"
               "setTimeout(() => { throw new Error('boom'); }, 1);"
               "setTimeout(() => log.push('after'), 5);",
               "caught:boom,after");
}

/* Without a handler, an uncaught exception ends the process with code 1
 * (the runtime exits on its own; this runs it in a grandchild). */
static void uncaught_exception_exits_1(void) {
    fflush(stderr);
    pid_t pid = fork();
    UT_CHECK(pid >= 0);
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) dup2(fd, 2); /* the expected stack trace */
        run_script("setTimeout(() => { throw new Error('boom'); }, 1);", NULL);
        _exit(100); /* not reached if the runtime exits as Node does */
    }
    int st = 0;
    UT_CHECK(waitpid(pid, &st, 0) == pid);
    UT_CHECK(WIFEXITED(st));
    UT_CHECK(WEXITSTATUS(st) == 1);
}

static void unhandled_rejection_exits_1(void) {
    fflush(stderr);
    pid_t pid = fork();
    UT_CHECK(pid >= 0);
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) dup2(fd, 2);
        int rc = run_script("Promise.reject(new Error('nope'));", NULL);
        _exit(rc);
    }
    int st = 0;
    UT_CHECK(waitpid(pid, &st, 0) == pid);
    UT_CHECK(WIFEXITED(st));
    UT_CHECK(WEXITSTATUS(st) == 1);
}

/* Two runtimes one after the other in one process, each on a fresh loop. */
static void runtime_can_be_recreated(void) {
    expect_log("globalThis.log = 'first'", "first");
    expect_log("globalThis.log = 'second'; setTimeout(() => { log += '!'; }, 1)", "second!");
}

static const ut_case cases[] = {
    { "sync_tick_promise_order", sync_tick_promise_order, 0 },
    { "ticks_and_microtasks_interleave", ticks_and_microtasks_interleave, 0 },
    { "timers_in_due_order", timers_in_due_order, 0 },
    { "ticks_between_timers", ticks_between_timers, 0 },
    { "immediates_scheduled_from_immediates_wait", immediates_scheduled_from_immediates_wait, 0 },
    { "cleared_and_unrefed_timers_do_not_hold_the_loop",
      cleared_and_unrefed_timers_do_not_hold_the_loop, 0 },
    { "before_exit_and_exit_events", before_exit_and_exit_events, 0 },
    { "exit_code_is_returned", exit_code_is_returned, 0 },
    { "uncaught_exception_handler", uncaught_exception_handler, 0 },
    { "uncaught_exception_exits_1", uncaught_exception_exits_1, 0 },
    { "unhandled_rejection_exits_1", unhandled_rejection_exits_1, 0 },
    { "runtime_can_be_recreated", runtime_can_be_recreated, 0 },
    { NULL, NULL, 0 }
};

int main(int argc, char **argv) { return ut_main(cases, argc, argv); }
