/* SPDX-License-Identifier: MIT
 *
 * buffer.c — internalBinding('buffer'): byte-level work behind lib/node/buffer.js (encodings, search, compare, fill).
 */
#include "internal.h"

static const ct_binding_fn buffer_fns[] = {
    { NULL, NULL, 0 }
};

void ct_buffer_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, buffer_fns);
}
