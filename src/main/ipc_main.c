/* SPDX-License-Identifier: MIT
 *
 * ipc_main.c — ipcMain's native half: cathode's own Unix socket between the
 * main process and every web process, frames from wire.c. Main process.
 *
 * The socket lives in a private 0700 directory; its path and a random token
 * reach the renderer extension in WebKit's initialization data
 * (ctm_ipc_main_address). A connection must prove the token in its first
 * frame, and is untrusted from then on: every frame is decoded defensively,
 * a frame for a page that is not ours, or whose web process is not the peer
 * (SO_PEERCRED against the pid the page reported), is dropped and logged
 * with the page id. A corrupt stream closes that connection only.
 *
 * lib/electron/main/ipc_main.js holds the policy: channels, handlers,
 * events. C reports frames through one emitter as
 * (wcId, 'ct-ipc', kind, channel, reqId, payload) and answers PREFS frames
 * with what (wcId, 'ct-prefs') returns. Payloads are opaque strings here
 * (the serialization lives in the JS halves). Writes never block: what the
 * socket does not take is queued per connection. Main loop thread only.
 */
#include "main.h"

#include "../core/clone.h"
#include "../core/wire.h"

#include <errno.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

static ctm_emitter_t ipc_emitter;
#define EM (&ipc_emitter)

/* One web process's connection. Owned by `conns`; freed by conn_close. */
typedef struct {
    int fd;            /* owned: closed in conn_close */
    guint watch;       /* GLib source on fd, removed in conn_close */
    GByteArray *in;    /* owned: bytes read but not yet a whole frame */
    GByteArray *out;   /* owned: bytes the socket did not take yet, from out_off */
    size_t out_off;    /* what of out is written: the front is dropped only once
                        * all is out (dropping per write is quadratic in a frame) */
    guint out_watch;   /* G_IO_OUT source while out is not empty, removed in conn_close */
    GQueue held;       /* held_t* (owned): frames waiting for their page's hello */
    guint held_timer;  /* retries `held` while it is not empty, removed in conn_close */
    bool authed;       /* proved the token */
    pid_t peer_pid;    /* SO_PEERCRED */
} conn_t;

static int listen_fd = -1;
static char *sock_dir, *sock_path; /* owned: removed at exit */
static char token[65];
static GHashTable *conns;   /* conn_t* set (owned) */
static GHashTable *page_conn; /* page id (guint64*) → conn_t* (borrowed) */

static void cleanup_socket(void) {
    if (sock_path) g_unlink(sock_path);
    if (sock_dir) g_rmdir(sock_dir);
}

static void conn_close(conn_t *c) {
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, page_conn);
    while (g_hash_table_iter_next(&it, &k, &v))
        if (v == c) g_hash_table_iter_remove(&it);
    if (c->watch) g_source_remove(c->watch);
    close(c->fd);
    if (c->out_watch) g_source_remove(c->out_watch);
    if (c->held_timer) g_source_remove(c->held_timer);
    g_queue_clear_full(&c->held, g_free);
    g_byte_array_unref(c->in);
    g_byte_array_unref(c->out);
    g_hash_table_remove(conns, c);
    g_free(c);
}

/* Writes what the socket takes now without blocking; returns the count or a
 * negative errno. The main process never blocks on a renderer: one that
 * stops reading (hung, or itself writing a large frame) only grows c->out. */
static ssize_t write_some(int fd, const uint8_t *b, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t w = send(fd, b + done, n - done, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (w < 0) return -errno;
        done += (size_t)w;
    }
    return (ssize_t)done;
}

static gboolean on_conn_writable(gint fd, GIOCondition cond, gpointer data) {
    (void)cond;
    conn_t *c = data;
    ssize_t w = write_some(fd, c->out->data + c->out_off, c->out->len - c->out_off);
    if (w > 0) c->out_off += (size_t)w;
    if (w < 0 || c->out_off == c->out->len) {
        /* on an error the read side sees the hang-up and closes c */
        g_byte_array_set_size(c->out, 0);
        c->out_off = 0;
        c->out_watch = 0;
        return G_SOURCE_REMOVE;
    }
    return G_SOURCE_CONTINUE;
}

