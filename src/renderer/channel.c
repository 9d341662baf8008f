/* SPDX-License-Identifier: MIT
 *
 * channel.c — the renderer's end of cathode's IPC socket: one connection
 * per web process to the main process (path and token from the extension's
 * initialization data), frames written whole (blocking: main always reads),
 * frames read into a buffer and handed to extension.c one by one from the
 * GLib loop. sendSync and the prefs request block reading this socket
 * (ctr_channel_wait), never in a nested main loop; frames that arrive
 * meanwhile stay queued for the loop. Web process main thread only.
 */
#include <errno.h>
#include <glib-unix.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include "renderer.h"
#include "wire.h"

static char *sock_path, *token; /* owned: for the process */
static int sock = -1;           /* owned: the connection to main, for the process */
static GByteArray *inbuf;       /* owned: bytes read, not yet dispatched */
static uint32_t next_req = 1;
static guint idle_id;

void ctr_channel_init(char *path, char *secret) {
    sock_path = path;
    token = secret;
    inbuf = g_byte_array_new();
}

uint32_t ctr_channel_next_req(void) {
    return next_req++;
}

/* Writes the iovecs whole (blocking: main always reads), advancing them. */
static int write_all(struct iovec *iov, int n) {
    while (n > 0) {
        struct msghdr m = { .msg_iov = iov, .msg_iovlen = (size_t)n };
        ssize_t w = sendmsg(sock, &m, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -errno;
        while (n > 0 && (size_t)w >= iov->iov_len) {
            w -= (ssize_t)iov->iov_len;
            iov++;
            n--;
        }
        if (n > 0) {
            iov->iov_base = (char *)iov->iov_base + w;
            iov->iov_len -= (size_t)w;
        }
    }
    return 0;
}

/* The header, channel and payload go out as they lie: no copy into one
 * buffer (a payload may be tens of MB). */
int ctr_channel_post(uint8_t kind, uint64_t route, uint32_t req, const char *ch, size_t chlen,
                     const char *payload, size_t plen) {
    if (sock < 0) return -ENOTCONN;
    uint8_t head[CT_WIRE_HEADER];
    if (!ct_wire_header(head, kind, route, req, chlen, plen)) return -EMSGSIZE;
    struct iovec iov[3] = {
        { head, sizeof head },
        { (void *)ch, chlen },
        { (void *)payload, plen },
    };
    return write_all(iov, 3);
}

static void dispatch_buffer(void);

static gboolean on_idle_dispatch(gpointer data) {
    (void)data;
    idle_id = 0;
    dispatch_buffer();
    return G_SOURCE_REMOVE;
}

static void schedule_dispatch(void) {
    if (idle_id == 0 && inbuf->len > 0) idle_id = g_idle_add(on_idle_dispatch, NULL);
}

/* Reads what is available; blocking when `wait`. Returns false on EOF/error. */
static bool read_more(bool wait) {
    const size_t chunk = 256 * 1024;
    for (;;) {
        /* straight into the buffer's tail: no copy through the stack */
        guint had = inbuf->len;
        g_byte_array_set_size(inbuf, had + (guint)chunk);
        ssize_t n = recv(sock, inbuf->data + had, chunk, wait ? 0 : MSG_DONTWAIT);
        g_byte_array_set_size(inbuf, had + (guint)(n > 0 ? n : 0));
        if (n > 0) {
            /* blocking: one read is progress; else a short read drained it */
            if (wait || (size_t)n < chunk) return true;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && !wait && (errno == EAGAIN || errno == EWOULDBLOCK)) return true;
        return false;
    }
}

static void drop_connection(void) {
    if (sock < 0) return;
    close(sock);
    sock = -1;
    g_byte_array_set_size(inbuf, 0);
}

char *ctr_channel_wait(uint8_t kind, uint32_t req, size_t *len) {
    size_t off = 0;
    for (;;) {
        ct_wire_frame_t f;
        size_t used;
        int r = ct_wire_decode(inbuf->data + off, inbuf->len - off, &f, &used);
        if (r == CT_WIRE_BAD) {
            g_warning("cathode: malformed ipc frame from the main process");
            drop_connection();
            return NULL;
        }
        if (r == CT_WIRE_NEED_MORE) {
            if (!read_more(true)) {
                drop_connection();
                return NULL;
            }
            continue;
        }
        if (f.kind == kind && f.req_id == req) {
            char *s = g_malloc(f.payload_len + 1);
            memcpy(s, f.payload, f.payload_len);
            s[f.payload_len] = '\0';
            if (len != NULL) *len = f.payload_len;
            g_byte_array_remove_range(inbuf, (guint)off, (guint)used);
            schedule_dispatch();
            return s;
        }
        off += used;
    }
}

static void dispatch_buffer(void) {
    size_t off = 0;
    while (sock >= 0) {
        ct_wire_frame_t f;
        size_t used;
        int r = ct_wire_decode(inbuf->data + off, inbuf->len - off, &f, &used);
        if (r == CT_WIRE_NEED_MORE) break;
        if (r == CT_WIRE_BAD) {
            g_warning("cathode: malformed ipc frame from the main process");
            drop_connection();
            return;
        }
        /* the dispatcher may call sendSync, which reads into inbuf: keep
         * offsets valid by removing this frame before calling out */
        uint8_t *copy = g_memdup2(inbuf->data + off, used);
        g_byte_array_remove_range(inbuf, (guint)off, (guint)used);
        ct_wire_decode(copy, used, &f, &used);
        ctr_dispatch_frame(&f);
        g_free(copy);
    }
}

/* Whether inbuf ends in a frame that has begun but not fully arrived. */
static bool frame_incomplete(void) {
    size_t off = 0;
    for (;;) {
        ct_wire_frame_t f;
        size_t used;
        int r = ct_wire_decode(inbuf->data + off, inbuf->len - off, &f, &used);
        if (r != CT_WIRE_OK) return r == CT_WIRE_NEED_MORE && off < inbuf->len;
        off += used;
    }
}

static gboolean on_socket_readable(gint fd, GIOCondition cond, gpointer data) {
    (void)fd; (void)cond; (void)data;
    if (sock < 0) return G_SOURCE_REMOVE;
    bool ok = read_more(false);
    /* A frame main has begun is read to its end here, blocking: main writes
     * whole frames and never waits on this process, so this is as safe as
     * sendSync's wait, and a large payload no longer costs a turn of both
     * loops per socket buffer (measured: 1 MB invoke 13 ms -> ~5 ms). */
    while (ok && frame_incomplete()) ok = read_more(true);
    if (!ok) {
        dispatch_buffer();
        drop_connection();
        return G_SOURCE_REMOVE;
    }
    dispatch_buffer();
    return G_SOURCE_CONTINUE;
}

bool ctr_channel_connect(void) {
    if (sock >= 0) return true;
    if (sock_path == NULL || *sock_path == '\0') return false;
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    if (strlen(sock_path) >= sizeof sa.sun_path) return false;
    strcpy(sa.sun_path, sock_path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
        g_warning("cathode: cannot connect to the main process: %s", g_strerror(errno));
        close(fd);
        return false;
    }
    /* a larger send buffer (as far as net.core.wmem_max allows) moves big
     * payloads in fewer turns of main's loop */
    int sndbuf = 4 << 20;
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    sock = fd;
    ctr_channel_post(CT_WIRE_HELLO, 0, 0, NULL, 0, token, strlen(token));
    g_unix_fd_add(fd, G_IO_IN | G_IO_HUP | G_IO_ERR, on_socket_readable, NULL);
    return true;
}

