/* SPDX-License-Identifier: MIT
 *
 * test-wire.c — wire.c, the IPC socket's frames: a round trip, frames split
 * across reads, and the defensive decoder on corrupt or hostile input
 * (truncated headers, lengths that do not add up, wrong version, unknown
 * kinds, every prefix and a sweep of single-byte corruptions).
 */
#include "../../src/core/wire.h"
#include "unit.h"

static uint8_t *frame(size_t *n) {
    return ct_wire_encode(CT_WIRE_INVOKE, 0x1122334455667788ull, 42, "chan", 4, "payload!", 8, n);
}

static void round_trip(void) {
    size_t n, used;
    uint8_t *b = frame(&n);
    UT_CHECK(b != NULL && n == CT_WIRE_HEADER + 12);
    ct_wire_frame_t f;
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_OK);
    UT_CHECK(used == n && f.kind == CT_WIRE_INVOKE && f.req_id == 42);
    /* the route splits into the page (low 40 bits) and the frame index */
    UT_CHECK(f.page_id == 0x4455667788ull && f.frame == 0x112233u);
    UT_CHECK(CT_WIRE_ROUTE(f.page_id, f.frame) == 0x1122334455667788ull);
    UT_CHECK(f.channel_len == 4 && memcmp(f.channel, "chan", 4) == 0);
    UT_CHECK(f.payload_len == 8 && memcmp(f.payload, "payload!", 8) == 0);
    free(b);
}

static void empty_channel_and_payload(void) {
    size_t n, used;
    uint8_t *b = ct_wire_encode(CT_WIRE_PREFS, 7, 1, NULL, 0, NULL, 0, &n);
    ct_wire_frame_t f;
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_OK);
    UT_CHECK(f.channel_len == 0 && f.payload_len == 0 && used == CT_WIRE_HEADER);
    free(b);
}

static void every_prefix_needs_more(void) {
    size_t n, used;
    uint8_t *b = frame(&n);
    ct_wire_frame_t f;
    for (size_t i = 0; i < n; i++) UT_CHECK(ct_wire_decode(b, i, &f, &used) == CT_WIRE_NEED_MORE);
    free(b);
}

static void two_frames_back_to_back(void) {
    size_t n, used;
    uint8_t *b = frame(&n);
    uint8_t *two = malloc(2 * n);
    memcpy(two, b, n);
    memcpy(two + n, b, n);
    ct_wire_frame_t f;
    UT_CHECK(ct_wire_decode(two, 2 * n, &f, &used) == CT_WIRE_OK && used == n);
    UT_CHECK(ct_wire_decode(two + used, 2 * n - used, &f, &used) == CT_WIRE_OK && used == n);
    free(two);
    free(b);
}

static void hostile_headers_rejected(void) {
    size_t n, used;
    uint8_t *b = frame(&n);
    ct_wire_frame_t f;
    b[4] = 2; /* version */
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_BAD);
    b[4] = CT_WIRE_VERSION;
    b[5] = 0; /* kind */
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_BAD);
    b[5] = 200;
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_BAD);
    b[5] = CT_WIRE_SEND;
    b[20] = 0xff; /* channel longer than the body */
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_BAD);
    b[20] = 4;
    uint8_t huge[4] = { 0xff, 0xff, 0xff, 0x7f }; /* body length over the limit */
    memcpy(b, huge, 4);
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_BAD);
    uint8_t tiny[4] = { 3, 0, 0, 0 }; /* body shorter than a header */
    memcpy(b, tiny, 4);
    UT_CHECK(ct_wire_decode(b, n, &f, &used) == CT_WIRE_BAD);
    free(b);
}

/* Any single corrupted byte gives OK with fields inside the buffer, or a
 * clean NEED_MORE / BAD: never a read outside (ASan checks that). */
static void corrupt_bytes_stay_inside(void) {
    size_t n, used;
    uint8_t *b = frame(&n);
    for (size_t i = 0; i < n; i++) {
        for (int v = 0; v < 256; v += 17) {
            uint8_t *c = malloc(n);
            memcpy(c, b, n);
            c[i] = (uint8_t)v;
            ct_wire_frame_t f;
            int r = ct_wire_decode(c, n, &f, &used);
            if (r == CT_WIRE_OK) {
                UT_CHECK(used <= n);
                UT_CHECK((const uint8_t *)f.channel + f.channel_len <= c + n);
                UT_CHECK(f.payload + f.payload_len <= c + n);
            }
            free(c);
        }
    }
    free(b);
}

static const ut_case cases[] = {
    { "round_trip", round_trip, 0 },
    { "empty_channel_and_payload", empty_channel_and_payload, 0 },
    { "every_prefix_needs_more", every_prefix_needs_more, 0 },
    { "two_frames_back_to_back", two_frames_back_to_back, 0 },
    { "hostile_headers_rejected", hostile_headers_rejected, 0 },
    { "corrupt_bytes_stay_inside", corrupt_bytes_stay_inside, 0 },
    { NULL, NULL, 0 }
};

int main(int argc, char **argv) { return ut_main(cases, argc, argv); }
