/* SPDX-License-Identifier: MIT
 *
 * wire.h — the frames of cathode's own IPC socket between a web process (the
 * renderer extension) and the main process. Included by src/main/ipc_main.c
 * and src/renderer/extension.c; wire.c depends on nothing but libc, so the
 * extension links it without the rest of the core.
 *
 * A frame is a little-endian header followed by the channel name and the
 * payload:  u32 body length (everything after this field), u8 version, u8
 * kind, u16 reserved (0), u64 route, u32 request id, u32 channel length,
 * channel bytes, payload bytes. The route names a frame of a page: its low
 * 40 bits are WebKit's page id, the high 24 bits a frame index within that
 * page, chosen by the web process (0 is the main frame). Decoding never
 * trusts a length: a frame whose fields do not add up is rejected
 * (CT_WIRE_BAD) and the caller drops it.
 */
#ifndef CT_CORE_WIRE_H
#define CT_CORE_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CT_WIRE_VERSION 1
#define CT_WIRE_HEADER 24                     /* bytes before the channel */
#define CT_WIRE_MAX_BODY (512u * 1024 * 1024) /* larger frames are rejected */

#define CT_WIRE_FRAME_SHIFT 40
#define CT_WIRE_PAGE_MASK ((UINT64_C(1) << CT_WIRE_FRAME_SHIFT) - 1)
#define CT_WIRE_FRAME_MAX ((1u << (64 - CT_WIRE_FRAME_SHIFT)) - 1)
/* the route of frame `frame` of page `page` */
#define CT_WIRE_ROUTE(page, frame) \
    (((uint64_t)(page) & CT_WIRE_PAGE_MASK) | ((uint64_t)(frame) << CT_WIRE_FRAME_SHIFT))

typedef enum {
    CT_WIRE_HELLO = 1,        /* renderer → main: payload = the token */
    CT_WIRE_PREFS = 2,        /* renderer → main, sync: page's webPreferences + preload */
    CT_WIRE_PREFS_REPLY = 3,  /* main → renderer */
    CT_WIRE_SEND = 4,         /* renderer → main: ipcRenderer.send */
    CT_WIRE_INVOKE = 5,       /* renderer → main: ipcRenderer.invoke */
    CT_WIRE_INVOKE_REPLY = 6, /* main → renderer */
    CT_WIRE_SYNC = 7,         /* renderer → main: ipcRenderer.sendSync */
    CT_WIRE_SYNC_REPLY = 8,   /* main → renderer */
    CT_WIRE_EVENT = 9,        /* main → renderer: webContents.send / event.reply */
    /* MessagePorts (req id = the port's id on this connection: odd ids are
     * chosen by the renderer, even ones by main) */
    CT_WIRE_POST_MESSAGE = 10, /* both ways: a message on a channel with ports */
    CT_WIRE_PORT_MESSAGE = 11, /* both ways: a message through port `req id` */
    CT_WIRE_PORT_CLOSE = 12,   /* both ways: port `req id` was closed */
    /* executeJavaScript: code (payload, UTF-8) run in world `channel` (a
     * decimal world id, 0 = the page's own) of the routed frame; the reply
     * is the structured clone of [ok, value] (empty: the frame was gone) */
    CT_WIRE_EXEC = 13,         /* main → renderer */
    CT_WIRE_EXEC_REPLY = 14,   /* renderer → main */
    CT_WIRE_KIND_MAX = 14
} ct_wire_kind_t;

/* A decoded frame. channel and payload are borrowed: they point into the
 * buffer given to ct_wire_decode and live as long as it does. */
typedef struct {
    uint8_t kind;
    uint64_t page_id; /* the route's page */
    uint32_t frame;   /* the route's frame index (0: main frame) */
    uint32_t req_id;
    const char *channel; /* not NUL-terminated */
    uint32_t channel_len;
    const uint8_t *payload;
    size_t payload_len;
} ct_wire_frame_t;

enum { CT_WIRE_OK = 0, CT_WIRE_NEED_MORE = 1, CT_WIRE_BAD = -1 };

/* Encodes one frame for `route` (CT_WIRE_ROUTE). Returns a malloc'ed buffer (caller frees with free())
 * and its size in *out_len, or NULL when out of memory or too large. */
uint8_t *ct_wire_encode(uint8_t kind, uint64_t route, uint32_t req_id, const char *channel,
                        size_t channel_len, const void *payload, size_t payload_len,
                        size_t *out_len);

/* Writes the CT_WIRE_HEADER bytes that precede a frame's channel and
 * payload into out, for senders that write the three parts without copying
 * them together (writev). Returns false when the frame would be too large. */
bool ct_wire_header(uint8_t out[CT_WIRE_HEADER], uint8_t kind, uint64_t route, uint32_t req_id,
                    size_t channel_len, size_t payload_len);

/* Decodes the first frame of buf[0..len). CT_WIRE_OK: *f is filled and
 * *consumed is the frame's size. CT_WIRE_NEED_MORE: the frame is not complete
 * yet (nothing consumed). CT_WIRE_BAD: the stream is corrupt (wrong version,
 * lengths that do not add up, unknown kind); the connection must be dropped
 * because frame boundaries are lost. Never reads outside buf. */
int ct_wire_decode(const uint8_t *buf, size_t len, ct_wire_frame_t *f, size_t *consumed);

#endif /* CT_CORE_WIRE_H */
