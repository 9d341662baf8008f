/* SPDX-License-Identifier: MIT
 *
 * clone_impl.h — what clone.c (encoder, shared parts) and clone_read.c
 * (decoder) share. Private to those two files; everyone else uses clone.h.
 */
#ifndef CT_CORE_CLONE_IMPL_H
#define CT_CORE_CLONE_IMPL_H

#include <JavaScriptCore/JavaScript.h>
#include <stdint.h>

/* Helper functions, in the order of HELPER_NAMES. */
enum {
    H_SAMPLES, H_KEYS, H_MAP_ENTRIES, H_SET_VALUES, H_NEW_MAP, H_NEW_SET, H_MAP_SET, H_SET_ADD,
    H_REGEXP, H_UNBOX, H_BOX, H_BIG_TO_HEX, H_BIG_FROM_HEX, H_DATA_VIEW, H_NEW_DATA_VIEW,
    H_ERROR_INFO, H_MAKE_ERROR, H_DESCRIBE, H_DEFINE, H_ORDINARY, H__COUNT
};
/* The helpers of one call. Lives on the C stack, which JSC scans
 * conservatively, so the objects it points at stay alive during the call. */
typedef struct {
    JSContextRef ctx;
    JSObjectRef obj;             /* the helper object, NULL until first use */
    JSObjectRef fns[H__COUNT];   /* looked up on first use */
} ct__clone_helpers_t;

/* Calls helper `h` (evaluating the helper script on first use in the
 * context); NULL with *exc set when it threw. Our own functions, not user
 * callbacks, so they bypass ct_js_call: the caller turns an exception into
 * its own error. */
JSValueRef ct__clone_helper_call(ct__clone_helpers_t *hp, int h, size_t argc, const JSValueRef argv[],
                                 JSValueRef *exc);

/* Buffer.prototype of ctx's global `Buffer`, or NULL where there is none (a
 * bare context, a page). Cannot fail. */
JSValueRef ct__clone_buffer_proto(JSContextRef ctx);

/* Error prototypes in the order of the helper's `errors` array (Error,
 * EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError),
 * with the sub-tag V8 writes for each (0 for Error, which needs none). */
#define CT__CLONE_ERROR_TYPES 7
extern const char ct__clone_error_tags[CT__CLONE_ERROR_TYPES];

/* Node's typed-array host-object type indexes (lib/v8.js): the JSC type of
 * each (None for DataView) and its element size. */
enum { HOST_DATA_VIEW = 9, HOST_BUFFER = 10, HOST_COUNT = 13 };
extern const JSTypedArrayType ct__clone_host_types[HOST_COUNT];
extern const uint8_t ct__clone_host_element_size[HOST_COUNT];

#endif /* CT_CORE_CLONE_IMPL_H */
