/* SPDX-License-Identifier: MIT
 *
 * wire.c — encoding and defensive decoding of IPC socket frames (format in
 * wire.h). Both processes. Pure C on byte buffers: no JS, no GLib, no I/O,
 * so the renderer extension links it alone and a fuzzer can drive it.
 */
#include "wire.h"

#include <stdlib.h>
#include <string.h>

static void put32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static void put64(uint8_t *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t get32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get64(const uint8_t *p) {
    return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

bool ct_wire_header(uint8_t b[CT_WIRE_HEADER], uint8_t kind, uint64_t route, uint32_t req_id,
                    size_t channel_len, size_t payload_len) {
    size_t body = (CT_WIRE_HEADER - 4) + channel_len + payload_len;
    if (channel_len > CT_WIRE_MAX_BODY || payload_len > CT_WIRE_MAX_BODY || body > CT_WIRE_MAX_BODY)
        return false;
    put32(b, (uint32_t)body);
    b[4] = CT_WIRE_VERSION;
    b[5] = kind;
    b[6] = b[7] = 0;
    put64(b + 8, route);
    put32(b + 16, req_id);
    put32(b + 20, (uint32_t)channel_len);
    return true;
}

uint8_t *ct_wire_encode(uint8_t kind, uint64_t route, uint32_t req_id, const char *channel,
                        size_t channel_len, const void *payload, size_t payload_len,
                        size_t *out_len) {
    uint8_t head[CT_WIRE_HEADER];
    if (!ct_wire_header(head, kind, route, req_id, channel_len, payload_len)) return NULL;
    size_t body = (CT_WIRE_HEADER - 4) + channel_len + payload_len;
    uint8_t *b = malloc(body + 4);
    if (b == NULL) return NULL;
    memcpy(b, head, CT_WIRE_HEADER);
    if (channel_len) memcpy(b + CT_WIRE_HEADER, channel, channel_len);
    if (payload_len) memcpy(b + CT_WIRE_HEADER + channel_len, payload, payload_len);
    *out_len = body + 4;
    return b;
}

int ct_wire_decode(const uint8_t *buf, size_t len, ct_wire_frame_t *f, size_t *consumed) {
    if (len < 4) return CT_WIRE_NEED_MORE;
    uint32_t body = get32(buf);
    if (body < CT_WIRE_HEADER - 4 || body > CT_WIRE_MAX_BODY) return CT_WIRE_BAD;
    if (len >= 6 && (buf[4] != CT_WIRE_VERSION || buf[5] == 0 || buf[5] > CT_WIRE_KIND_MAX))
        return CT_WIRE_BAD;
    if (len - 4 < body) return CT_WIRE_NEED_MORE;
    uint32_t clen = get32(buf + 20);
    if (clen > body - (CT_WIRE_HEADER - 4)) return CT_WIRE_BAD;
    f->kind = buf[5];
    uint64_t route = get64(buf + 8);
    f->page_id = route & CT_WIRE_PAGE_MASK;
    f->frame = (uint32_t)(route >> CT_WIRE_FRAME_SHIFT);
    f->req_id = get32(buf + 16);
    f->channel = (const char *)buf + CT_WIRE_HEADER;
    f->channel_len = clen;
    f->payload = buf + CT_WIRE_HEADER + clen;
    f->payload_len = body - (CT_WIRE_HEADER - 4) - clen;
    *consumed = (size_t)body + 4;
    return CT_WIRE_OK;
}
