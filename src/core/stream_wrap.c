/* SPDX-License-Identifier: MIT
 *
 * stream_wrap.c — internalBinding('stream_wrap'): libuv pipes, TTYs and TCP
 * sockets as JS handle objects for lib/node/net.js, tty.js, child_process.js
 * and process.stdin.
 *
 * One JS class serves the three kinds; methods that make sense for one kind
 * only return UV_EINVAL on the others. Data reaches JS through the handle's
 * own properties, looked up at each event: onread(nread, buffer) (nread < 0
 * is UV_EOF or an error), onconnection(status, clientHandle). Requests
 * (write, shutdown, connect) take a callback called once with the status.
 * Methods return 0 or a negative UV_E* code; lib/ turns codes into errors.
 * Ownership rules are in stream_wrap.h. Loop thread only.
 */
#include "stream_wrap.h"

#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

static JSClassRef stream_class;

/* A pending write: the bytes are copied so JS may reuse or drop its buffer. */
typedef struct {
    uv_write_t req;
    JSObjectRef cb;   /* protected; unprotected in write_cb */
    ct_stream_t *s;   /* borrowed: uv keeps the handle open until the write ends */
    char data[];      /* owned */
} write_req_t;

/* A pending shutdown or connect: only the callback to keep. */
typedef struct {
    union {
        uv_shutdown_t shutdown;
        uv_connect_t connect;
    } req;
    JSObjectRef cb;   /* protected; unprotected in the request's callback */
    ct_stream_t *s;   /* borrowed, as above */
} cb_req_t;

ct_stream_t *ct__stream_from_value(JSContextRef ctx, JSValueRef v) {
    if (stream_class == NULL || !JSValueIsObjectOfClass(ctx, v, stream_class)) return NULL;
    return JSObjectGetPrivate((JSObjectRef)v);
}

static void stream_free(ct_stream_t *s) {
    free(s);
}

static void stream_finalize(JSObjectRef obj) {
    ct_stream_t *s = JSObjectGetPrivate(obj);
    if (s == NULL) return;
    s->finalized = true;
    s->obj = NULL;
    /* Normally the close callback came first (the wrapper is protected while
     * open). A handle still open here belongs to a runtime being torn down,
     * which closes every handle itself: the struct is then left to the
     * process's exit rather than freed under a live uv handle. */
    if (s->closed) stream_free(s);
}

static void stream_close_cb(uv_handle_t *h) {
    ct_stream_t *s = h->data;
    s->closing = false;
    s->closed = true;
    JSContextRef ctx = s->rt->ctx;
    JSObjectRef cb = s->close_cb;
    s->close_cb = NULL;
    if (cb != NULL) {
        ct_js_call(ctx, cb, s->obj, 0, NULL);
        JSValueUnprotect(ctx, cb);
    }
    if (s->obj != NULL) JSValueUnprotect(ctx, s->obj); /* may finalize later, freeing s */
    else if (s->finalized) stream_free(s);
}

/* Makes a wrapper around a fresh struct whose handle the caller initializes
 * next; on success it calls stream_opened. Cannot fail. */
static ct_stream_t *stream_new(JSContextRef ctx, ct_stream_kind_t kind, JSObjectRef *out) {
    ct_stream_t *s = calloc(1, sizeof *s);
    CT_CHECK(s != NULL);
    s->kind = kind;
    s->rt = ct_runtime_from(ctx);
    s->closed = true; /* until a handle exists there is nothing to close */
    s->obj = JSObjectMake(ctx, stream_class, s);
    *out = s->obj;
    return s;
}

static void stream_opened(ct_stream_t *s) {
    s->h.handle.data = s;
    s->open = true;
    s->closed = false;
    JSValueProtect(s->rt->ctx, s->obj);
}

static ct_stream_t *self_stream(JSContextRef ctx, JSObjectRef self) {
    ct_stream_t *s = ct__stream_from_value(ctx, self);
    return (s != NULL && s->open) ? s : NULL;
}

#define SELF_OR_EBADF(s)                                                            \
    ct_stream_t *s = self_stream(ctx, self);                                         \
    if (s == NULL) return JSValueMakeNumber(ctx, UV_EBADF)

static JSObjectRef protect_fn(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObject(ctx, v) || !JSObjectIsFunction(ctx, (JSObjectRef)v)) return NULL;
    JSValueProtect(ctx, v);
    return (JSObjectRef)v;
}

