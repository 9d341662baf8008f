/* SPDX-License-Identifier: MIT
 *
 * extension.c — the cathode web extension: loaded by WebKit into every web
 * process (renderer), once per process, before any page exists.
 *
 * It tells the main process which process hosts each page (the pid behind
 * webContents.getOSProcessId()) and forwards dom-ready and console messages
 * as WebKitUserMessages ("cathode:<what>", checked by src/main/web_contents.c).
 *
 * IPC runs over cathode's own Unix socket (channel.c; frames from
 * src/core/wire.c; see src/main/ipc_main.c). At window-object-cleared of a page's main frame the extension asks the
 * main process synchronously for the page's webPreferences and preload
 * source, so the preload runs before any page script, also in a web process
 * WebKit swapped in on navigation. With contextIsolation the preload runs in
 * an isolated WebKit script world over the same DOM. lib/electron/renderer/
 * (embedded, js_sources_renderer.c) is the policy: ipcRenderer,
 * contextBridge, the sandboxed require.
 *
 * A page whose webPreferences allow Node (nodeIntegration, or sandbox: false
 * for its preload) gets libcathode-core's runtime installed into the
 * preload's world before init runs: one runtime per page load, with its own
 * libuv loop joined to this process's GLib loop, disposed when the page
 * navigates away or closes. Web process main thread only.
 *
 * Sub-frames (iframes in this process) are numbered here, and every frame
 * is addressed by a route (page id + frame index, wire.h): the JS side's
 * "pageId" is that route, so one init/ipcRenderer/Node runtime serves each
 * frame that gets one. A sub-frame asks for prefs too (with its URL, so main
 * knows its frames) and gets the preload and Node only when
 * webPreferences.nodeIntegrationInSubFrames is set, as in Electron.
 */
#include <webkit2/webkit-web-extension.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clone.h"
#include "ct.h"
#include "renderer.h"
#include "wire.h"

static WebKitWebExtension *extension; /* borrowed: lives for the process */

WebKitWebExtension *ctr_web_extension(void) { return extension; }
static WebKitScriptWorld *isolated_world; /* owned: created on first use */
static GHashTable *isolated_pages;        /* page ids whose preload runs isolated */
static GHashTable *node_pages;            /* route → its ct_runtime_t (Node in the frame) */
static GHashTable *sub_frames;            /* route → WebKitFrame (a live sub-frame, borrowed) */
static GHashTable *frame_routes;          /* webkit_frame_get_id → route of a sub-frame */
static uint32_t next_frame = 1;

#define DISPATCH_NAME "__cathode_ipc_dispatch"

static void send_to_view(WebKitWebPage *page, const char *name, GVariant *params) {
    /* floating message and params: the send call sinks both */
    webkit_web_page_send_message_to_view(page, webkit_user_message_new(name, params), NULL, NULL,
                                         NULL);
}

