/* SPDX-License-Identifier: MIT
 *
 * serdes.c — internalBinding('serdes'): the structured-clone codec of
 * clone.c for lib/node/v8.js (v8.serialize, v8.deserialize and the
 * Serializer/Deserializer classes, which add the header and raw fields in JS).
 *
 * Input bytes are copied before decoding: decoding creates objects, and a
 * setter a script put on Object.prototype could otherwise detach or shrink
 * the buffer being read. Loop thread only.
 */
#include "clone.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                         \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)

static int serdes_mode(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    return JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, i), NULL) == CT_CLONE_IPC ? CT_CLONE_IPC
                                                                                     : CT_CLONE_NODE;
}

/* A malloc'ed copy of the bytes of a typed array, DataView-less; NULL with a
 * TypeError thrown when v has none. Caller frees with free(). */
static uint8_t *serdes_copy_bytes(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc) {
    uint8_t *data;
    if (!ct_js_bytes(ctx, v, &data, len)) {
        ct_throw_code(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                      "The \"buffer\" argument must be an instance of Buffer, TypedArray, or DataView.");
        return NULL;
    }
    uint8_t *copy = malloc(*len ? *len : 1);
    CT_CHECK(copy != NULL);
    if (*len) memcpy(copy, data, *len);
    return copy;
}

static JSValueRef serdes_write(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, bool header) {
    size_t n;
    JSValueRef v = ct_js_arg(ctx, argc, argv, 0);
    int mode = serdes_mode(ctx, argc, argv, 1);
    uint8_t *b = header ? ct_clone_serialize(ctx, v, mode, &n, exc)
                        : ct_clone_write_value(ctx, v, mode, &n, exc);
    if (b == NULL) return NULL;
    return ct_js_uint8array_take(ctx, b, n);
}

/* serialize(value, mode): Uint8Array with the header; throws what clone.c
 * reports. */
BINDING(serdes_serialize) {
    (void)fn, (void)self;
    return serdes_write(ctx, argc, argv, exc, true);
}

/* writeValue(value, mode): the same without the header. */
BINDING(serdes_write_value) {
    (void)fn, (void)self;
    return serdes_write(ctx, argc, argv, exc, false);
}

/* deserialize(bytes, mode): the value; throws on malformed input. */
BINDING(serdes_deserialize) {
    (void)fn, (void)self;
    size_t len;
    uint8_t *b = serdes_copy_bytes(ctx, ct_js_arg(ctx, argc, argv, 0), &len, exc);
    if (b == NULL) return NULL;
    JSValueRef v = ct_clone_deserialize(ctx, b, len, serdes_mode(ctx, argc, argv, 1), exc);
    free(b);
    return v;
}

/* readValue(bytes, offset, mode): [value, offset after it]. */
BINDING(serdes_read_value) {
    (void)fn, (void)self;
    size_t len;
    double off = JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 1), NULL);
    uint8_t *b = serdes_copy_bytes(ctx, ct_js_arg(ctx, argc, argv, 0), &len, exc);
    if (b == NULL) return NULL;
    size_t pos = off >= 0 && off <= (double)len ? (size_t)off : len + 1;
    JSValueRef v = ct_clone_read_value(ctx, b, len, &pos, serdes_mode(ctx, argc, argv, 2), exc);
    free(b);
    if (v == NULL) return NULL;
    JSValueRef pair[2] = { v, JSValueMakeNumber(ctx, (double)pos) };
    return JSObjectMakeArray(ctx, 2, pair, exc);
}

static const ct_binding_fn serdes_fns[] = {
    { "deserialize", serdes_deserialize, 2 },
    { "readValue", serdes_read_value, 3 },
    { "serialize", serdes_serialize, 2 },
    { "writeValue", serdes_write_value, 2 },
    { NULL, NULL, 0 }
};

void ct_serdes_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, serdes_fns);
    ct_js_set(ctx, target, "MODE_NODE", JSValueMakeNumber(ctx, CT_CLONE_NODE));
    ct_js_set(ctx, target, "MODE_IPC", JSValueMakeNumber(ctx, CT_CLONE_IPC));
    ct_js_set(ctx, target, "VERSION", JSValueMakeNumber(ctx, CT_CLONE_VERSION));
}
