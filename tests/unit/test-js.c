/* SPDX-License-Identifier: MIT
 *
 * test-js.c — js.c's UTF-8 decoder, ct_js_strn: what Buffer#toString('utf8')
 * and every C string handed to JS go through.
 *
 * The expected UTF-16 units are what Node 20 produces for the same bytes
 * (Buffer.from(bytes).toString()), i.e. the WHATWG decoder: one U+FFFD per
 * maximal invalid subpart, supplementary characters as surrogate pairs.
 */
#include "../../src/core/ct.h"
#include "unit.h"

/* Decodes len bytes and compares the result with want[0..nwant). */
static void expect_units(const char *bytes, size_t len, const JSChar *want, size_t nwant) {
    JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
    JSValueRef v = ct_js_strn(ctx, bytes, len);
    UT_CHECK(JSValueIsString(ctx, v));
    JSStringRef s = JSValueToStringCopy(ctx, v, NULL);
    size_t n = JSStringGetLength(s);
    const JSChar *got = JSStringGetCharactersPtr(s);
    int same = n == nwant;
    for (size_t i = 0; same && i < n; i++) same = got[i] == want[i];
    if (!same) {
        fprintf(stderr, "    got %zu units:", n);
        for (size_t i = 0; i < n && i < 16; i++) fprintf(stderr, " %04X", got[i]);
        fprintf(stderr, "\n    want %zu units:", nwant);
        for (size_t i = 0; i < nwant && i < 16; i++) fprintf(stderr, " %04X", want[i]);
        fprintf(stderr, "\n");
    }
    JSStringRelease(s);
    JSGlobalContextRelease(ctx);
    UT_CHECK(same);
}

#define EXPECT(bytes, ...)                                                             \
    do {                                                                               \
        static const JSChar want_[] = { __VA_ARGS__ };                                 \
        expect_units(bytes, sizeof(bytes) - 1, want_, sizeof want_ / sizeof want_[0]); \
    } while (0)

static void ascii_and_nul(void) {
    EXPECT("abc", 'a', 'b', 'c');
    EXPECT("a\0b", 'a', 0, 'b'); /* NUL is data, not a terminator */
    expect_units("", 0, NULL, 0);
}

static void two_and_three_byte(void) {
    EXPECT("\xC3\xA9", 0x00E9);           /* é */
    EXPECT("\xE2\x82\xAC", 0x20AC);       /* € */
    EXPECT("\xEF\xBF\xBF", 0xFFFF);       /* the last BMP code point */
    EXPECT("\xEF\xBB\xBFx", 0xFEFF, 'x'); /* a BOM is kept, as Buffer#toString does */
}

static void four_byte_surrogate_pairs(void) {
    EXPECT("\xF0\x9F\x98\x80", 0xD83D, 0xDE00);             /* U+1F600 */
    EXPECT("\xF0\x90\x80\x80", 0xD800, 0xDC00);             /* U+10000 */
    EXPECT("\xF4\x8F\xBF\xBF", 0xDBFF, 0xDFFF);             /* U+10FFFF */
    EXPECT("a\xF0\x9F\x92\xA9z", 'a', 0xD83D, 0xDCA9, 'z'); /* between ASCII */
}

static void invalid_lead_bytes(void) {
    EXPECT("\x80", 0xFFFD); /* lone continuation byte */
    EXPECT("\xFF"
           "a",
           0xFFFD, 'a');
    EXPECT("\xC0\x80", 0xFFFD, 0xFFFD); /* overlong NUL: C0 is never valid */
    EXPECT("\xF5\x80", 0xFFFD, 0xFFFD); /* beyond U+10FFFF */
}

static void truncated_sequences(void) {
    EXPECT("\xE2\x82", 0xFFFD); /* cut at the end: one U+FFFD */
    EXPECT("\xE2\x82"
           "A",
           0xFFFD, 'A');
    EXPECT("\xF0\x9F\x98"
           "A",
           0xFFFD, 'A');
    EXPECT("\xC3", 0xFFFD);
}

static void out_of_range_values(void) {
    EXPECT("\xED\xA0\x80", 0xFFFD, 0xFFFD, 0xFFFD);             /* an encoded surrogate */
    EXPECT("\xE0\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD);             /* overlong 3-byte */
    EXPECT("\xF4\x90\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD); /* > U+10FFFF */
}

/* WHATWG: after E0/ED/F0/F4 the second byte has a narrower range; a byte
 * outside it ends the subpart at once, so E0 80 41 is two U+FFFD and 'A'. */
static void narrow_second_byte_then_truncated(void) {
    EXPECT("\xE0\x80"
           "A",
           0xFFFD, 0xFFFD, 'A');
    EXPECT("\xED\xA0"
           "A",
           0xFFFD, 0xFFFD, 'A');
    EXPECT("\xF0\x80\x80"
           "A",
           0xFFFD, 0xFFFD, 0xFFFD, 'A');
}

/* Longer than ct_js_strn's stack buffer: the heap path. */
static void long_string(void) {
    enum { REPS = 400 };
    char bytes[REPS * 4];
    static JSChar want[REPS * 3];
    for (int i = 0; i < REPS; i++) {
        memcpy(bytes + i * 4, "\xF0\x9F\x98\x80", 4); /* 4 bytes -> 2 units */
        want[i * 2] = 0xD83D;
        want[i * 2 + 1] = 0xDE00;
    }
    expect_units(bytes, sizeof bytes, want, REPS * 2);
    char ascii[1000];
    memset(ascii, 'x', sizeof ascii);
    for (size_t i = 0; i < sizeof ascii; i++) want[i] = 'x';
    expect_units(ascii, sizeof ascii, want, sizeof ascii);
}

static const ut_case cases[] = { { "ascii_and_nul", ascii_and_nul, 0 },
                                 { "two_and_three_byte", two_and_three_byte, 0 },
                                 { "four_byte_surrogate_pairs", four_byte_surrogate_pairs, 0 },
                                 { "invalid_lead_bytes", invalid_lead_bytes, 0 },
                                 { "truncated_sequences", truncated_sequences, 0 },
                                 { "out_of_range_values", out_of_range_values, 0 },
                                 { "narrow_second_byte_then_truncated",
                                   narrow_second_byte_then_truncated, 0 },
                                 { "long_string", long_string, 0 },
                                 { NULL, NULL, 0 } };

int main(int argc, char **argv) { return ut_main(cases, argc, argv); }