/* Calls cb(status) and releases it; cb may be NULL. */
static void finish_cb(ct_stream_t *s, JSObjectRef cb, int status) {
    if (cb == NULL) return;
    JSContextRef ctx = s->rt->ctx;
    JSValueRef arg = JSValueMakeNumber(ctx, status);
    ct_js_call(ctx, cb, s->obj, 1, &arg);
    JSValueUnprotect(ctx, cb);
}

static JSValueRef call_prop(ct_stream_t *s, const char *name, size_t argc, const JSValueRef *argv) {
    JSContextRef ctx = s->rt->ctx;
    if (s->obj == NULL) return NULL;
    JSValueRef f = ct_js_get(ctx, s->obj, name);
    if (!JSValueIsObject(ctx, f) || !JSObjectIsFunction(ctx, (JSObjectRef)f)) return NULL;
    return ct_js_call(ctx, (JSObjectRef)f, s->obj, argc, argv);
}

/* ---- reading ---- */

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    (void)h;
    buf->base = malloc(suggested);
    buf->len = buf->base ? suggested : 0;
}

static void read_cb(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf) {
    ct_stream_t *s = st->data;
    JSContextRef ctx = s->rt->ctx;
    if (nread == 0) {
        free(buf->base);
        return;
    }
    if (nread < 0) {
        free(buf->base);
        JSValueRef arg = JSValueMakeNumber(ctx, (double)nread);
        call_prop(s, "onread", 1, &arg);
        return;
    }
    /* shrink so a small read does not pin a 64 KiB block */
    char *data = realloc(buf->base, (size_t)nread);
    if (data == NULL) data = buf->base;
    JSValueRef args[2] = { JSValueMakeNumber(ctx, (double)nread),
                           ct_js_buffer_take(ctx, (uint8_t *)data, (size_t)nread) };
    call_prop(s, "onread", 2, args);
}

BINDING(stream_read_start) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    return JSValueMakeNumber(ctx, uv_read_start(&s->h.stream, alloc_cb, read_cb));
}

BINDING(stream_read_stop) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    return JSValueMakeNumber(ctx, uv_read_stop(&s->h.stream));
}

/* ---- writing ---- */

static void write_cb(uv_write_t *req, int status) {
    write_req_t *w = CT_CONTAINER_OF(req, write_req_t, req);
    finish_cb(w->s, w->cb, status);
    free(w);
}

/* writev(chunks, cb) — chunks: array of strings (written as UTF-8) and
 * byte views. Returns 1 when everything was written at once (cb is not
 * called), 0 when queued (cb(status) later), or a negative errno. */
BINDING(stream_writev) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    JSValueRef list = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsArray(ctx, list)) return ct_throw_type(ctx, exc, "writev: array expected");
    JSObjectRef arr = (JSObjectRef)list;
    size_t n = (size_t)JSValueToNumber(ctx, ct_js_get(ctx, arr, "length"), NULL);
    /* two passes: size, then copy, so the request is one allocation */
    size_t total = 0;
    char **strs = calloc(n + 1, sizeof *strs);
    CT_CHECK(strs != NULL);
    JSValueRef ret = NULL;
    for (size_t i = 0; i < n; i++) {
        JSValueRef c = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
        uint8_t *p;
        size_t len;
        if (JSValueIsString(ctx, c)) {
            strs[i] = ct_js_to_utf8(ctx, c, exc);
            if (strs[i] == NULL) goto out;
            total += strlen(strs[i]);
        } else if (ct_js_bytes(ctx, c, &p, &len)) {
            total += len;
        } else {
            ret = ct_throw_type(ctx, exc, "writev: chunk %zu is neither a string nor bytes", i);
            goto out;
        }
    }
    write_req_t *w = malloc(sizeof *w + total + 1);
    CT_CHECK(w != NULL);
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        if (strs[i] != NULL) {
            size_t len = strlen(strs[i]);
            memcpy(w->data + off, strs[i], len);
            off += len;
        } else {
            uint8_t *p;
            size_t len;
            JSValueRef c = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
            if (ct_js_bytes(ctx, c, &p, &len) && len > 0) {
                memcpy(w->data + off, p, len);
                off += len;
            }
        }
    }
    uv_buf_t buf = uv_buf_init(w->data, (unsigned)total);
    /* try first: most writes to a pipe or tty complete at once */
    int r = total > 0 ? uv_try_write(&s->h.stream, &buf, 1) : 0;
    if (r == (int)total) {
        free(w);
        ret = JSValueMakeNumber(ctx, 1);
        goto out;
    }
    if (r < 0 && r != UV_EAGAIN && r != UV_ENOSYS) {
        free(w);
        ret = JSValueMakeNumber(ctx, r);
        goto out;
    }
    if (r > 0) {
        buf.base += r;
        buf.len -= (unsigned)r;
    }
    w->s = s;
    w->cb = protect_fn(ctx, ct_js_arg(ctx, argc, argv, 1));
    r = uv_write(&w->req, &s->h.stream, &buf, 1, write_cb);
    if (r < 0) {
        if (w->cb) JSValueUnprotect(ctx, w->cb);
        free(w);
        ret = JSValueMakeNumber(ctx, r);
        goto out;
    }
    ret = JSValueMakeNumber(ctx, 0);
