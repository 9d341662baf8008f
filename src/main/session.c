/* SPDX-License-Identifier: MIT
 *
 * session.c — session's native half: one WebKitWebContext per partition
 * (the default session is the partition ""), each with its own website
 * data manager — on disk under the directories JS names for a persistent
 * partition, in memory for any other — so partitions share no cookies,
 * storage or cache, as in Electron. Also the permission requests pages make,
 * held here until the session's handler in JS answers. Main process.
 *
 * lib/electron/main/session.js owns the policy (partition names, paths,
 * handlers); web_contents.c asks ctm_session_context() for the context a
 * new page joins. Contexts live for the process: WebKit keeps a context's
 * web processes and network process tied to it. Main loop thread only.
 */
#include "main.h"

#include <string.h>

typedef struct {
    WebKitWebContext *context; /* owned */
    char *data_dir, *cache_dir; /* owned; NULL for an in-memory partition */
} session_t;

static GHashTable *sessions;   /* partition (owned) → session_t (owned) */
static GHashTable *permissions; /* request id → WebKitPermissionRequest (owned ref) */
static guint next_permission = 1;

static char *extension_dir(void) {
    const char *env = g_getenv("CATHODE_WEB_EXTENSION_DIR");
    if (env != NULL) return g_strdup(env);
    /* running from a build tree: the extension sits in <build>/src/renderer */
    char *exe = g_file_read_link("/proc/self/exe", NULL);
    if (exe != NULL) {
        char *dir = g_path_get_dirname(exe);
        char *cand = g_build_filename(dir, "src", "renderer", NULL);
        char *so = g_build_filename(cand, "libcathode-renderer.so", NULL);
        bool ok = g_file_test(so, G_FILE_TEST_EXISTS);
        g_free(so);
        g_free(dir);
        g_free(exe);
        if (ok) return cand;
        g_free(cand);
    }
    return g_strdup(CT_WEB_EXTENSION_DIR);
}

static session_t *session_find(const char *partition) {
    return sessions ? g_hash_table_lookup(sessions, partition ? partition : "") : NULL;
}

/* Declares a partition; its context is made when the first page joins. */
static session_t *session_declare(const char *partition, const char *data_dir, const char *cache_dir) {
    if (sessions == NULL) sessions = g_hash_table_new(g_str_hash, g_str_equal);
    session_t *s = session_find(partition);
    if (s != NULL) return s;
    s = g_new0(session_t, 1);
    s->data_dir = g_strdup(data_dir);
    s->cache_dir = g_strdup(cache_dir);
    g_hash_table_insert(sessions, g_strdup(partition ? partition : ""), s);
    return s;
}

WebKitWebContext *ctm_session_context(const char *partition) {
    session_t *s = session_find(partition);
    if (s == NULL) s = session_declare(partition, NULL, NULL);
    if (s->context != NULL) return s->context;
    WebKitWebsiteDataManager *dm =
        s->data_dir ? webkit_website_data_manager_new("base-data-directory", s->data_dir,
                                                      "base-cache-directory", s->cache_dir, NULL)
                    : webkit_website_data_manager_new_ephemeral();
    s->context = webkit_web_context_new_with_website_data_manager(dm);
    g_object_unref(dm);
    char *dir = extension_dir();
    webkit_web_context_set_web_extensions_directory(s->context, dir);
    g_free(dir);
    webkit_web_context_set_web_extensions_initialization_user_data(s->context, ctm_ipc_main_address());
    return s->context;
}

guint ctm_session_hold_permission(WebKitPermissionRequest *r) {
    if (permissions == NULL) permissions = g_hash_table_new_full(NULL, NULL, NULL, g_object_unref);
    guint id = next_permission++;
    if (next_permission == 0) next_permission = 1;
    g_hash_table_insert(permissions, GUINT_TO_POINTER(id), g_object_ref(r));
    return id;
}

/* ---- binding functions ---- */

#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* declare(partition, dataDir, cacheDir): dataDir/cacheDir strings for a
 * persistent partition, null for one in memory. -> false when the
 * partition's context already exists with other storage. */
