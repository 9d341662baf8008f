/* SPDX-License-Identifier: MIT
 *
 * child_process.c — internalBinding('child_process'): uv_spawn-backed
 * process handles and spawnSync for lib/node/internal/child_process.js.
 *
 * newProcess() makes a handle object; handle.spawn(options) starts the child
 * and returns 0 or a negative errno; when the child ends C calls the handle's
 * onexit(exitStatus, termSignal) property. options (prepared by JS):
 *   { file, args: [..], cwd, envPairs: ['K=V', ..], detached, uid, gid,
 *     stdio: [{ type: 'ignore' | 'pipe' | 'inherit' | 'fd' | 'wrap',
 *               handle?, fd? }, ..] }
 * spawnSync(options) runs the child to completion on a private uv loop, so
 * nothing else of the runtime runs meanwhile, as in Node. Its extra options:
 * timeout (ms), killSignal (number), maxBuffer (bytes), and per stdio entry
 * { readable, writable, input }. Loop thread only.
 */
#include "stream_wrap.h"

#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

/* ---- options ---- */

/* Everything uv_spawn reads, owned for the duration of the call. */
typedef struct {
    uv_process_options_t uv;
    char *file;            /* owned */
    char **args;           /* owned, NULL-terminated */
    char **env;            /* owned, NULL-terminated, or NULL (inherit) */
    char *cwd;             /* owned or NULL */
    uv_stdio_container_t *stdio; /* owned */
} spawn_opts_t;

static void free_strv(char **v) {
    if (v == NULL) return;
    for (char **p = v; *p; p++) free(*p);
    free(v);
}

static void spawn_opts_free(spawn_opts_t *o) {
    free(o->file);
    free_strv(o->args);
    free_strv(o->env);
    free(o->cwd);
    free(o->stdio);
}

static size_t array_length(JSContextRef ctx, JSObjectRef a) {
    double n = JSValueToNumber(ctx, ct_js_get(ctx, a, "length"), NULL);
    return (n > 0 && n < 1e7) ? (size_t)n : 0;
}

/* A NULL-terminated copy of an array of strings, or NULL with *exc set. */
static char **to_strv(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    if (!JSValueIsArray(ctx, v)) {
        ct_throw_type(ctx, exc, "spawn: array of strings expected");
        return NULL;
    }
    size_t n = array_length(ctx, (JSObjectRef)v);
    char **out = calloc(n + 1, sizeof *out);
    CT_CHECK(out != NULL);
    for (size_t i = 0; i < n; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)v, (unsigned)i, NULL);
        out[i] = ct_js_to_utf8(ctx, e, exc);
        if (out[i] == NULL) {
            free_strv(out);
            return NULL;
        }
    }
    return out;
}

/* Fills o from the JS options; returns false with *exc set on bad input.
 * The uv handles named in stdio must stay alive until uv_spawn returns.
 * With `sync`, 'pipe' slots are left for spawnSync to fill with its own. */