out:
    for (size_t i = 0; i < n; i++) free(strs[i]);
    free(strs);
    return ret;
}

BINDING(stream_write_queue_size) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    return JSValueMakeNumber(ctx, s ? (double)uv_stream_get_write_queue_size(&s->h.stream) : 0);
}

static void shutdown_cb(uv_shutdown_t *req, int status) {
    cb_req_t *r = CT_CONTAINER_OF(req, cb_req_t, req.shutdown);
    finish_cb(r->s, r->cb, status);
    free(r);
}

/* shutdown(cb): half-close after queued writes; cb(status). */
BINDING(stream_shutdown) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    cb_req_t *r = calloc(1, sizeof *r);
    CT_CHECK(r != NULL);
    r->s = s;
    int err = uv_shutdown(&r->req.shutdown, &s->h.stream, shutdown_cb);
    if (err < 0) {
        free(r);
        return JSValueMakeNumber(ctx, err);
    }
    r->cb = protect_fn(ctx, ct_js_arg(ctx, argc, argv, 0));
    return JSValueMakeNumber(ctx, 0);
}

/* ---- handle life ---- */

/* close(cb): cb() runs once the handle is closed. A second close is a no-op. */
BINDING(stream_close) {
    UNUSED_ARGS;
    ct_stream_t *s = ct__stream_from_value(ctx, self);
    if (s == NULL || !s->open) return JSValueMakeUndefined(ctx);
    s->open = false;
    s->closing = true;
    s->close_cb = protect_fn(ctx, ct_js_arg(ctx, argc, argv, 0));
    uv_close(&s->h.handle, stream_close_cb);
    return JSValueMakeUndefined(ctx);
}

/* closeReset(cb): TCP only — close with RST (SO_LINGER 0) instead of FIN.
 * Returns 0 or a negative errno (then the handle is still open). */
BINDING(stream_close_reset) {
    UNUSED_ARGS;
    ct_stream_t *s = ct__stream_from_value(ctx, self);
    if (s == NULL || !s->open) return JSValueMakeNumber(ctx, UV_EBADF);
    if (s->kind != CT_STREAM_TCP) return JSValueMakeNumber(ctx, UV_EINVAL);
    JSObjectRef cb = protect_fn(ctx, ct_js_arg(ctx, argc, argv, 0));
    int r = uv_tcp_close_reset(&s->h.tcp, stream_close_cb);
    if (r < 0) {
        if (cb) JSValueUnprotect(ctx, cb);
        return JSValueMakeNumber(ctx, r);
    }
    s->open = false;
    s->closing = true;
    s->close_cb = cb;
    return JSValueMakeNumber(ctx, 0);
}

BINDING(stream_ref) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    if (s) uv_ref(&s->h.handle);
    return JSValueMakeUndefined(ctx);
}

BINDING(stream_unref) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    if (s) uv_unref(&s->h.handle);
    return JSValueMakeUndefined(ctx);
}

BINDING(stream_has_ref) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    return JSValueMakeBoolean(ctx, s && uv_has_ref(&s->h.handle));
}

BINDING(stream_get_fd) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    uv_os_fd_t fd = -1;
    if (s == NULL || uv_fileno(&s->h.handle, &fd) < 0) fd = -1;
    return JSValueMakeNumber(ctx, fd);
}

BINDING(stream_set_blocking) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    bool on = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0));
    return JSValueMakeNumber(ctx, uv_stream_set_blocking(&s->h.stream, on));
}

BINDING(stream_is_readable) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    return JSValueMakeBoolean(ctx, s && uv_is_readable(&s->h.stream));
}

BINDING(stream_is_writable) {
    UNUSED_ARGS;
    ct_stream_t *s = self_stream(ctx, self);
    return JSValueMakeBoolean(ctx, s && uv_is_writable(&s->h.stream));
}