CTM_FN(ses_declare) {
    (void)fn; (void)self;
    char *partition = ctm_str(ctx, ARG(0));
    if (partition == NULL) return ct_throw_type(ctx, exc, "session: partition must be a string");
    char *data = ctm_str(ctx, ARG(1)), *cache = ctm_str(ctx, ARG(2));
    session_t *s = session_find(partition);
    bool ok = true;
    if (s == NULL) {
        session_declare(partition, data, cache);
    } else if (s->context == NULL) {
        g_free(s->data_dir);
        g_free(s->cache_dir);
        s->data_dir = g_strdup(data);
        s->cache_dir = g_strdup(cache);
    } else {
        ok = g_strcmp0(s->data_dir, data) == 0;
    }
    g_free(partition);
    g_free(data);
    g_free(cache);
    return JSValueMakeBoolean(ctx, ok);
}

/* answerPermission(id, granted): the handler's callback */
CTM_FN(ses_answer_permission) {
    (void)fn; (void)self; (void)exc;
    gpointer key = GUINT_TO_POINTER((guint)ctm_num(ctx, ARG(0), 0));
    WebKitPermissionRequest *r = permissions ? g_hash_table_lookup(permissions, key) : NULL;
    if (r == NULL) return JSValueMakeBoolean(ctx, false); /* answered already */
    if (JSValueToBoolean(ctx, ARG(1))) webkit_permission_request_allow(r);
    else webkit_permission_request_deny(r);
    g_hash_table_remove(permissions, key);
    return JSValueMakeBoolean(ctx, true);
}

typedef struct {
    JSGlobalContextRef ctx;
    JSObjectRef cb; /* protected until clear_done */
} clear_req_t;

static void clear_done(GObject *src, GAsyncResult *res, gpointer data) {
    clear_req_t *r = data;
    GError *e = NULL;
    webkit_website_data_manager_clear_finish(WEBKIT_WEBSITE_DATA_MANAGER(src), res, &e);
    JSValueRef a[1] = { e ? ct_js_str(r->ctx, e->message) : JSValueMakeNull(r->ctx) };
    ct_js_call(r->ctx, r->cb, NULL, 1, a);
    JSValueUnprotect(r->ctx, r->cb);
    if (e) g_error_free(e);
    g_free(r);
}

/* clear(partition, what, cb(err)): what is "storage" (everything a page
 * keeps: cookies, local storage, IndexedDB, service workers, ...) or "cache"
 * (the HTTP and memory caches). */
CTM_FN(ses_clear) {
    (void)fn; (void)self;
    char *partition = ctm_str(ctx, ARG(0));
    char *what = ctm_str(ctx, ARG(1));
    JSValueRef cb = ARG(2);
    if (partition == NULL || what == NULL || !JSValueIsObject(ctx, cb)) {
        g_free(partition);
        g_free(what);
        return ct_throw_type(ctx, exc, "session.clear: (partition, what, callback) expected");
    }
    WebKitWebContext *c = ctm_session_context(partition);
    WebKitWebsiteDataTypes types = strcmp(what, "cache") == 0
                                       ? WEBKIT_WEBSITE_DATA_MEMORY_CACHE | WEBKIT_WEBSITE_DATA_DISK_CACHE
                                       : WEBKIT_WEBSITE_DATA_ALL;
    clear_req_t *r = g_new0(clear_req_t, 1);
    r->ctx = JSContextGetGlobalContext(ctx);
    r->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, cb);
    webkit_website_data_manager_clear(webkit_web_context_get_website_data_manager(c), types, 0, NULL,
                                      clear_done, r);
    g_free(partition);
    g_free(what);
    return JSValueMakeUndefined(ctx);
}

/* defaultUserAgent() -> WebKit's user agent for a page nobody overrides */
CTM_FN(ses_default_user_agent) {
    (void)fn; (void)self; (void)argc; (void)argv; (void)exc;
    WebKitSettings *s = webkit_settings_new();
    JSValueRef ua = ct_js_str(ctx, webkit_settings_get_user_agent(s));
    g_object_unref(s);
    return ua;
}

static const ct_binding_fn ses_fns[] = {
    { "answerPermission", ses_answer_permission, 2 },
    { "clear", ses_clear, 3 },
    { "declare", ses_declare, 3 },
    { "defaultUserAgent", ses_default_user_agent, 0 },
    { NULL, NULL, 0 }
};

void ctm_session_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, ses_fns);
}