/* The frame a route names, or NULL when it is gone. */
static WebKitFrame *route_frame(uint64_t route) {
    if ((route >> CT_WIRE_FRAME_SHIFT) != 0) return g_hash_table_lookup(sub_frames, &route);
    WebKitWebPage *page = webkit_web_extension_get_page(extension, route);
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    return page ? webkit_web_page_get_main_frame(page) : NULL;
    G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The JS context of a frame's preload world (isolated or main), or NULL. */
static JSGlobalContextRef page_context(uint64_t route, bool main_world) {
    WebKitFrame *frame = route_frame(route);
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    bool iso = !main_world && g_hash_table_contains(isolated_pages, &route);
    return frame ? webkit_frame_get_javascript_context_for_script_world(
                       frame, iso ? isolated_world : webkit_script_world_get_default())
                 : NULL;
    G_GNUC_END_IGNORE_DEPRECATIONS
}

static JSValueRef str_value(JSContextRef ctx, const char *s, size_t n) {
    char *z = g_strndup(s, n);
    JSStringRef js = JSStringCreateWithUTF8CString(z);
    g_free(z);
    JSValueRef v = JSValueMakeString(ctx, js);
    JSStringRelease(js);
    return v;
}

static void report(JSContextRef ctx, JSValueRef e) {
    JSStringRef s = JSValueToStringCopy(ctx, e, NULL);
    if (s == NULL) return;
    size_t n = JSStringGetMaximumUTF8CStringSize(s);
    char *b = g_malloc(n);
    JSStringGetUTF8CString(s, b, n);
    g_printerr("cathode renderer: %s\n", b);
    g_free(b);
    JSStringRelease(s);
}

static JSGlobalContextRef world_context(uint64_t route, int world_id);
static void run_exec(const ct_wire_frame_t *f);

/* Hands one frame from main to the page's dispatcher: (kind, channel, reqId, payload). */
void ctr_dispatch_frame(const ct_wire_frame_t *f) {
    if (f->kind == CT_WIRE_EXEC) {
        run_exec(f);
        return;
    }
    JSGlobalContextRef ctx = page_context(CT_WIRE_ROUTE(f->page_id, f->frame), false);
    if (ctx == NULL) return;
    JSStringRef name = JSStringCreateWithUTF8CString(DISPATCH_NAME);
    JSValueRef fn = JSObjectGetProperty(ctx, JSContextGetGlobalObject(ctx), name, NULL);
    JSStringRelease(name);
    if (fn == NULL || !JSValueIsObject(ctx, fn) || !JSObjectIsFunction(ctx, (JSObjectRef)fn))
        return;
    /* the payload is decoded here, straight from the frame: (kind,
     * channel, reqId, value, ok); ok false for bytes that do not decode */
    JSValueRef e = NULL;
    JSValueRef v = ct_clone_deserialize(ctx, f->payload, f->payload_len, CT_CLONE_IPC, &e);
    JSValueRef a[5] = {
        JSValueMakeNumber(ctx, f->kind),
        str_value(ctx, f->channel, f->channel_len),
        JSValueMakeNumber(ctx, f->req_id),
        v != NULL ? v : JSValueMakeUndefined(ctx),
        JSValueMakeBoolean(ctx, v != NULL),
    };
    e = NULL;
    if (JSObjectCallAsFunction(ctx, (JSObjectRef)fn, NULL, 5, a, &e) == NULL && e) report(ctx, e);
}

/* ---- the binding handed to lib/electron/renderer/init.js ---- */

#define FN(name)                                                                        \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, \
                           const JSValueRef argv[], JSValueRef *exc)

static char *arg_str(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, size_t *len) {
    if (i >= argc) {
        *len = 0;
        return g_strdup("");
    }
    JSStringRef s = JSValueToStringCopy(ctx, argv[i], NULL);
    if (s == NULL) {
        *len = 0;
        return g_strdup("");
    }
    size_t n = JSStringGetMaximumUTF8CStringSize(s);
    char *b = g_malloc(n);
    *len = JSStringGetUTF8CString(s, b, n) - 1;
    JSStringRelease(s);
    return b;
}

static double arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    return i < argc && JSValueIsNumber(ctx, argv[i]) ? JSValueToNumber(ctx, argv[i], NULL) : 0;
}

static void throw_str(JSContextRef ctx, JSValueRef *exc, const char *msg) {
    JSValueRef a[1] = { str_value(ctx, msg, strlen(msg)) };
    *exc = JSObjectMakeError(ctx, 1, a, NULL);
}

/* post(pageId, kind, channel, value[, reqId]) → request id (a port's id for
 * the port frames, else a new one). value (the argument list) is
 * serialized here with Electron's clone rules, throwing "An object could
 * not be cloned." for what they refuse, and written without a copy. */
FN(b_post) {
    (void)fn; (void)self;
    uint64_t page = (uint64_t)arg_num(ctx, argc, argv, 0);
    int kind = (int)arg_num(ctx, argc, argv, 1);
    if (kind != CT_WIRE_SEND && kind != CT_WIRE_INVOKE && kind != CT_WIRE_POST_MESSAGE &&
        kind != CT_WIRE_PORT_MESSAGE && kind != CT_WIRE_PORT_CLOSE) {
        throw_str(ctx, exc, "bad ipc kind");
        return NULL;
    }
    size_t plen;
    uint8_t *pl = ct_clone_serialize(ctx, argc > 3 ? argv[3] : JSValueMakeUndefined(ctx), CT_CLONE_IPC,
                                     &plen, exc);
    if (pl == NULL) return NULL;
    size_t clen;
    char *ch = arg_str(ctx, argc, argv, 2, &clen);
    uint32_t req = argc > 4 ? (uint32_t)arg_num(ctx, argc, argv, 4) : ctr_channel_next_req();
    int r = ctr_channel_post((uint8_t)kind, page, req, ch, clen, (const char *)pl, plen);
    g_free(ch);
    free(pl);
    /* a closed connection means main is gone or quitting: nothing to tell */
    if (r < 0 && r != -ENOTCONN && r != -EPIPE && r != -ECONNRESET)
        g_warning("cathode: ipc message lost: %s", g_strerror(-r));
    return JSValueMakeNumber(ctx, req);
}

