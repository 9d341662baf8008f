/* SPDX-License-Identifier: MIT
 *
 * bindings.c — the registry behind internalBinding(name).
 *
 * Core's list is below; the executable and the extension add theirs with
 * ct_bindings_add() before creating a runtime, so core never names a
 * main-process module. A binding object is built on first use and cached
 * per context (in JS, by the bootstrap), so start-up pays only for what it
 * uses. internalBinding is handed to lib/ builtins only, never to user code.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static const ct_binding_t core_bindings[] = {
    { "buffer", ct_buffer_init },
    { "builtins", ct_builtins_init },
    { "child_process", ct_child_process_init },
    { "constants", ct_constants_init },
    { "crypto", ct_crypto_init },
    { "dns", ct_dns_init },
    { "fs", ct_fs_init },
    { "fs_event_wrap", ct_fs_event_wrap_init },
    { "os", ct_os_init },
    { "process", ct_process_init },
    { "serdes", ct_serdes_init },
    { "signal_wrap", ct_signal_wrap_init },
    { "stream_wrap", ct_stream_wrap_init },
    { "timers", ct_timers_init },
    { "tls", ct_tls_init },
    { "util", ct_util_init },
    { "vm", ct_vm_init },
    { "zlib", ct_zlib_init },
    { NULL, NULL }
};

#define CT__MAX_BINDING_LISTS 4
static const ct_binding_t *extra_lists[CT__MAX_BINDING_LISTS];

void ct_bindings_add(const ct_binding_t *list) {
    for (int i = 0; i < CT__MAX_BINDING_LISTS; i++) {
        if (extra_lists[i] == NULL || extra_lists[i] == list) {
            extra_lists[i] = list;
            return;
        }
    }
    CT_CHECK(!"too many binding lists");
}

void ct_binding_install(JSContextRef ctx, JSObjectRef target, const ct_binding_fn *fns) {
    for (; fns->name != NULL; fns++) ct_js_set_fn(ctx, target, fns->name, fns->fn);
}

static ct_binding_init_fn find(const ct_binding_t *list, const char *name) {
    for (; list != NULL && list->name != NULL; list++)
        if (strcmp(list->name, name) == 0) return list->init;
    return NULL;
}

/* internalBinding(name): a fresh binding object; the JS caller caches it. */
JSValueRef ct__internal_binding(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    char *name = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (name == NULL) return NULL;
    ct_binding_init_fn init = find(core_bindings, name);
    for (int i = 0; init == NULL && i < CT__MAX_BINDING_LISTS; i++) init = find(extra_lists[i], name);
    if (init == NULL) {
        ct_throw_error(ctx, exc, "No such binding: %s", name);
        free(name);
        return NULL;
    }
    free(name);
    JSObjectRef target = JSObjectMake(ctx, NULL, NULL);
    init(ctx, target);
    return target;
}
