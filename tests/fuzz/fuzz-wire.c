/* SPDX-License-Identifier: MIT
 *
 * fuzz-wire.c — libFuzzer target for wire.c's frame decoder: arbitrary bytes
 * go to ct_wire_decode, which must stay inside them; a frame that decodes is
 * encoded again from its fields and must decode to the same fields and size.
 * Built only with -Dfuzz=true (tests/fuzz/meson.build); run by `make fuzz`.
 */
#include "../../src/core/wire.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* a private copy of exactly `size` bytes, so ASan sees any overread */
    uint8_t *buf = malloc(size ? size : 1);
    if (buf == NULL) return 0;
    memcpy(buf, data, size);
    ct_wire_frame_t f;
    size_t used = 0;
    int rc = ct_wire_decode(buf, size, &f, &used);
    if (rc == CT_WIRE_OK) {
        if (used > size || f.channel_len > used || f.payload_len > used) abort();
        size_t n;
        uint8_t *again = ct_wire_encode(f.kind, CT_WIRE_ROUTE(f.page_id, f.frame), f.req_id,
                                        f.channel, f.channel_len, f.payload, f.payload_len, &n);
        if (again == NULL || n != used) abort();
        ct_wire_frame_t g;
        size_t used2;
        if (ct_wire_decode(again, n, &g, &used2) != CT_WIRE_OK || used2 != n) abort();
        if (g.kind != f.kind || g.page_id != f.page_id || g.frame != f.frame ||
            g.req_id != f.req_id ||
            g.channel_len != f.channel_len || g.payload_len != f.payload_len ||
            memcmp(g.channel, f.channel, f.channel_len) != 0 ||
            (f.payload_len && memcmp(g.payload, f.payload, f.payload_len) != 0))
            abort();
        free(again);
    } else if (rc != CT_WIRE_NEED_MORE && rc != CT_WIRE_BAD) {
        abort();
    }
    free(buf);
    return 0;
}