/* sendSync(pageId, channel, value) → the reply's value (decoded), or
 * throws: the value does not clone, the main process is gone, or its reply
 * does not decode. */
FN(b_send_sync) {
    (void)fn; (void)self;
    uint64_t page = (uint64_t)arg_num(ctx, argc, argv, 0);
    size_t plen, rlen = 0;
    uint8_t *pl = ct_clone_serialize(ctx, argc > 2 ? argv[2] : JSValueMakeUndefined(ctx), CT_CLONE_IPC,
                                     &plen, exc);
    if (pl == NULL) return NULL;
    size_t clen;
    char *ch = arg_str(ctx, argc, argv, 1, &clen);
    uint32_t req = ctr_channel_next_req();
    int r = ctr_channel_post(CT_WIRE_SYNC, page, req, ch, clen, (const char *)pl, plen);
    g_free(ch);
    free(pl);
    char *reply = r == 0 ? ctr_channel_wait(CT_WIRE_SYNC_REPLY, req, &rlen) : NULL;
    if (reply == NULL) {
        throw_str(ctx, exc, "The main process is not reachable");
        return NULL;
    }
    JSValueRef v = ct_clone_deserialize(ctx, (const uint8_t *)reply, rlen, CT_CLONE_IPC, exc);
    g_free(reply);
    return v;
}

/* compile(source, url, params) → a function with those parameters. Runs as a
 * script from C, so the page's CSP (no eval) does not apply. */
FN(b_compile) {
    (void)fn; (void)self;
    size_t n1, n2, n3;
    char *src = arg_str(ctx, argc, argv, 0, &n1);
    char *url = arg_str(ctx, argc, argv, 1, &n2);
    char *params = arg_str(ctx, argc, argv, 2, &n3);
    char *code = g_strdup_printf("(function (%s) {%s\n})", params, src);
    JSStringRef s = JSStringCreateWithUTF8CString(code);
    JSStringRef u = JSStringCreateWithUTF8CString(url);
    JSValueRef r = JSEvaluateScript(ctx, s, NULL, u, 1, exc);
    JSStringRelease(s);
    JSStringRelease(u);
    g_free(code);
    g_free(src);
    g_free(url);
    g_free(params);
    return r;
}

/* source(id) → an embedded lib/electron/renderer module's text, or undefined */
FN(b_source) {
    (void)fn; (void)self; (void)exc;
    size_t n;
    char *id = arg_str(ctx, argc, argv, 0, &n);
    JSValueRef r = JSValueMakeUndefined(ctx);
    for (const ct_js_source_t *s = ctr_js_sources; s->id; s++)
        if (strcmp(s->id, id) == 0) {
            r = str_value(ctx, s->source, s->length);
            break;
        }
    g_free(id);
    return r;
}

/* Electron's world ids: 0 is the page's own world, 999 the preload's
 * isolated world; any other id names a script world made on first use. */
#define WORLD_MAIN 0
#define WORLD_ISOLATED 999

static GHashTable *worlds; /* world id → WebKitScriptWorld (owned) */

static JSGlobalContextRef world_context(uint64_t page_id, int world_id) {
    if (world_id == WORLD_MAIN) return page_context(page_id, true);
    if (world_id == WORLD_ISOLATED && g_hash_table_contains(isolated_pages, &page_id))
        return page_context(page_id, false);
    WebKitFrame *frame = route_frame(page_id);
    if (frame == NULL) return NULL;
    WebKitScriptWorld *w = g_hash_table_lookup(worlds, GINT_TO_POINTER(world_id));
    if (w == NULL) {
        char *name = g_strdup_printf("cathode-world-%d", world_id);
        w = webkit_script_world_new_with_name(name);
        g_free(name);
        g_hash_table_insert(worlds, GINT_TO_POINTER(world_id), w);
    }
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    return webkit_frame_get_javascript_context_for_script_world(frame, w);
    G_GNUC_END_IGNORE_DEPRECATIONS
}