static bool read_options(JSContextRef ctx, JSValueRef v, spawn_opts_t *o, bool sync,
                         JSValueRef *exc) {
    memset(o, 0, sizeof *o);
    if (!JSValueIsObject(ctx, v)) {
        ct_throw_type(ctx, exc, "spawn: options object expected");
        return false;
    }
    JSObjectRef opts = (JSObjectRef)v;
    o->file = ct_js_to_utf8(ctx, ct_js_get(ctx, opts, "file"), exc);
    if (o->file == NULL) return false;
    o->args = to_strv(ctx, ct_js_get(ctx, opts, "args"), exc);
    if (o->args == NULL) return false;
    JSValueRef env = ct_js_get(ctx, opts, "envPairs");
    if (!JSValueIsUndefined(ctx, env) && !JSValueIsNull(ctx, env)) {
        o->env = to_strv(ctx, env, exc);
        if (o->env == NULL) return false;
    }
    JSValueRef cwd = ct_js_get(ctx, opts, "cwd");
    if (JSValueIsString(ctx, cwd)) {
        o->cwd = ct_js_to_utf8(ctx, cwd, exc);
        if (o->cwd != NULL && o->cwd[0] == 0) {
            free(o->cwd);
            o->cwd = NULL;
        }
    }
    o->uv.file = o->file;
    o->uv.args = o->args;
    o->uv.env = o->env;
    o->uv.cwd = o->cwd;
    if (JSValueToBoolean(ctx, ct_js_get(ctx, opts, "detached"))) o->uv.flags |= UV_PROCESS_DETACHED;
    JSValueRef uid = ct_js_get(ctx, opts, "uid");
    if (JSValueIsNumber(ctx, uid)) {
        o->uv.flags |= UV_PROCESS_SETUID;
        o->uv.uid = (uv_uid_t)JSValueToNumber(ctx, uid, NULL);
    }
    JSValueRef gid = ct_js_get(ctx, opts, "gid");
    if (JSValueIsNumber(ctx, gid)) {
        o->uv.flags |= UV_PROCESS_SETGID;
        o->uv.gid = (uv_gid_t)JSValueToNumber(ctx, gid, NULL);
    }

    JSValueRef stdio = ct_js_get(ctx, opts, "stdio");
    size_t n = JSValueIsArray(ctx, stdio) ? array_length(ctx, (JSObjectRef)stdio) : 0;
    o->stdio = calloc(n + 1, sizeof *o->stdio);
    CT_CHECK(o->stdio != NULL);
    o->uv.stdio = o->stdio;
    o->uv.stdio_count = (int)n;
    for (size_t i = 0; i < n; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)stdio, (unsigned)i, NULL);
        uv_stdio_container_t *c = &o->stdio[i];
        c->flags = UV_IGNORE;
        if (!JSValueIsObject(ctx, e)) continue;
        char *type = ct_js_to_utf8(ctx, ct_js_get(ctx, (JSObjectRef)e, "type"), exc);
        if (type == NULL) return false;
        if (sync && strcmp(type, "pipe") == 0) {
            /* filled by sync_read_stdio */
        } else if (strcmp(type, "pipe") == 0 || strcmp(type, "wrap") == 0) {
            ct_stream_t *s = ct__stream_from_value(ctx, ct_js_get(ctx, (JSObjectRef)e, "handle"));
            if (s == NULL || !s->open) {
                free(type);
                ct_throw_type(ctx, exc, "spawn: stdio[%zu] needs an open handle", i);
                return false;
            }
            c->data.stream = &s->h.stream;
            c->flags = type[0] == 'p' ? (UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE)
                                      : UV_INHERIT_STREAM;
        } else if (strcmp(type, "inherit") == 0 || strcmp(type, "fd") == 0) {
            JSValueRef fd = ct_js_get(ctx, (JSObjectRef)e, "fd");
            c->flags = UV_INHERIT_FD;
            c->data.fd = JSValueIsNumber(ctx, fd) ? (int)JSValueToNumber(ctx, fd, NULL) : (int)i;
        }
        free(type);
    }
    return true;
}

/* ---- asynchronous processes ---- */

/* A child process handle. Owned by its JS wrapper (private pointer); the
 * wrapper is protected from a successful uv_spawn until the close callback,
 * and the struct is freed once both the close callback and the finalizer
 * have run. */
typedef struct {
    uv_process_t proc;
    ct_runtime_t *rt;    /* borrowed: outlives its handles */
    JSObjectRef obj;     /* the wrapper, see above */
    JSObjectRef close_cb;/* protected; unprotected in proc_close_cb */
    bool live;           /* uv handle initialized and not yet closing */
    bool closed;         /* no uv handle (never spawned, or close callback ran) */
    bool finalized;
} proc_t;

static JSClassRef process_class;

static proc_t *proc_from(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObjectOfClass(ctx, v, process_class)) return NULL;
    return JSObjectGetPrivate((JSObjectRef)v);
}

static void proc_finalize(JSObjectRef obj) {
    proc_t *p = JSObjectGetPrivate(obj);
    if (p == NULL) return;
    p->finalized = true;
    p->obj = NULL;
    if (p->closed) free(p); /* else: runtime teardown closes the handle; see stream_wrap.h */
}