/* Sends one frame: header, channel and payload as they lie (sendmsg), as
 * much as the socket takes now; the rest is queued in c->out in order. */
static int conn_send(conn_t *c, uint8_t kind, uint64_t route, uint32_t req, const char *channel,
                     const char *payload, size_t payload_len) {
    uint8_t head[CT_WIRE_HEADER];
    size_t clen = channel ? strlen(channel) : 0;
    if (!ct_wire_header(head, kind, route, req, clen, payload_len)) return -EMSGSIZE;
    struct iovec iov[3] = { { head, sizeof head }, { (void *)channel, clen }, { (void *)payload, payload_len } };
    size_t total = sizeof head + clen + payload_len, done = 0;
    if (c->out->len == c->out_off) { /* else keep the order */
        while (done < total) {
            struct msghdr m = { .msg_iov = iov, .msg_iovlen = 3 };
            ssize_t w = sendmsg(c->fd, &m, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (w < 0 && errno == EINTR) continue;
            if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
            if (w < 0) return -errno;
            done += (size_t)w;
            for (int i = 0; i < 3; i++) { /* advance past what went out */
                size_t k = (size_t)w < iov[i].iov_len ? (size_t)w : iov[i].iov_len;
                iov[i].iov_base = (char *)iov[i].iov_base + k;
                iov[i].iov_len -= k;
                w -= (ssize_t)k;
            }
        }
    }
    if (done < total) {
        for (int i = 0; i < 3; i++)
            if (iov[i].iov_len) g_byte_array_append(c->out, iov[i].iov_base, (guint)iov[i].iov_len);
        if (c->out_watch == 0)
            c->out_watch = g_unix_fd_add(c->fd, G_IO_OUT, on_conn_writable, c);
    }
    return 0;
}

/* The window of a page id a connection may speak for, or NULL. Only the
 * process WebKit reported for the page qualifies: until that hello has
 * arrived (pid 0) nobody does, and the connection's frames wait (must_wait)
 * rather than being trusted. */
static ctm_wc_t *page_window(conn_t *c, uint64_t page) {
    ctm_wc_t *w = ctm_wc_from_page_id(page);
    if (w == NULL) return NULL;
    if (w->pid == 0 || c->peer_pid == 0 || w->pid != c->peer_pid) return NULL;
    return w;
}

/* PREFS is always answered ("{}" for a page we do not know): the web
 * process blocks on it before the page's scripts. It does not bind the page
 * to the connection and skips the pid check: after a process swap the new
 * process asks before its WebKit hello (which updates the pid) may have
 * arrived; a preload's source is all it can learn. It binds the page to the
 * connection only when the pid check passes. */
static void answer_prefs(conn_t *c, const ct_wire_frame_t *f) {
    ctm_wc_t *w = ctm_wc_from_page_id(f->page_id);
    if (w != NULL && page_window(c, f->page_id) != NULL) {
        guint64 *key = g_new(guint64, 1);
        *key = f->page_id;
        g_hash_table_insert(page_conn, key, c);
    }
    /* a sub-frame's request carries its URL */
    JSValueRef r = NULL;
    if (w != NULL && EM->ctx != NULL) {
        JSValueRef a[2] = { JSValueMakeNumber(EM->ctx, f->frame),
                            ct_js_strn(EM->ctx, (const char *)f->payload, f->payload_len) };
        r = ctm_emit(EM, w->id, "ct-prefs", 2, a);
    }
    char *s = r ? ctm_str(EM->ctx, r) : NULL;
    if (w == NULL)
        g_warning("cathode: ipc prefs asked for unknown page %" G_GUINT64_FORMAT " by pid %d",
                  f->page_id, (int)c->peer_pid);
    conn_send(c, CT_WIRE_PREFS_REPLY, CT_WIRE_ROUTE(f->page_id, f->frame), f->req_id, NULL,
              s ? s : "{}", s ? strlen(s) : 2);
    g_free(s);
}


static void handle_frame(conn_t *c, const ct_wire_frame_t *f) {
    if (!c->authed) {
        if (f->kind == CT_WIRE_HELLO && f->payload_len == strlen(token) &&
            memcmp(f->payload, token, f->payload_len) == 0) {
            c->authed = true;
            return;
        }
        g_warning("cathode: ipc connection from pid %d without the token, closed", (int)c->peer_pid);
        conn_close(c);
        return;
    }
    if (f->kind == CT_WIRE_PREFS) {
        answer_prefs(c, f);
        return;
    }
    ctm_wc_t *w = page_window(c, f->page_id);
    if (w == NULL) {
        g_warning("cathode: dropped an ipc frame (kind %u) for page %" G_GUINT64_FORMAT
                  " from pid %d: not a page of that process",
                  f->kind, f->page_id, (int)c->peer_pid);
        return;
    }
    guint64 *key = g_new(guint64, 1);
    *key = f->page_id;
    g_hash_table_insert(page_conn, key, c);
    JSGlobalContextRef ctx = EM->ctx;
    if (ctx == NULL) return;
    if (f->kind != CT_WIRE_SEND && f->kind != CT_WIRE_INVOKE && f->kind != CT_WIRE_SYNC &&
        f->kind != CT_WIRE_POST_MESSAGE && f->kind != CT_WIRE_PORT_MESSAGE &&
        f->kind != CT_WIRE_PORT_CLOSE && f->kind != CT_WIRE_EXEC_REPLY) {
        g_warning("cathode: dropped an ipc frame of kind %u from page %" G_GUINT64_FORMAT,
                  f->kind, f->page_id);
        return;
    }
    /* the payload is decoded here, straight from the input buffer (nothing
     * in the decoder touches it): a renderer's bytes are untrusted, and
     * clone.c checks every length. ok: 1 decoded, 0 malformed, -1 empty. */
    JSValueRef v = f->payload_len ? ct_clone_deserialize(ctx, f->payload, f->payload_len, CT_CLONE_IPC, NULL)
                                  : NULL;
    JSValueRef a[6] = {
        JSValueMakeNumber(ctx, f->kind),
        ct_js_strn(ctx, f->channel, f->channel_len),
        JSValueMakeNumber(ctx, f->req_id),
        v != NULL ? v : JSValueMakeUndefined(ctx),
        JSValueMakeNumber(ctx, f->frame),
        JSValueMakeNumber(ctx, v != NULL ? 1 : f->payload_len ? 0 : -1),
    };
    ctm_emit(EM, w->id, "ct-ipc", 6, a);
}

/* A frame from a process whose WebKit hello for the page has not arrived
 * yet: the page is live but reported another pid (the process WebKit
 * swapped out on navigation). Such frames wait, in order, up to
 * HOLD_LIMIT_US for the hello; then handle_frame drops them. */
#define HOLD_LIMIT_US (3 * G_USEC_PER_SEC)

typedef struct {
    gint64 since;
    size_t len;
    uint8_t data[]; /* one whole frame */
} held_t;

static bool must_wait(conn_t *c, const ct_wire_frame_t *f) {
    return f->kind != CT_WIRE_PREFS && ctm_wc_from_page_id(f->page_id) != NULL &&
           page_window(c, f->page_id) == NULL;
}

static gboolean on_held_timer(gpointer data) {
    conn_t *c = data;
    while (!g_queue_is_empty(&c->held)) {
        held_t *h = g_queue_peek_head(&c->held);
        ct_wire_frame_t f;
        size_t used;
        ct_wire_decode(h->data, h->len, &f, &used); /* decoded once already */
        if (must_wait(c, &f) && g_get_monotonic_time() - h->since < HOLD_LIMIT_US) break;
        g_queue_pop_head(&c->held);
        handle_frame(c, &f);
        g_free(h);
    }
    if (!g_queue_is_empty(&c->held)) return G_SOURCE_CONTINUE;
    c->held_timer = 0;
    return G_SOURCE_REMOVE;
}

static void hold(conn_t *c, const uint8_t *frame, size_t len) {
    held_t *h = g_malloc(sizeof *h + len);
    h->since = g_get_monotonic_time();
    h->len = len;
    memcpy(h->data, frame, len);
    g_queue_push_tail(&c->held, h);
    if (c->held_timer == 0) c->held_timer = g_timeout_add(10, on_held_timer, c);
}

static gboolean on_conn_readable(gint fd, GIOCondition cond, gpointer data) {
    conn_t *c = data;
    const size_t chunk = 256 * 1024;
    for (;;) {
        /* straight into the buffer's tail: no copy through the stack */
        guint had = c->in->len;
        g_byte_array_set_size(c->in, had + (guint)chunk);
        ssize_t n = recv(fd, c->in->data + had, chunk, MSG_DONTWAIT);
        g_byte_array_set_size(c->in, had + (guint)(n > 0 ? n : 0));
        if (n > 0) {
            /* a short read drained the socket: skip the recv that would
             * only say EAGAIN (a syscall per message on the hot path) */
            if ((size_t)n < chunk) break;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        c->watch = 0; /* returning FALSE removes it */
        conn_close(c);
        return G_SOURCE_REMOVE;
    }
    (void)cond;
    size_t off = 0;
    for (;;) {
        ct_wire_frame_t f;
        size_t used;
        int r = ct_wire_decode(c->in->data + off, c->in->len - off, &f, &used);
        if (r == CT_WIRE_NEED_MORE) break;
        if (r == CT_WIRE_BAD) {
            g_warning("cathode: malformed ipc frame from pid %d, connection closed",
                      (int)c->peer_pid);
            c->watch = 0;
            conn_close(c);
            return G_SOURCE_REMOVE;
        }
        /* handle_frame may close c (bad token): then stop here */
        bool was_authed = c->authed;
        if (was_authed && f.kind != CT_WIRE_PREFS &&
            (!g_queue_is_empty(&c->held) || must_wait(c, &f)))
            hold(c, c->in->data + off, used);
        else
            handle_frame(c, &f);
        if (!was_authed && !g_hash_table_contains(conns, c)) return G_SOURCE_REMOVE;
        off += used;
    }
    g_byte_array_remove_range(c->in, 0, (guint)off);
    return G_SOURCE_CONTINUE;
}

static gboolean on_listen_readable(gint fd, GIOCondition cond, gpointer data) {
    (void)cond; (void)data;
    int cfd = accept4(fd, NULL, NULL, SOCK_CLOEXEC);
    if (cfd < 0) return G_SOURCE_CONTINUE;
    conn_t *c = g_new0(conn_t, 1);
    c->fd = cfd;
    /* big payloads in fewer loop turns, as far as net.core.wmem_max allows */
    int sndbuf = 4 << 20;
    setsockopt(cfd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    c->in = g_byte_array_new();
    c->out = g_byte_array_new();
    struct ucred cred;
    socklen_t cl = sizeof cred;
    if (getsockopt(cfd, SOL_SOCKET, SO_PEERCRED, &cred, &cl) == 0) c->peer_pid = cred.pid;
    g_hash_table_add(conns, c);
    c->watch = g_unix_fd_add(cfd, G_IO_IN | G_IO_HUP | G_IO_ERR, on_conn_readable, c);
    return G_SOURCE_CONTINUE;
}

static int start_listening(void) {
    const char *base = g_get_user_runtime_dir();
    char *tmpl = g_build_filename(base && *base ? base : g_get_tmp_dir(), "cathode-XXXXXX", NULL);
    if (g_mkdtemp_full(tmpl, 0700) == NULL) {
        g_free(tmpl);
        return -errno;
    }
    sock_dir = tmpl;
    sock_path = g_build_filename(sock_dir, "ipc", NULL);
    uint8_t rnd[32];
    if (getrandom(rnd, sizeof rnd, 0) != sizeof rnd) return -EIO;
    for (size_t i = 0; i < sizeof rnd; i++) snprintf(token + 2 * i, 3, "%02x", rnd[i]);
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    if (strlen(sock_path) >= sizeof sa.sun_path) return -ENAMETOOLONG;
    strcpy(sa.sun_path, sock_path);
    listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listen_fd < 0) return -errno;
    if (bind(listen_fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(listen_fd, 64) < 0) {
        int e = -errno;
        close(listen_fd);
        listen_fd = -1;
        return e;
    }
    atexit(cleanup_socket);
    conns = g_hash_table_new(NULL, NULL);
    page_conn = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    g_unix_fd_add(listen_fd, G_IO_IN, on_listen_readable, NULL);
    return 0;
}

GVariant *ctm_ipc_main_address(void) {
    if (listen_fd < 0 && start_listening() < 0)
        g_warning("cathode: cannot create the ipc socket; ipc disabled");
    return g_variant_new("(sss)", CT_VERSION, sock_path ? sock_path : "", token);
}

/* ---- binding functions ---- */

#define IPC_FN(name)                                                                    \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, \
                           const JSValueRef argv[], JSValueRef *exc)
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

IPC_FN(ipc_set_emitter) {
    (void)fn; (void)self; (void)exc;
    ctm_emitter_set(EM, ctx, ARG(0));
    return JSValueMakeUndefined(ctx);
}

/* post(wcId, kind, reqId, channel, value[, frameIndex]): a frame to the
 * page's web process, for its main frame or the sub-frame of that index (as
 * the web process numbered it). Returns false when the page has no connection (not loaded yet,
 * or its process died). */
IPC_FN(ipc_post) {
    (void)fn; (void)self;
    ctm_wc_t *w = ctm_wc_arg(ctx, argc, argv, 0, exc);
    if (w == NULL) return NULL;
    int kind = (int)ctm_num(ctx, ARG(1), 0);
    uint32_t req = (uint32_t)ctm_num(ctx, ARG(2), 0);
    char *channel = ctm_str(ctx, ARG(3));
    double frame = ctm_num(ctx, ARG(5), 0);
    if (!(frame >= 0 && frame <= CT_WIRE_FRAME_MAX)) frame = 0;
    guint64 page = webkit_web_view_get_page_id(w->view);
    conn_t *c = page_conn ? g_hash_table_lookup(page_conn, &page) : NULL;
    if ((c == NULL || (w->pid != 0 && c->peer_pid != w->pid)) && conns != NULL && w->pid != 0) {
        /* a page that has not written yet (or a process swap): its web
         * process's connection, found by the pid WebKit's hello reported */
        GHashTableIter it;
        gpointer k, v;
        c = NULL;
        g_hash_table_iter_init(&it, conns);
        while (g_hash_table_iter_next(&it, &k, &v))
            if (((conn_t *)k)->authed && ((conn_t *)k)->peer_pid == w->pid) c = k;
    }
    /* the value (an argument list, a reply, an exec's code) cloned with
     * Electron's rules; what cannot be cloned throws to the caller */
    size_t payload_len = 0;
    uint8_t *payload = ct_clone_serialize(ctx, ARG(4), CT_CLONE_IPC, &payload_len, exc);
    if (payload == NULL) {
        g_free(channel);
        return NULL;
    }
    bool ok = false;
    if (c != NULL && (kind == CT_WIRE_INVOKE_REPLY || kind == CT_WIRE_SYNC_REPLY ||
                      kind == CT_WIRE_EVENT || kind == CT_WIRE_POST_MESSAGE ||
                      kind == CT_WIRE_PORT_MESSAGE || kind == CT_WIRE_PORT_CLOSE ||
                      kind == CT_WIRE_EXEC))
        ok = conn_send(c, (uint8_t)kind, CT_WIRE_ROUTE(page, (uint32_t)frame), req, channel,
                       (const char *)payload, payload_len) == 0;
    g_free(channel);
    free(payload);
    return JSValueMakeBoolean(ctx, ok);
}

static const ct_binding_fn ipc_fns[] = {
    { "post", ipc_post, 6 },
    { "setEmitter", ipc_set_emitter, 1 },
    { NULL, NULL, 0 }
};

void ctm_ipc_main_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, ipc_fns);
}