/* expose(pageId, worldId, key, value): copies value into that world of the
 * page as a read-only global (contextBridge.exposeIn*World). */
FN(b_expose) {
    (void)fn; (void)self;
    uint64_t page = (uint64_t)arg_num(ctx, argc, argv, 0);
    JSGlobalContextRef dst = world_context(page, (int)arg_num(ctx, argc, argv, 1));
    if (dst == NULL || argc < 4) {
        throw_str(ctx, exc, "contextBridge: the page is gone");
        return NULL;
    }
    size_t n;
    char *key = arg_str(ctx, argc, argv, 2, &n);
    JSStringRef k = JSStringCreateWithUTF8CString(key);
    g_free(key);
    if (JSObjectHasProperty(dst, JSContextGetGlobalObject(dst), k)) {
        JSStringRelease(k);
        throw_str(ctx, exc, "Cannot bind an API on top of an existing property on the window object");
        return NULL;
    }
    JSValueRef v = ctr_bridge_copy(JSContextGetGlobalContext(ctx), dst, argv[3], exc);
    if (v == NULL) {
        JSStringRelease(k);
        return NULL;
    }
    JSObjectSetProperty(dst, JSContextGetGlobalObject(dst), k, v,
                        kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontDelete, NULL);
    JSStringRelease(k);
    return JSValueMakeUndefined(ctx);
}

/* evaluate(pageId, worldId, code, url) → the completion value of code run as
 * a script in that world, copied into the caller's world (a promise stays a
 * promise); what it throws is copied and thrown. Runs from C, so the page's
 * CSP does not apply (as for Electron's webFrame.executeJavaScript). */
FN(b_evaluate) {
    (void)fn; (void)self;
    uint64_t page = (uint64_t)arg_num(ctx, argc, argv, 0);
    JSGlobalContextRef src = world_context(page, (int)arg_num(ctx, argc, argv, 1));
    if (src == NULL) {
        throw_str(ctx, exc, "webFrame: the page is gone");
        return NULL;
    }
    size_t n1, n2;
    char *code = arg_str(ctx, argc, argv, 2, &n1);
    char *url = arg_str(ctx, argc, argv, 3, &n2);
    JSStringRef s = JSStringCreateWithUTF8CString(code);
    JSStringRef u = *url ? JSStringCreateWithUTF8CString(url) : NULL;
    JSValueRef e = NULL;
    JSValueRef r = JSEvaluateScript(src, s, NULL, u, 1, &e);
    JSStringRelease(s);
    if (u) JSStringRelease(u);
    g_free(code);
    g_free(url);
    JSGlobalContextRef here = JSContextGetGlobalContext(ctx);
    if (src == here) {
        if (r == NULL) *exc = e;
        return r;
    }
    if (r == NULL) {
        JSValueRef copy_exc = NULL;
        JSValueRef err = e ? ctr_bridge_copy(src, here, e, &copy_exc) : NULL;
        *exc = err ? err : copy_exc;
        return NULL;
    }
    return ctr_bridge_copy(src, here, r, exc);
}

/* mainWorldEvalAllowed(pageId) → whether eval runs in the page's own world
 * (no Content-Security-Policy, or one with 'unsafe-eval'): the security
 * warnings' CSP check, which the preload's world cannot make itself. */
FN(b_main_world_eval_allowed) {
    (void)fn; (void)self; (void)exc;
    JSGlobalContextRef main = page_context((uint64_t)arg_num(ctx, argc, argv, 0), true);
    if (main == NULL) return JSValueMakeBoolean(ctx, false);
    JSStringRef s = JSStringCreateWithUTF8CString(
        "(function () { try { eval(''); } catch (e) { return false; } return true; })()");
    JSValueRef r = JSEvaluateScript(main, s, NULL, NULL, 1, NULL);
    JSStringRelease(s);
    return JSValueMakeBoolean(ctx, r != NULL && JSValueToBoolean(main, r));
}

