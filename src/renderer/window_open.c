/* SPDX-License-Identifier: MIT
 *
 * window_open.c — tells the main process window.open's target name and
 * features. WebKit's UI process learns of a window.open only through the
 * web view's "create" signal, which carries the URL but not the name or the
 * features string, and Electron's setWindowOpenHandler details (frameName,
 * features, disposition) and the child's options (width, height, ...) come
 * from them. Web process.
 *
 * Each frame's main-world window.open is replaced by a native function of
 * the same name and length that sends "cathode:window-open" (name, features)
 * to the view and then calls the original with the same this and arguments:
 * the message and WebKit's own request to create the page travel on the
 * same connection, so main has the name when "create" arrives. Only string
 * arguments are read (a non-string is left to WebKit's own conversion, so
 * the page sees its toString called once, as without us). The original is
 * kept protected per frame route until that frame's next document or its
 * end.
 */
#include <webkit2/webkit-web-extension.h>

#include <stdlib.h>
#include <string.h>

#include "ct.h"
#include "renderer.h"

typedef struct {
    JSGlobalContextRef ctx; /* retained */
    JSObjectRef original;   /* protected in ctx */
    uint64_t page_id;
} open_entry_t;

static GHashTable *by_route; /* route (guint64*) → open_entry_t (owned) */
static GHashTable *by_ctx;   /* JSGlobalContextRef → route (guint64*, borrowed from by_route) */

static void entry_free(gpointer p) {
    open_entry_t *e = p;
    g_hash_table_remove(by_ctx, e->ctx);
    JSValueUnprotect(e->ctx, e->original);
    JSGlobalContextRelease(e->ctx);
    g_free(e);
}

/* A string argument as UTF-8 (at most 4 KiB: a name or features string),
 * or "" for anything else. */
static char *string_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    if (i >= argc || !JSValueIsString(ctx, argv[i])) return g_strdup("");
    char *s = ct_js_to_utf8(ctx, argv[i], NULL);
    char *out = g_strndup(s ? s : "", 4096);
    free(s);
    return out;
}

static JSValueRef open_call(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                            const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    guint64 *route = g_hash_table_lookup(by_ctx, JSContextGetGlobalContext(ctx));
    open_entry_t *e = route ? g_hash_table_lookup(by_route, route) : NULL;
    if (e == NULL) return JSValueMakeNull(ctx);
    WebKitWebPage *page = webkit_web_extension_get_page(ctr_web_extension(), e->page_id);
    if (page != NULL) {
        char *name = string_arg(ctx, argc, argv, 1), *features = string_arg(ctx, argc, argv, 2);
        webkit_web_page_send_message_to_view(
            page, webkit_user_message_new("cathode:window-open", g_variant_new("(ss)", name, features)),
            NULL, NULL, NULL);
        g_free(name);
        g_free(features);
    }
    /* the page's own call, with its own exception if it throws */
    return JSObjectCallAsFunction(ctx, e->original, self, argc, argv, exc);
}

void ctr_window_open_install(WebKitWebPage *page, WebKitFrame *frame, uint64_t route) {
    if (by_route == NULL) {
        by_route = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, entry_free);
        by_ctx = g_hash_table_new(NULL, NULL);
    }
    g_hash_table_remove(by_route, &route);
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    JSGlobalContextRef ctx = webkit_frame_get_javascript_global_context(frame);
    G_GNUC_END_IGNORE_DEPRECATIONS
    if (ctx == NULL) return;
    JSObjectRef global = JSContextGetGlobalObject(ctx);
    JSValueRef original = ct_js_get(ctx, global, "open");
    if (original == NULL || !JSValueIsObject(ctx, original) ||
        !JSObjectIsFunction(ctx, (JSObjectRef)original))
        return;
    open_entry_t *e = g_new0(open_entry_t, 1);
    e->ctx = JSGlobalContextRetain(ctx);
    e->original = (JSObjectRef)original;
    e->page_id = webkit_web_page_get_id(page);
    JSValueProtect(ctx, original);
    guint64 *key = g_new(guint64, 1);
    *key = route;
    g_hash_table_insert(by_route, key, e);
    g_hash_table_insert(by_ctx, ctx, key);
    JSStringRef n = JSStringCreateWithUTF8CString("open");
    JSObjectRef wrapper = JSObjectMakeFunctionWithCallback(ctx, n, open_call);
    JSObjectSetProperty(ctx, global, n, wrapper, kJSPropertyAttributeNone, NULL);
    JSStringRelease(n);
}

void ctr_window_open_forget(uint64_t route) {
    if (by_route != NULL) g_hash_table_remove(by_route, &route);
}