static void proc_close_cb(uv_handle_t *h) {
    proc_t *p = h->data;
    JSContextRef ctx = p->rt->ctx;
    p->closed = true;
    JSObjectRef cb = p->close_cb;
    p->close_cb = NULL;
    if (cb != NULL) {
        ct_js_call(ctx, cb, p->obj, 0, NULL);
        JSValueUnprotect(ctx, cb);
    }
    if (p->obj != NULL) JSValueUnprotect(ctx, p->obj);
    else if (p->finalized) free(p);
}

static void proc_exit_cb(uv_process_t *h, int64_t status, int term_signal) {
    proc_t *p = h->data;
    JSContextRef ctx = p->rt->ctx;
    if (p->obj == NULL) return;
    JSValueRef f = ct_js_get(ctx, p->obj, "onexit");
    if (!JSValueIsObject(ctx, f) || !JSObjectIsFunction(ctx, (JSObjectRef)f)) return;
    JSValueRef args[2] = { JSValueMakeNumber(ctx, (double)status),
                           JSValueMakeNumber(ctx, term_signal) };
    ct_js_call(ctx, (JSObjectRef)f, p->obj, 2, args);
}

BINDING(child_process_new_process) {
    UNUSED_ARGS;
    proc_t *p = calloc(1, sizeof *p);
    CT_CHECK(p != NULL);
    p->rt = ct_runtime_from(ctx);
    p->closed = true;
    p->obj = JSObjectMake(ctx, process_class, p);
    return p->obj;
}

/* spawn(options) -> 0 or a negative errno; sets this.pid on success. A
 * failed spawn leaves nothing to close. */
BINDING(process_spawn) {
    UNUSED_ARGS;
    proc_t *p = proc_from(ctx, self);
    if (p == NULL || !p->closed) return JSValueMakeNumber(ctx, UV_EINVAL);
    spawn_opts_t o;
    if (!read_options(ctx, ct_js_arg(ctx, argc, argv, 0), &o, false, exc)) {
        spawn_opts_free(&o);
        return NULL;
    }
    o.uv.exit_cb = proc_exit_cb;
    p->proc.data = p;
    int r = uv_spawn(p->rt->loop, &p->proc, &o.uv);
    spawn_opts_free(&o);
    p->closed = false;
    JSValueProtect(ctx, p->obj);
    if (r < 0) {
        /* uv_spawn initialized the handle even though it failed */
        uv_close((uv_handle_t *)&p->proc, proc_close_cb);
        return JSValueMakeNumber(ctx, r);
    }
    p->live = true;
    ct_js_set(ctx, p->obj, "pid", JSValueMakeNumber(ctx, p->proc.pid));
    return JSValueMakeNumber(ctx, 0);
}

/* kill(signal) -> 0 or a negative errno (ESRCH once the child is gone) */
BINDING(process_kill) {
    UNUSED_ARGS;
    proc_t *p = proc_from(ctx, self);
    if (p == NULL || !p->live) return JSValueMakeNumber(ctx, UV_ESRCH);
    int sig = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    return JSValueMakeNumber(ctx, uv_process_kill(&p->proc, sig));
}

BINDING(process_close) {
    UNUSED_ARGS;
    proc_t *p = proc_from(ctx, self);
    if (p == NULL || !p->live) return JSValueMakeUndefined(ctx);
    p->live = false;
    JSValueRef cb = ct_js_arg(ctx, argc, argv, 0);
    if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
        JSValueProtect(ctx, cb);
        p->close_cb = (JSObjectRef)cb;
    }
    uv_close((uv_handle_t *)&p->proc, proc_close_cb);
    return JSValueMakeUndefined(ctx);
}

BINDING(process_ref) {
    UNUSED_ARGS;
    proc_t *p = proc_from(ctx, self);
    if (p && p->live) uv_ref((uv_handle_t *)&p->proc);
    return JSValueMakeUndefined(ctx);
}

BINDING(process_unref) {
    UNUSED_ARGS;
    proc_t *p = proc_from(ctx, self);
    if (p && p->live) uv_unref((uv_handle_t *)&p->proc);
    return JSValueMakeUndefined(ctx);
}