/* log(text): stderr of the web process, for the extension's own diagnostics */
FN(b_log) {
    (void)fn; (void)self; (void)exc;
    size_t n;
    char *s = arg_str(ctx, argc, argv, 0, &n);
    g_printerr("%s\n", s);
    g_free(s);
    return JSValueMakeUndefined(ctx);
}

/* nodeBuiltin(id) → exports of a builtin module of the page's Node runtime
 * (only on the binding of a page with Node) */
FN(b_node_builtin) {
    (void)fn; (void)self; (void)exc;
    size_t n;
    char *id = arg_str(ctx, argc, argv, 0, &n);
    JSValueRef r = ct_require_builtin(ctx, id);
    g_free(id);
    return r != NULL ? r : JSValueMakeUndefined(ctx);
}

/* ---- executeJavaScript from main (CT_WIRE_EXEC) ---- */

/* Posts the clone of [ok, value] as the reply to request req; a value that
 * cannot be cloned turns into the clone error. */
static void exec_reply(JSContextRef ctx, uint64_t route, uint32_t req, bool ok, JSValueRef v) {
    JSValueRef pair[2] = { JSValueMakeBoolean(ctx, ok), v };
    JSValueRef e = NULL;
    size_t n = 0;
    uint8_t *b = ct_clone_serialize(ctx, JSObjectMakeArray(ctx, 2, pair, NULL), CT_CLONE_IPC, &n, &e);
    if (b == NULL && ok) {
        /* A value the clone refuses (a DOM Event, an object holding a
         * function) arrives as its plain data, as Electron's copy of it
         * into the caller's world does: own enumerable properties. */
        JSStringRef json = JSValueCreateJSONString(ctx, v, 0, NULL);
        JSValueRef plain = json ? JSValueMakeFromJSONString(ctx, json) : NULL;
        if (json) JSStringRelease(json);
        if (plain != NULL) {
            pair[1] = plain;
            b = ct_clone_serialize(ctx, JSObjectMakeArray(ctx, 2, pair, NULL), CT_CLONE_IPC, &n, NULL);
        }
    }
    if (b == NULL && e != NULL) {
        JSValueRef pair2[2] = { JSValueMakeBoolean(ctx, false), e };
        b = ct_clone_serialize(ctx, JSObjectMakeArray(ctx, 2, pair2, NULL), CT_CLONE_IPC, &n, NULL);
    }
    ctr_channel_post(CT_WIRE_EXEC_REPLY, route, req, NULL, 0, (const char *)b, b ? n : 0);
    free(b);
}

/* done(reqId, route, ok, value): the settled result of an exec */
FN(b_exec_done) {
    (void)fn; (void)self; (void)exc;
    uint32_t req = (uint32_t)arg_num(ctx, argc, argv, 0);
    uint64_t route = (uint64_t)arg_num(ctx, argc, argv, 1);
    bool ok = argc > 2 && JSValueToBoolean(ctx, argv[2]);
    exec_reply(ctx, route, req, ok, argc > 3 ? argv[3] : JSValueMakeUndefined(ctx));
    return JSValueMakeUndefined(ctx);
}

/* Runs the code of an EXEC frame from C in the frame's world (so the
 * page's CSP does not apply, as for Electron's executeJavaScript) and
 * replies once its value, awaited when a promise, settles. */