/* ---- pipes and TCP: open, bind, listen, connect ---- */

/* open(fd): adopt an existing descriptor (stdio, inherited sockets). */
BINDING(stream_open) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    int fd = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    int r = UV_EINVAL;
    if (s->kind == CT_STREAM_PIPE) r = uv_pipe_open(&s->h.pipe, fd);
    else if (s->kind == CT_STREAM_TCP) r = uv_tcp_open(&s->h.tcp, fd);
    return JSValueMakeNumber(ctx, r);
}

/* Parses a numeric IPv4 or IPv6 address; 0 or UV_EINVAL. */
static int parse_addr(const char *host, int port, struct sockaddr_storage *ss) {
    if (uv_ip4_addr(host, port, (struct sockaddr_in *)ss) == 0) return 0;
    if (uv_ip6_addr(host, port, (struct sockaddr_in6 *)ss) == 0) return 0;
    return UV_EINVAL;
}

/* bind(path) for pipes; bind(address, port, ipv6Only) for TCP. */
BINDING(stream_bind) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    char *a = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (a == NULL) return NULL;
    int r = UV_EINVAL;
    if (s->kind == CT_STREAM_PIPE) {
        r = uv_pipe_bind(&s->h.pipe, a);
    } else if (s->kind == CT_STREAM_TCP) {
        int port = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 1), NULL);
        bool v6only = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 2));
        struct sockaddr_storage ss;
        r = parse_addr(a, port, &ss);
        if (r == 0)
            r = uv_tcp_bind(&s->h.tcp, (struct sockaddr *)&ss,
                            ss.ss_family == AF_INET6 && v6only ? UV_TCP_IPV6ONLY : 0);
    }
    free(a);
    return JSValueMakeNumber(ctx, r);
}

static void connection_cb(uv_stream_t *server, int status) {
    ct_stream_t *s = server->data;
    JSContextRef ctx = s->rt->ctx;
    JSValueRef args[2] = { JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx) };
    if (status == 0) {
        JSObjectRef cobj;
        ct_stream_t *c = stream_new(ctx, s->kind, &cobj);
        int r = s->kind == CT_STREAM_TCP ? uv_tcp_init(server->loop, &c->h.tcp)
                                         : uv_pipe_init(server->loop, &c->h.pipe, s->ipc);
        if (r == 0) {
            stream_opened(c);
            r = uv_accept(server, &c->h.stream);
            if (r < 0) {
                c->open = false;
                c->closing = true;
                uv_close(&c->h.handle, stream_close_cb);
            }
        }
        args[0] = JSValueMakeNumber(ctx, r);
        if (r == 0) args[1] = cobj;
    }
    call_prop(s, "onconnection", 2, args);
}

BINDING(stream_listen) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    int backlog = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    if (backlog <= 0) backlog = 511;
    return JSValueMakeNumber(ctx, uv_listen(&s->h.stream, backlog, connection_cb));
}

static void connect_cb(uv_connect_t *req, int status) {
    cb_req_t *r = CT_CONTAINER_OF(req, cb_req_t, req.connect);
    finish_cb(r->s, r->cb, status);
    free(r);
}

/* connect(path, cb) for pipes; connect(address, port, cb) for TCP. */
BINDING(stream_connect) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    char *a = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (a == NULL) return NULL;
    cb_req_t *r = calloc(1, sizeof *r);
    CT_CHECK(r != NULL);
    r->s = s;
    int err = UV_EINVAL;
    JSValueRef cb;
    if (s->kind == CT_STREAM_PIPE) {
        cb = ct_js_arg(ctx, argc, argv, 1);
        uv_pipe_connect(&r->req.connect, &s->h.pipe, a, connect_cb);
        err = 0;
    } else {
        cb = ct_js_arg(ctx, argc, argv, 2);
        if (s->kind == CT_STREAM_TCP) {
            int port = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 1), NULL);
            struct sockaddr_storage ss;
            err = parse_addr(a, port, &ss);
            if (err == 0) err = uv_tcp_connect(&r->req.connect, &s->h.tcp, (struct sockaddr *)&ss,
                                               connect_cb);
        }
    }
    free(a);
    if (err < 0) {
        free(r);
        return JSValueMakeNumber(ctx, err);
    }
    r->cb = protect_fn(ctx, cb);
    return JSValueMakeNumber(ctx, 0);
}

