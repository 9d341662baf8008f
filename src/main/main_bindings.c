/* SPDX-License-Identifier: MIT
 *
 * main_bindings.c — the main process's internalBinding list (ctm_bindings,
 * handed to core through ct_runtime_options_t.extra_bindings by main.c) and
 * the small glue every main-process binding shares: event emitters and
 * forgiving argument readers. (Named so because core has a bindings.c and
 * basenames are unique across src/.)
 *
 * A new main-process module adds one `{ "name", ctm_name_init }` line below
 * (kept sorted) and declares its init in main.h or its own header.
 * Main loop thread only.
 */
#include "main.h"
#include "native_image.h"

#include <stdlib.h>
#include <string.h>

const ct_binding_t ctm_bindings[] = {
    { "app", ctm_app_init },
    { "browser_window", ctm_browser_window_init },
    { "http_client", ctm_http_client_init },
    { "ipc_main", ctm_ipc_main_init },
    { "native_image", ctm_native_image_init },
    { "screen", ctm_screen_init },
    { "session", ctm_session_init },
    { "view", ctm_view_init },
    { "web_contents", ctm_web_contents_init },
    { NULL, NULL }
};

void ctm_emitter_set(ctm_emitter_t *e, JSContextRef ctx, JSValueRef fn) {
    if (e->fn != NULL) JSValueUnprotect(e->ctx, e->fn);
    e->fn = NULL;
    e->ctx = JSContextGetGlobalContext(ctx);
    if (fn != NULL && JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn)) {
        e->fn = (JSObjectRef)fn;
        JSValueProtect(ctx, fn);
    }
}

JSValueRef ctm_emit(ctm_emitter_t *e, int id, const char *name, size_t argc,
                    const JSValueRef argv[]) {
    if (e->fn == NULL) return NULL;
    JSValueRef stackv[12];
    JSValueRef *v = argc + 2 <= G_N_ELEMENTS(stackv) ? stackv
                                                           : malloc((argc + 2) * sizeof *v);
    if (v == NULL) abort();
    v[0] = JSValueMakeNumber(e->ctx, id);
    v[1] = ct_js_str(e->ctx, name);
    for (size_t i = 0; i < argc; i++) v[i + 2] = argv[i];
    JSValueRef r = ct_js_call(e->ctx, e->fn, NULL, argc + 2, v);
    if (v != stackv) free(v);
    return r;
}

double ctm_num(JSContextRef ctx, JSValueRef v, double def) {
    if (v == NULL || !JSValueIsNumber(ctx, v)) return def;
    return JSValueToNumber(ctx, v, NULL);
}

bool ctm_bool(JSContextRef ctx, JSValueRef v, bool def) {
    if (v == NULL || !JSValueIsBoolean(ctx, v)) return def;
    return JSValueToBoolean(ctx, v);
}

char *ctm_str(JSContextRef ctx, JSValueRef v) {
    if (v == NULL || !JSValueIsString(ctx, v)) return NULL;
    char *s = ct_js_to_utf8(ctx, v, NULL);
    if (s == NULL) return NULL;
    char *g = g_strdup(s);
    free(s);
    return g;
}

JSValueRef ctm_prop(JSContextRef ctx, JSValueRef obj, const char *name) {
    if (obj == NULL || !JSValueIsObject(ctx, obj)) return JSValueMakeUndefined(ctx);
    return ct_js_get(ctx, (JSObjectRef)obj, name);
}

GdkRGBA ctm_rgba(JSContextRef ctx, JSValueRef v) {
    GdkRGBA c = { ctm_num(ctx, ctm_prop(ctx, v, "r"), 255) / 255.0,
                  ctm_num(ctx, ctm_prop(ctx, v, "g"), 255) / 255.0,
                  ctm_num(ctx, ctm_prop(ctx, v, "b"), 255) / 255.0,
                  ctm_num(ctx, ctm_prop(ctx, v, "a"), 255) / 255.0 };
    return c;
}