static void run_exec(const ct_wire_frame_t *f) {
    uint64_t route = CT_WIRE_ROUTE(f->page_id, f->frame);
    char *world = g_strndup(f->channel, f->channel_len);
    JSGlobalContextRef ctx = world_context(route, (int)g_ascii_strtoll(world, NULL, 10));
    g_free(world);
    if (ctx == NULL) {
        ctr_channel_post(CT_WIRE_EXEC_REPLY, route, f->req_id, NULL, 0, NULL, 0);
        return;
    }
    JSValueRef e = NULL;
    JSValueRef code = ct_clone_deserialize(ctx, f->payload, f->payload_len, CT_CLONE_IPC, &e);
    JSStringRef s = code != NULL && JSValueIsString(ctx, code) ? JSValueToStringCopy(ctx, code, NULL) : NULL;
    if (s == NULL) {
        ctr_channel_post(CT_WIRE_EXEC_REPLY, route, f->req_id, NULL, 0, NULL, 0);
        return;
    }
    JSValueRef r = JSEvaluateScript(ctx, s, NULL, NULL, 1, &e);
    JSStringRelease(s);
    if (r == NULL) {
        exec_reply(ctx, route, f->req_id, false, e ? e : JSValueMakeUndefined(ctx));
        return;
    }
    static const char settle[] =
        "(function (value, req, route, done) {"
        "  Promise.resolve(value).then((v) => done(req, route, true, v),"
        "                              (e) => done(req, route, false, e)); })";
    JSStringRef ss = JSStringCreateWithUTF8CString(settle);
    JSValueRef fnv = JSEvaluateScript(ctx, ss, NULL, NULL, 1, NULL);
    JSStringRelease(ss);
    JSStringRef dn = JSStringCreateWithUTF8CString("done");
    JSValueRef a[4] = { r, JSValueMakeNumber(ctx, f->req_id), JSValueMakeNumber(ctx, (double)route),
                        JSObjectMakeFunctionWithCallback(ctx, dn, b_exec_done) };
    JSStringRelease(dn);
    if (fnv == NULL || !JSValueIsObject(ctx, fnv) ||
        JSObjectCallAsFunction(ctx, (JSObjectRef)fnv, NULL, 4, a, NULL) == NULL)
        exec_reply(ctx, route, f->req_id, true, r); /* a page without working promises */
}

static void set_fn(JSContextRef ctx, JSObjectRef o, const char *name,
                   JSObjectCallAsFunctionCallback cb) {
    JSStringRef s = JSStringCreateWithUTF8CString(name);
    JSObjectSetProperty(ctx, o, s, JSObjectMakeFunctionWithCallback(ctx, s, cb),
                        kJSPropertyAttributeNone, NULL);
    JSStringRelease(s);
}

/* Runs electron/renderer/init in ctx: (binding, pageId, prefsJson), where
 * pageId is the frame's route. */
static void run_init(JSGlobalContextRef ctx, uint64_t page_id, const char *prefs, bool node) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    if (node) set_fn(ctx, b, "nodeBuiltin", b_node_builtin);
    set_fn(ctx, b, "post", b_post);
    set_fn(ctx, b, "sendSync", b_send_sync);
    set_fn(ctx, b, "compile", b_compile);
    set_fn(ctx, b, "source", b_source);
    set_fn(ctx, b, "expose", b_expose);
    set_fn(ctx, b, "evaluate", b_evaluate);
    set_fn(ctx, b, "log", b_log);
    set_fn(ctx, b, "mainWorldEvalAllowed", b_main_world_eval_allowed);
    const ct_js_source_t *init = NULL;
    for (const ct_js_source_t *s = ctr_js_sources; s->id; s++)
        if (strcmp(s->id, "electron/renderer/init") == 0) init = s;
    if (init == NULL) return;
    char *code = g_strdup_printf("(function (binding, pageId, prefsJson) {%.*s\n})",
                                 (int)init->length, init->source);
    JSStringRef s = JSStringCreateWithUTF8CString(code);
    JSStringRef u = JSStringCreateWithUTF8CString("electron/renderer/init");
    JSValueRef e = NULL;
    JSValueRef f = JSEvaluateScript(ctx, s, NULL, u, 1, &e);
    JSStringRelease(s);
    JSStringRelease(u);
    g_free(code);
    if (f == NULL || !JSValueIsObject(ctx, f)) {
        if (e) report(ctx, e);
        return;
    }
    JSValueRef a[3] = { b, JSValueMakeNumber(ctx, (double)page_id),
                        str_value(ctx, prefs, strlen(prefs)) };
    if (JSObjectCallAsFunction(ctx, (JSObjectRef)f, NULL, 3, a, &e) == NULL && e) report(ctx, e);
}

/* ---- Node in a page ---- */

static void node_page_free(gpointer rt) { ct_runtime_dispose(rt); }

/* Installs Node into ctx for page_id, replacing the runtime of the page's
 * previous document. The runtime's libuv loop joins this thread's GLib loop. */
static bool node_install(JSGlobalContextRef ctx, uint64_t page_id) {
    g_hash_table_remove(node_pages, &page_id); /* disposes the old one */
    static char *argv0;
    if (argv0 == NULL) argv0 = g_strdup("cathode");
    ct_runtime_options_t o = {
        .flags = CT_RT_RENDERER,
        .argc = 1,
        .argv = &argv0,
        .extra_sources = ctr_js_sources,
        .context = ctx,
    };
    ct_runtime_t *rt = ct_runtime_new(&o);
    if (rt == NULL) return false;
    ct_loop_attach_glib(rt);
    guint64 *key = g_new(guint64, 1);
    *key = page_id;
    g_hash_table_insert(node_pages, key, rt);
    return true;
}