/* { address, family, port } for a socket address, or undefined. */
static JSValueRef sockaddr_object(JSContextRef ctx, const struct sockaddr_storage *ss) {
    char ip[INET6_ADDRSTRLEN] = "";
    int port;
    const char *family;
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
        uv_ip6_name(a, ip, sizeof ip);
        port = ntohs(a->sin6_port);
        family = "IPv6";
    } else if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
        uv_ip4_name(a, ip, sizeof ip);
        port = ntohs(a->sin_port);
        family = "IPv4";
    } else {
        return JSValueMakeUndefined(ctx);
    }
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "address", ct_js_str(ctx, ip));
    ct_js_set(ctx, o, "family", ct_js_str(ctx, family));
    ct_js_set(ctx, o, "port", JSValueMakeNumber(ctx, port));
    return o;
}

static JSValueRef tcp_name(JSContextRef ctx, JSObjectRef self, bool peer) {
    ct_stream_t *s = self_stream(ctx, self);
    if (s == NULL || s->kind != CT_STREAM_TCP) return JSValueMakeNumber(ctx, UV_EBADF);
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int r = peer ? uv_tcp_getpeername(&s->h.tcp, (struct sockaddr *)&ss, &len)
                 : uv_tcp_getsockname(&s->h.tcp, (struct sockaddr *)&ss, &len);
    if (r < 0) return JSValueMakeNumber(ctx, r);
    return sockaddr_object(ctx, &ss);
}

/* getsockname() / getpeername() -> { address, family, port } or errno */
BINDING(stream_getsockname) {
    UNUSED_ARGS;
    return tcp_name(ctx, self, false);
}

BINDING(stream_getpeername) {
    UNUSED_ARGS;
    return tcp_name(ctx, self, true);
}

BINDING(stream_set_no_delay) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    if (s->kind != CT_STREAM_TCP) return JSValueMakeNumber(ctx, UV_EINVAL);
    bool on = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0));
    return JSValueMakeNumber(ctx, uv_tcp_nodelay(&s->h.tcp, on));
}

BINDING(stream_set_keep_alive) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    if (s->kind != CT_STREAM_TCP) return JSValueMakeNumber(ctx, UV_EINVAL);
    bool on = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0));
    unsigned delay = (unsigned)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 1), NULL);
    return JSValueMakeNumber(ctx, uv_tcp_keepalive(&s->h.tcp, on, delay));
}

/* ---- TTY ---- */

/* getWindowSize() -> [columns, rows] or errno */
BINDING(stream_get_window_size) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    if (s->kind != CT_STREAM_TTY) return JSValueMakeNumber(ctx, UV_EINVAL);
    int w, h;
    int r = uv_tty_get_winsize(&s->h.tty, &w, &h);
    if (r < 0) return JSValueMakeNumber(ctx, r);
    JSValueRef v[2] = { JSValueMakeNumber(ctx, w), JSValueMakeNumber(ctx, h) };
    return JSObjectMakeArray(ctx, 2, v, NULL);
}

BINDING(stream_set_raw_mode) {
    UNUSED_ARGS;
    SELF_OR_EBADF(s);
    if (s->kind != CT_STREAM_TTY) return JSValueMakeNumber(ctx, UV_EINVAL);
    bool on = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0));
    return JSValueMakeNumber(ctx, uv_tty_set_mode(&s->h.tty, on ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

/* ---- constructors ---- */

/* newPipe(ipc) -> handle */
BINDING(stream_new_pipe) {
    UNUSED_ARGS;
    JSObjectRef obj;
    ct_stream_t *s = stream_new(ctx, CT_STREAM_PIPE, &obj);
    s->ipc = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 0));
    int r = uv_pipe_init(s->rt->loop, &s->h.pipe, s->ipc);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "uv_pipe_init", NULL, NULL);
    stream_opened(s);
    return obj;
}

BINDING(stream_new_tcp) {
    UNUSED_ARGS;
    JSObjectRef obj;
    ct_stream_t *s = stream_new(ctx, CT_STREAM_TCP, &obj);
    int r = uv_tcp_init(s->rt->loop, &s->h.tcp);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "uv_tcp_init", NULL, NULL);
    stream_opened(s);
    return obj;
}

/* newTTY(fd, ctx) -> handle, or undefined with ctx { errno, code, message,
 * syscall } filled (tty.js raises ERR_TTY_INIT_FAILED from it). */