BINDING(process_has_ref) {
    UNUSED_ARGS;
    proc_t *p = proc_from(ctx, self);
    return JSValueMakeBoolean(ctx, p && p->live && uv_has_ref((uv_handle_t *)&p->proc));
}

static const JSStaticFunction process_methods[] = {
    { "close", process_close, kJSPropertyAttributeDontEnum },
    { "hasRef", process_has_ref, kJSPropertyAttributeDontEnum },
    { "kill", process_kill, kJSPropertyAttributeDontEnum },
    { "ref", process_ref, kJSPropertyAttributeDontEnum },
    { "spawn", process_spawn, kJSPropertyAttributeDontEnum },
    { "unref", process_unref, kJSPropertyAttributeDontEnum },
    { NULL, NULL, 0 }
};

/* ---- spawnSync: a private loop run to completion ---- */

typedef struct sync_run sync_run_t;

/* One stdio pipe of a synchronous child. Embedded in sync_run_t's array;
 * the handle is closed before the loop is, so nothing outlives the call. */
typedef struct {
    uv_pipe_t pipe;
    sync_run_t *run;   /* borrowed: the owner */
    bool used;         /* this stdio slot is a pipe */
    bool open;         /* pipe initialized and not yet closing */
    bool readable;     /* the parent reads what the child writes */
    bool writable;     /* the parent writes `input` to the child */
    uint8_t *input;    /* owned copy of the input */
    size_t input_len;
    uint8_t *out;      /* owned: collected output */
    size_t out_len, out_cap;
    uv_write_t write_req;
    uv_shutdown_t shutdown_req;
} sync_pipe_t;

struct sync_run {
    uv_loop_t loop;
    uv_process_t proc;
    uv_timer_t timer;
    sync_pipe_t *pipes;  /* owned, one per stdio slot */
    int npipes;
    int kill_signal;
    double max_buffer;
    bool proc_live, timer_live, exited;
    int64_t exit_status;
    int term_signal;
    int error;           /* ETIMEDOUT, ENOBUFS, spawn's or a pipe's error */
};

static void sync_pipe_close(sync_pipe_t *sp) {
    if (!sp->open) return;
    sp->open = false;
    uv_close((uv_handle_t *)&sp->pipe, NULL);
}

static void sync_kill(sync_run_t *run) {
    if (run->proc_live && !run->exited) uv_process_kill(&run->proc, run->kill_signal);
}

/* Once the child exited and every pipe is closed, the timer goes too and
 * uv_run returns. */
static void sync_maybe_done(sync_run_t *run) {
    if (!run->exited) return;
    for (int i = 0; i < run->npipes; i++)
        if (run->pipes[i].open) return;
    if (run->timer_live) {
        run->timer_live = false;
        uv_close((uv_handle_t *)&run->timer, NULL);
    }
}

static void sync_fail(sync_run_t *run, int err) {
    if (run->error == 0) run->error = err;
    sync_kill(run);
    for (int i = 0; i < run->npipes; i++) sync_pipe_close(&run->pipes[i]);
    sync_maybe_done(run);
}

static void sync_exit_cb(uv_process_t *h, int64_t status, int term_signal) {
    sync_run_t *run = h->data;
    run->exited = true;
    run->exit_status = status;
    run->term_signal = term_signal;
    run->proc_live = false;
    uv_close((uv_handle_t *)h, NULL);
    sync_maybe_done(run);
}

static void sync_timer_cb(uv_timer_t *t) {
    sync_fail(t->data, UV_ETIMEDOUT);
}

static void sync_alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    sync_pipe_t *sp = h->data;
    if (sp->out_cap - sp->out_len < suggested) {
        size_t cap = sp->out_cap ? sp->out_cap * 2 : suggested;
        while (cap - sp->out_len < suggested) cap *= 2;
        uint8_t *n = realloc(sp->out, cap);
        if (n == NULL) {
            buf->base = NULL;
            buf->len = 0;
            return;
        }
        sp->out = n;
        sp->out_cap = cap;
    }
    buf->base = (char *)sp->out + sp->out_len;
    buf->len = sp->out_cap - sp->out_len;
}