static void on_page_gone(gpointer data, GObject *page) {
    (void)page;
    guint64 id = (guint64)(uintptr_t)data;
    g_hash_table_remove(node_pages, &id);
    g_hash_table_remove(isolated_pages, &id);
}

/* ---- page lifecycle ---- */

/* A sub-frame went away (removed, or its page navigated): its Node ends and
 * main forgets it ('ct:frame-gone', answered in lib/electron/main/ipc_main.js). */
static void on_sub_frame_gone(gpointer data, GObject *frame) {
    (void)frame;
    guint64 route = *(guint64 *)data;
    g_hash_table_remove(sub_frames, &route);
    g_hash_table_remove(node_pages, &route);
    g_hash_table_remove(isolated_pages, &route);
    ctr_window_open_forget(route);
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, frame_routes);
    while (g_hash_table_iter_next(&it, &k, &v))
        if (*(guint64 *)v == route) g_hash_table_iter_remove(&it);
    ctr_channel_post(CT_WIRE_SEND, route, 0, "ct:frame-gone", strlen("ct:frame-gone"), NULL, 0);
    g_free(data);
}

/* The route of a frame: the page id for a main frame, else the page id and
 * an index this process gives the sub-frame on first sight. Indexes stay
 * below 2^12 so that a route is exact as a JS number. */
static uint64_t frame_route(WebKitWebPage *page, WebKitFrame *frame) {
    uint64_t page_id = webkit_web_page_get_id(page);
    if (webkit_frame_is_main_frame(frame)) return page_id;
    guint64 fid = webkit_frame_get_id(frame);
    guint64 *known = g_hash_table_lookup(frame_routes, &fid);
    if (known != NULL) return *known;
    uint64_t route;
    do {
        route = CT_WIRE_ROUTE(page_id, next_frame);
        next_frame = next_frame % 4095 + 1;
    } while (g_hash_table_contains(sub_frames, &route));
    guint64 *k1 = g_new(guint64, 1), *k2 = g_new(guint64, 1), *r = g_new(guint64, 1);
    *k1 = route;
    *k2 = fid;
    *r = route;
    g_hash_table_insert(sub_frames, k1, frame);
    g_hash_table_insert(frame_routes, k2, g_memdup2(r, sizeof *r));
    g_object_weak_ref(G_OBJECT(frame), on_sub_frame_gone, r);
    return route;
}

static void on_window_object_cleared(WebKitScriptWorld *world, WebKitWebPage *page,
                                     WebKitFrame *frame, gpointer data) {
    (void)data;
    uint64_t route = frame_route(page, frame);
    ctr_window_open_install(page, frame, route);
    if (!ctr_channel_connect()) return;
    bool main_frame = webkit_frame_is_main_frame(frame);
    uint32_t req = ctr_channel_next_req();
    /* a sub-frame tells main its URL with the request */
    const char *uri = main_frame ? NULL : webkit_frame_get_uri(frame);
    if (ctr_channel_post(CT_WIRE_PREFS, route, req, NULL, 0, uri, uri ? strlen(uri) : 0) < 0) return;
    char *prefs = ctr_channel_wait(CT_WIRE_PREFS_REPLY, req, NULL);
    if (prefs == NULL) return;
    /* prefs is JSON.stringify's output in lib/electron/main/ipc_main.js. No
     * preload and no nodeIntegration (or a sub-frame without
     * nodeIntegrationInSubFrames): nothing in the frame can listen, so no
     * world and no init (and the previous document's Node, if any, ends) */
    bool node_integration = strstr(prefs, "\"nodeIntegration\":true") != NULL;
    bool wanted = strstr(prefs, "\"preload\":\"") != NULL || node_integration;
    if (!main_frame && strstr(prefs, "\"nodeIntegrationInSubFrames\":true") == NULL) wanted = false;
    if (!wanted) {
        g_hash_table_remove(node_pages, &route);
        g_free(prefs);
        return;
    }
    bool iso = strstr(prefs, "\"contextIsolation\":false") == NULL;
    bool node = node_integration || strstr(prefs, "\"sandbox\":false") != NULL;
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    JSGlobalContextRef ctx;
    if (iso) {
        if (isolated_world == NULL) isolated_world = webkit_script_world_new();
        guint64 *key = g_new(guint64, 1);
        *key = route;
        g_hash_table_add(isolated_pages, key);
        ctx = webkit_frame_get_javascript_context_for_script_world(frame, isolated_world);
    } else {
        g_hash_table_remove(isolated_pages, &route);
        ctx = webkit_frame_get_javascript_context_for_script_world(frame, world);
    }
    G_GNUC_END_IGNORE_DEPRECATIONS
    if (ctx != NULL) {
        if (node && !node_install(ctx, route)) node = false;
        if (!node) g_hash_table_remove(node_pages, &route);
        run_init(ctx, route, prefs, node);
    }
    g_free(prefs);
}