BINDING(stream_new_tty) {
    UNUSED_ARGS;
    int fd = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    JSObjectRef obj;
    ct_stream_t *s = stream_new(ctx, CT_STREAM_TTY, &obj);
    int r = uv_tty_init(s->rt->loop, &s->h.tty, fd, 0);
    if (r < 0) {
        JSValueRef c = ct_js_arg(ctx, argc, argv, 1);
        if (JSValueIsObject(ctx, c)) {
            ct_js_set(ctx, (JSObjectRef)c, "errno", JSValueMakeNumber(ctx, r));
            ct_js_set(ctx, (JSObjectRef)c, "code", ct_js_str(ctx, uv_err_name(r)));
            ct_js_set(ctx, (JSObjectRef)c, "message", ct_js_str(ctx, uv_strerror(r)));
            ct_js_set(ctx, (JSObjectRef)c, "syscall", ct_js_str(ctx, "uv_tty_init"));
        }
        return JSValueMakeUndefined(ctx);
    }
    stream_opened(s);
    return obj;
}

BINDING(stream_is_tty) {
    UNUSED_ARGS;
    double fd = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    return JSValueMakeBoolean(ctx, fd >= 0 && fd <= 2147483647 && fd == (int)fd &&
                                       uv_guess_handle((int)fd) == UV_TTY);
}

/* Kind of handle: 'Pipe', 'TTY' or 'TCP' (net.js picks behaviour by it). */
BINDING(stream_kind) {
    UNUSED_ARGS;
    ct_stream_t *s = ct__stream_from_value(ctx, self);
    static const char *names[] = { "Pipe", "TTY", "TCP" };
    return ct_js_str(ctx, s ? names[s->kind] : "");
}

static const JSStaticFunction stream_methods[] = {
    { "bind", stream_bind, kJSPropertyAttributeDontEnum },
    { "close", stream_close, kJSPropertyAttributeDontEnum },
    { "closeReset", stream_close_reset, kJSPropertyAttributeDontEnum },
    { "connect", stream_connect, kJSPropertyAttributeDontEnum },
    { "getFd", stream_get_fd, kJSPropertyAttributeDontEnum },
    { "getWindowSize", stream_get_window_size, kJSPropertyAttributeDontEnum },
    { "getWriteQueueSize", stream_write_queue_size, kJSPropertyAttributeDontEnum },
    { "getpeername", stream_getpeername, kJSPropertyAttributeDontEnum },
    { "getsockname", stream_getsockname, kJSPropertyAttributeDontEnum },
    { "hasRef", stream_has_ref, kJSPropertyAttributeDontEnum },
    { "isReadable", stream_is_readable, kJSPropertyAttributeDontEnum },
    { "isWritable", stream_is_writable, kJSPropertyAttributeDontEnum },
    { "kind", stream_kind, kJSPropertyAttributeDontEnum },
    { "listen", stream_listen, kJSPropertyAttributeDontEnum },
    { "open", stream_open, kJSPropertyAttributeDontEnum },
    { "readStart", stream_read_start, kJSPropertyAttributeDontEnum },
    { "readStop", stream_read_stop, kJSPropertyAttributeDontEnum },
    { "ref", stream_ref, kJSPropertyAttributeDontEnum },
    { "setBlocking", stream_set_blocking, kJSPropertyAttributeDontEnum },
    { "setKeepAlive", stream_set_keep_alive, kJSPropertyAttributeDontEnum },
    { "setNoDelay", stream_set_no_delay, kJSPropertyAttributeDontEnum },
    { "setRawMode", stream_set_raw_mode, kJSPropertyAttributeDontEnum },
    { "shutdown", stream_shutdown, kJSPropertyAttributeDontEnum },
    { "unref", stream_unref, kJSPropertyAttributeDontEnum },
    { "writev", stream_writev, kJSPropertyAttributeDontEnum },
    { NULL, NULL, 0 }
};

static const ct_binding_fn stream_wrap_fns[] = {
    { "isTTY", stream_is_tty, 1 },
    { "newPipe", stream_new_pipe, 1 },
    { "newTCP", stream_new_tcp, 0 },
    { "newTTY", stream_new_tty, 2 },
    { NULL, NULL, 0 }
};

void ct_stream_wrap_init(JSContextRef ctx, JSObjectRef target) {
    if (stream_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "StreamHandle";
        def.staticFunctions = stream_methods;
        def.finalize = stream_finalize;
        stream_class = JSClassCreate(&def); /* lives as long as the process */
    }
    ct_binding_install(ctx, target, stream_wrap_fns);
}
