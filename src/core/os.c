/* SPDX-License-Identifier: MIT
 *
 * os.c — internalBinding('os'): host facts for lib/node/os.js (hostname, cpus, memory, interfaces, users).
 */
#include "internal.h"

static const ct_binding_fn os_fns[] = {
    { NULL, NULL, 0 }
};

void ct_os_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, os_fns);
}
