/* SPDX-License-Identifier: MIT
 *
 * child_process.c — internalBinding('child_process'): uv_spawn-based processes and spawnSync for lib/node/child_process.js.
 */
#include "internal.h"

static const ct_binding_fn child_process_fns[] = {
    { NULL, NULL, 0 }
};

void ct_child_process_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, child_process_fns);
}