static void sync_read_cb(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf) {
    (void)buf;
    sync_pipe_t *sp = st->data;
    if (nread < 0) {
        if (nread != UV_EOF && sp->run->error == 0) sp->run->error = (int)nread;
        sync_pipe_close(sp);
        sync_maybe_done(sp->run);
        return;
    }
    sp->out_len += (size_t)nread;
    if ((double)sp->out_len > sp->run->max_buffer) {
        /* Node keeps the whole read that crossed the limit, then stops */
        sync_fail(sp->run, UV_ENOBUFS);
    }
}

/* The write side is done: a pipe the parent does not read from is finished. */
static void sync_shutdown_cb(uv_shutdown_t *req, int status) {
    (void)status;
    sync_pipe_t *sp = CT_CONTAINER_OF(req, sync_pipe_t, shutdown_req);
    if (!sp->readable) {
        sync_pipe_close(sp);
        sync_maybe_done(sp->run);
    }
}

static void sync_write_cb(uv_write_t *req, int status) {
    sync_pipe_t *sp = CT_CONTAINER_OF(req, sync_pipe_t, write_req);
    if (status < 0 && status != UV_EPIPE && status != UV_ECANCELED && sp->run->error == 0)
        sp->run->error = status;
}

/* Reads the per-stdio sync options: which slots are pipes, their input. */
static void sync_read_stdio(JSContextRef ctx, JSObjectRef opts, sync_run_t *run,
                            spawn_opts_t *o) {
    JSValueRef stdio = ct_js_get(ctx, opts, "stdio");
    for (int i = 0; i < run->npipes; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)stdio, (unsigned)i, NULL);
        if (!JSValueIsObject(ctx, e)) continue;
        JSObjectRef eo = (JSObjectRef)e;
        char *type = ct_js_to_utf8(ctx, ct_js_get(ctx, eo, "type"), NULL);
        bool pipe = type != NULL && strcmp(type, "pipe") == 0;
        free(type);
        if (!pipe) continue;
        sync_pipe_t *sp = &run->pipes[i];
        sp->used = true;
        sp->run = run;
        sp->readable = JSValueToBoolean(ctx, ct_js_get(ctx, eo, "readable"));
        sp->writable = JSValueToBoolean(ctx, ct_js_get(ctx, eo, "writable"));
        uint8_t *data;
        size_t len;
        if (ct_js_bytes(ctx, ct_js_get(ctx, eo, "input"), &data, &len) && len > 0) {
            sp->input = malloc(len);
            CT_CHECK(sp->input != NULL);
            memcpy(sp->input, data, len);
            sp->input_len = len;
        }
        uv_pipe_init(&run->loop, &sp->pipe, 0);
        sp->pipe.data = sp;
        sp->open = true;
        o->stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
        o->stdio[i].data.stream = (uv_stream_t *)&sp->pipe;
    }
}

static void sync_start_io(sync_run_t *run) {
    for (int i = 0; i < run->npipes; i++) {
        sync_pipe_t *sp = &run->pipes[i];
        if (!sp->open) continue;
        if (sp->writable && sp->input_len > 0) {
            uv_buf_t b = uv_buf_init((char *)sp->input, (unsigned)sp->input_len);
            uv_write(&sp->write_req, (uv_stream_t *)&sp->pipe, &b, 1, sync_write_cb);
        }
        if (sp->readable) uv_read_start((uv_stream_t *)&sp->pipe, sync_alloc_cb, sync_read_cb);
        /* after the queued input the child reads EOF; a pipe we only write
         * to closes in the shutdown callback */
        if (uv_shutdown(&sp->shutdown_req, (uv_stream_t *)&sp->pipe, sync_shutdown_cb) < 0 &&
            !sp->readable)
            sync_pipe_close(sp);
    }
}

