/* SPDX-License-Identifier: MIT
 *
 * util.c — internalBinding('util'): engine introspection util.inspect needs that JS cannot do (proxy targets).
 */
#include "internal.h"

static const ct_binding_fn util_fns[] = {
    { NULL, NULL, 0 }
};

void ct_util_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, util_fns);
}
