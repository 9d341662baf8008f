/* SPDX-License-Identifier: MIT
 *
 * fuzz-clone.c — libFuzzer target for clone.c's decoder, the code that reads
 * structured-clone bytes from untrusted renderers. One JSGlobalContext is
 * made once; each input is decoded in both modes. A value that decodes is
 * serialized again, which must succeed, and decoded again, which must
 * succeed too; the second and third encodings must be identical (the first
 * may differ: e.g. a string key "1" comes back as the number key 1).
 * Built only with -Dfuzz=true (tests/fuzz/meson.build); run by `make fuzz`.
 */
#include "../../src/core/clone.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* JSC's conservative GC scans the machine stack, which ASan's fake stack
 * would hide; JSC keeps its allocations until exit, which LeakSanitizer
 * would report on every run (scripts/run-tests.sh's asan group does the same). */
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}

static JSGlobalContextRef ctx;

static uint8_t *encode(JSValueRef v, int mode, size_t *n) {
    JSValueRef exc = NULL;
    uint8_t *b = ct_clone_serialize(ctx, v, mode, n, &exc);
    if (b == NULL) {
        fprintf(stderr, "fuzz-clone: a decoded value failed to serialize\n");
        abort();
    }
    return b;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (ctx == NULL) ctx = JSGlobalContextCreate(NULL);
    uint8_t *buf = malloc(size ? size : 1);
    if (buf == NULL) return 0;
    memcpy(buf, data, size);
    for (int mode = CT_CLONE_NODE; mode <= CT_CLONE_IPC; mode++) {
        JSValueRef exc = NULL;
        JSValueRef v = ct_clone_deserialize(ctx, buf, size, mode, &exc);
        if ((v == NULL) == (exc == NULL)) abort(); /* exactly one of value and error */
        if (v == NULL) continue;
        size_t n1, n2;
        uint8_t *b1 = encode(v, mode, &n1);
        JSValueRef v2 = ct_clone_deserialize(ctx, b1, n1, mode, &exc);
        if (v2 == NULL) {
            fprintf(stderr, "fuzz-clone: our own encoding failed to decode\n");
            abort();
        }
        uint8_t *b2 = encode(v2, mode, &n2);
        JSValueRef v3 = ct_clone_deserialize(ctx, b2, n2, mode, &exc);
        if (v3 == NULL) abort();
        size_t n3;
        uint8_t *b3 = encode(v3, mode, &n3);
        if (n3 != n2 || memcmp(b2, b3, n2) != 0) {
            fprintf(stderr, "fuzz-clone: encoding is not stable\n");
            abort();
        }
        free(b1);
        free(b2);
        free(b3);
    }
    free(buf);
    return 0;
}