/* The result: { pid, status, signal, output: [Buffer | null, ...], error } */
static JSObjectRef sync_result(JSContextRef ctx, sync_run_t *run) {
    JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, r, "pid", JSValueMakeNumber(ctx, run->proc.pid));
    if (run->exited) {
        ct_js_set(ctx, r, "status", JSValueMakeNumber(ctx, (double)run->exit_status));
        ct_js_set(ctx, r, "signal", JSValueMakeNumber(ctx, run->term_signal));
    }
    JSValueRef *outs = calloc((size_t)run->npipes + 1, sizeof *outs);
    CT_CHECK(outs != NULL);
    for (int i = 0; i < run->npipes; i++) {
        sync_pipe_t *sp = &run->pipes[i];
        if (sp->used && sp->readable) {
            outs[i] = ct_js_buffer_take(ctx, sp->out, sp->out_len);
            sp->out = NULL;
        } else {
            outs[i] = JSValueMakeNull(ctx);
        }
    }
    ct_js_set(ctx, r, "output", JSObjectMakeArray(ctx, (size_t)run->npipes, outs, NULL));
    free(outs);
    if (run->error != 0) ct_js_set(ctx, r, "error", JSValueMakeNumber(ctx, run->error));
    return r;
}

BINDING(child_process_spawn_sync) {
    UNUSED_ARGS;
    JSValueRef ov = ct_js_arg(ctx, argc, argv, 0);
    spawn_opts_t o;
    if (!read_options(ctx, ov, &o, true, exc)) {
        spawn_opts_free(&o);
        return NULL;
    }
    JSObjectRef opts = (JSObjectRef)ov;
    sync_run_t *run = calloc(1, sizeof *run);
    CT_CHECK(run != NULL);
    CT_CHECK(uv_loop_init(&run->loop) == 0);
    run->npipes = o.uv.stdio_count;
    run->pipes = calloc((size_t)run->npipes + 1, sizeof *run->pipes);
    CT_CHECK(run->pipes != NULL);
    run->kill_signal = (int)JSValueToNumber(ctx, ct_js_get(ctx, opts, "killSignal"), NULL);
    if (run->kill_signal <= 0) run->kill_signal = SIGTERM;
    double mb = JSValueToNumber(ctx, ct_js_get(ctx, opts, "maxBuffer"), NULL);
    run->max_buffer = (isnan(mb) || mb < 0) ? INFINITY : mb;
    sync_read_stdio(ctx, opts, run, &o);

    o.uv.exit_cb = sync_exit_cb;
    run->proc.data = run;
    int r = uv_spawn(&run->loop, &run->proc, &o.uv);
    spawn_opts_free(&o);
    if (r < 0) {
        run->error = r;
        uv_close((uv_handle_t *)&run->proc, NULL);
        for (int i = 0; i < run->npipes; i++) sync_pipe_close(&run->pipes[i]);
    } else {
        run->proc_live = true;
        double timeout = JSValueToNumber(ctx, ct_js_get(ctx, opts, "timeout"), NULL);
        if (timeout > 0 && isfinite(timeout)) {
            uv_timer_init(&run->loop, &run->timer);
            run->timer.data = run;
            run->timer_live = true;
            uv_timer_start(&run->timer, sync_timer_cb, (uint64_t)timeout, 0);
        }
        sync_start_io(run);
    }
    uv_run(&run->loop, UV_RUN_DEFAULT);
    CT_CHECK(uv_loop_close(&run->loop) == 0);

    JSObjectRef result = sync_result(ctx, run);
    for (int i = 0; i < run->npipes; i++) {
        free(run->pipes[i].input);
        free(run->pipes[i].out);
    }
    free(run->pipes);
    free(run);
    return result;
}

static const ct_binding_fn child_process_fns[] = {
    { "newProcess", child_process_new_process, 0 },
    { "spawnSync", child_process_spawn_sync, 1 },
    { NULL, NULL, 0 }
};

void ct_child_process_init(JSContextRef ctx, JSObjectRef target) {
    if (process_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Process";
        def.staticFunctions = process_methods;
        def.finalize = proc_finalize;
        process_class = JSClassCreate(&def); /* lives as long as the process */
    }
    ct_binding_install(ctx, target, child_process_fns);
}