/* dom-ready carries the document's title: WebKit tells the UI process the
 * title only after the load has finished, and Electron's window title is
 * the page's by then. Read from the page's own world, as the page set it. */
static void on_document_loaded(WebKitWebPage *page, gpointer data) {
    (void)data;
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    WebKitFrame *frame = webkit_web_page_get_main_frame(page);
    JSGlobalContextRef ctx = frame ? webkit_frame_get_javascript_global_context(frame) : NULL;
    G_GNUC_END_IGNORE_DEPRECATIONS
    char *title = NULL;
    if (ctx != NULL) {
        JSObjectRef doc = (JSObjectRef)ct_js_get(ctx, JSContextGetGlobalObject(ctx), "document");
        JSValueRef t = doc && JSValueIsObject(ctx, doc) ? ct_js_get(ctx, doc, "title") : NULL;
        if (t != NULL && JSValueIsString(ctx, t)) title = ct_js_to_utf8(ctx, t, NULL);
    }
    send_to_view(page, "cathode:dom-ready", g_variant_new("(s)", title ? title : ""));
    free(title);
}

static void on_console_message_sent(WebKitWebPage *page, WebKitConsoleMessage *msg,
                                    gpointer data) {
    (void)data;
    const char *text = webkit_console_message_get_text(msg);
    const char *source = webkit_console_message_get_source_id(msg);
    send_to_view(page, "cathode:console",
                 g_variant_new("(ussu)", (guint32)webkit_console_message_get_level(msg),
                               text ? text : "", source ? source : "",
                               (guint32)webkit_console_message_get_line(msg)));
}

static void on_page_created(WebKitWebExtension *ext, WebKitWebPage *page, gpointer data) {
    (void)ext;
    (void)data;
    send_to_view(page, "cathode:hello",
                 g_variant_new("(tt)", (guint64)getpid(), webkit_web_page_get_id(page)));
    g_object_weak_ref(G_OBJECT(page), on_page_gone,
                      (gpointer)(uintptr_t)webkit_web_page_get_id(page));
    /* the handlers die with the page: nothing to disconnect */
    g_signal_connect(page, "document-loaded", G_CALLBACK(on_document_loaded), NULL);
    if (g_signal_lookup("console-message-sent", WEBKIT_TYPE_WEB_PAGE) != 0)
        g_signal_connect(page, "console-message-sent", G_CALLBACK(on_console_message_sent), NULL);
}

G_MODULE_EXPORT void webkit_web_extension_initialize_with_user_data(WebKitWebExtension *ext,
                                                                    const GVariant *user_data) {
    extension = ext;
    isolated_pages = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    node_pages = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, node_page_free);
    sub_frames = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    frame_routes = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, g_free);
    worlds = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_object_unref);
    GVariant *ud = (GVariant *)user_data;
    char *path = NULL, *secret = NULL;
    if (ud != NULL && g_variant_is_of_type(ud, G_VARIANT_TYPE("(sss)")))
        g_variant_get(ud, "(sss)", NULL, &path, &secret);
    ctr_channel_init(path, secret);
    g_signal_connect(ext, "page-created", G_CALLBACK(on_page_created), NULL);
    /* the default world lives for the process */
    g_signal_connect(webkit_script_world_get_default(), "window-object-cleared",
                     G_CALLBACK(on_window_object_cleared), NULL);
}
