/* SPDX-License-Identifier: MIT
 *
 * web_contents.c — webContents' native half: the id table of web contents
 * (ctm_wc_t), each a WebKitWebView with a life of its own (created by
 * create(), shown by whichever view.c view holds it, ended by destroy()),
 * its loading and navigation events, keyboard input (before-input-event),
 * zoom, user agent, devtools and the renderer process (pid, crash,
 * responsiveness). The calls that work on the page (executeJavaScript,
 * insertCSS, capturePage, print) are in web_contents_page.c. Main process.
 *
 * lib/electron/main/web_contents.js holds the policy (load promises, event
 * shapes, window-open handler); C reports WebKit's signals through one
 * emitter as (wcId, name, ...). Every view is created unrelated to the
 * others, so WebKit gives each its own web process; only window.open
 * children share their opener's (they must be related views in WebKit, and
 * share the opener's renderer in Electron too).
 *
 * The renderer extension (src/renderer/extension.c) sends "cathode:hello"
 * (pid, page id), "cathode:dom-ready" (the title) and "cathode:console";
 * they are untrusted and checked before use. Main loop thread only.
 */
#include "main.h"
#include "native_image.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

ctm_emitter_t ctm_web_contents_emitter;
#define EM (&ctm_web_contents_emitter)


static JSValueRef num(double d) { return JSValueMakeNumber(EM->ctx, d); }
static JSValueRef str(const char *s) { return ct_js_str(EM->ctx, s ? s : ""); }
static void emit0(ctm_wc_t *w, const char *name) { ctm_emit(EM, w->id, name, 0, NULL); }

/* ---- load events ---- */

static gboolean on_load_failed(WebKitWebView *v, WebKitLoadEvent ev, char *uri, GError *e,
                               gpointer data) {
    (void)v; (void)ev;
    ctm_wc_t *w = data;
    const char *name;
    int code = ctm_net_error(e, &name);
    w->did_fail = true;
    /* a download or a stop() is not a failure the page shows */
    JSValueRef a[4] = { num(code), str(name), str(uri), str(e->message) };
    ctm_emit(EM, w->id, "did-fail-load", 4, a);
    return TRUE; /* no WebKit error page: Electron shows a blank one */
}

static void send_dom_ready(ctm_wc_t *w) {
    if (w->dom_ready_sent) return;
    w->dom_ready_sent = true;
    emit0(w, "dom-ready");
}

static void on_load_changed(WebKitWebView *v, WebKitLoadEvent ev, gpointer data) {
    ctm_wc_t *w = data;
    const char *uri = webkit_web_view_get_uri(v);
    switch (ev) {
    case WEBKIT_LOAD_STARTED: {
        w->loading = true;
        w->did_fail = false;
        w->dom_ready_sent = false;
        emit0(w, "did-start-loading");
        if (w->destroying) break;
        JSValueRef a[1] = { str(uri) };
        ctm_emit(EM, w->id, "did-start-navigation", 1, a);
        break;
    }
    case WEBKIT_LOAD_REDIRECTED: {
        JSValueRef a[1] = { str(uri) };
        ctm_emit(EM, w->id, "did-redirect-navigation", 1, a);
        break;
    }
    case WEBKIT_LOAD_COMMITTED: {
        /* Electron focuses a page shown in a window when it navigates,
         * unless webPreferences.focusOnNavigation is false */
        if (w->focus_on_navigation && ctm_window_of_widget(GTK_WIDGET(v)) != NULL)
            gtk_widget_grab_focus(GTK_WIDGET(v));
        /* inserted CSS belongs to the document it was inserted into */
        if (w->css != NULL && g_hash_table_size(w->css) > 0) {
            webkit_user_content_manager_remove_all_style_sheets(
                webkit_web_view_get_user_content_manager(v));
            g_hash_table_remove_all(w->css);
        }
        WebKitWebResource *res = webkit_web_view_get_main_resource(v);
        WebKitURIResponse *resp = res ? webkit_web_resource_get_response(res) : NULL;
        guint status = resp ? webkit_uri_response_get_status_code(resp) : 0;
        const char *text = status == 0 || status == 200 ? "OK" : "";
        JSValueRef a[3] = { str(uri), num(status ? status : 200), str(text) };
        ctm_emit(EM, w->id, "did-navigate", 3, a);
        break;
    }
    case WEBKIT_LOAD_FINISHED:
        w->loading = false;
        if (!w->did_fail) {
            send_dom_ready(w);
            if (!w->destroying) emit0(w, "did-finish-load");
        }
        if (!w->destroying) emit0(w, "did-stop-loading");
        break;
    }
}

static void on_notify_uri(GObject *o, GParamSpec *p, gpointer data) {
    (void)p;
    ctm_wc_t *w = data;
    /* a URI change outside a load is a same-document navigation */
    if (w->loading || webkit_web_view_is_loading(WEBKIT_WEB_VIEW(o))) return;
    JSValueRef a[1] = { str(webkit_web_view_get_uri(WEBKIT_WEB_VIEW(o))) };
    ctm_emit(EM, w->id, "did-navigate-in-page", 1, a);
}

static void on_notify_title(GObject *o, GParamSpec *p, gpointer data) {
    (void)p;
    ctm_wc_t *w = data;
    const char *t = webkit_web_view_get_title(WEBKIT_WEB_VIEW(o));
    if (t == NULL || t[0] == 0) return;
    JSValueRef a[1] = { str(t) };
    ctm_emit(EM, w->id, "page-title-updated", 1, a);
}

/* A request for the current document with another fragment (a click on
 * href="#x") scrolls in place: Electron emits no will-navigate for it. */
static bool same_document(WebKitWebView *v, const char *uri) {
    const char *cur = webkit_web_view_get_uri(v);
    const char *hash = uri ? strchr(uri, '#') : NULL;
    if (cur == NULL || hash == NULL) return false;
    size_t n = (size_t)(hash - uri);
    const char *cur_hash = strchr(cur, '#');
    size_t cn = cur_hash ? (size_t)(cur_hash - cur) : strlen(cur);
    return n == cn && strncmp(uri, cur, n) == 0;
}

static gboolean on_decide_policy(WebKitWebView *v, WebKitPolicyDecision *d,
                                 WebKitPolicyDecisionType type, gpointer data) {
    (void)v;
    ctm_wc_t *w = data;
    if (type != WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION) return FALSE;
    WebKitNavigationAction *a =
        webkit_navigation_policy_decision_get_navigation_action(WEBKIT_NAVIGATION_POLICY_DECISION(d));
    const char *uri = webkit_uri_request_get_uri(webkit_navigation_action_get_request(a));
    WebKitNavigationType nt = webkit_navigation_action_get_navigation_type(a);
    if (w->programmatic_uri != NULL && uri && strcmp(uri, w->programmatic_uri) == 0) {
        g_clear_pointer(&w->programmatic_uri, g_free);
        return FALSE; /* loadURL's own navigation: no will-navigate, as in Electron */
    }
    /* a server redirect of a navigation: will-redirect, preventable (the
     * UI process cannot tell a frame's from the page's) */
    if (webkit_navigation_action_is_redirect(a)) {
        JSValueRef ra[1] = { str(uri) };
        JSValueRef rr = ctm_emit(EM, w->id, "will-redirect", 1, ra);
        if (rr != NULL && JSValueToBoolean(EM->ctx, rr) && !w->destroying) {
            webkit_policy_decision_ignore(d);
            return TRUE;
        }
        return FALSE;
    }
    /* The UI process cannot tell frames apart: only navigations a page
     * makes on its own after loading count (links, forms, script). */
    bool page_initiated = nt == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED ||
                          nt == WEBKIT_NAVIGATION_TYPE_FORM_SUBMITTED ||
                          nt == WEBKIT_NAVIGATION_TYPE_FORM_RESUBMITTED ||
                          (nt == WEBKIT_NAVIGATION_TYPE_OTHER && !w->loading &&
                           !webkit_navigation_action_is_redirect(a) && uri &&
                           strncmp(uri, "about:", 6) != 0);
    if (!page_initiated || same_document(v, uri)) return FALSE;
    JSValueRef args[2] = { str(uri), JSValueMakeBoolean(EM->ctx, webkit_navigation_action_is_user_gesture(a)) };
    JSValueRef r = ctm_emit(EM, w->id, "will-navigate", 2, args);
    if (r != NULL && JSValueToBoolean(EM->ctx, r)) {
        webkit_policy_decision_ignore(d);
        return TRUE;
    }
    return FALSE;
}

/* window.open / target=_blank: JS runs setWindowOpenHandler and, when
 * allowed, builds a BrowserWindow whose view is related to this one. */
static GtkWidget *on_create(WebKitWebView *v, WebKitNavigationAction *a, gpointer data) {
    (void)v;
    ctm_wc_t *w = data;
    const char *uri = webkit_uri_request_get_uri(webkit_navigation_action_get_request(a));
    /* the name and features the page's window.open() sent just before
     * (window_open.c); a link's target="x" has WebKit's frame name */
    const char *frame = w->open_name ? w->open_name : webkit_navigation_action_get_frame_name(a);
    JSValueRef args[4] = { str(uri), str(frame), JSValueMakeBoolean(EM->ctx, webkit_navigation_action_is_user_gesture(a)),
                           w->open_features ? str(w->open_features) : JSValueMakeUndefined(EM->ctx) };
    g_clear_pointer(&w->open_name, g_free);
    g_clear_pointer(&w->open_features, g_free);
    JSValueRef r = ctm_emit(EM, w->id, "ct-window-open", 4, args);
    ctm_wc_t *child = r ? ctm_wc_from_id((int)ctm_num(EM->ctx, r, -1)) : NULL;
    return child && !child->destroying ? GTK_WIDGET(child->view) : NULL;
}

static void on_webkit_ready_to_show(WebKitWebView *v, gpointer data) {
    (void)v;
    emit0(data, "ct-opened-ready");
}

static void on_close(WebKitWebView *v, gpointer data) {
    (void)v;
    emit0(data, "ct-close");
}

static void on_process_terminated(WebKitWebView *v, WebKitWebProcessTerminationReason reason,
                                  gpointer data) {
    (void)v;
    ctm_wc_t *w = data;
    w->crashed = true;
    w->loading = false;
    const char *r = reason == WEBKIT_WEB_PROCESS_EXCEEDED_MEMORY_LIMIT ? "oom"
                    : reason == WEBKIT_WEB_PROCESS_TERMINATED_BY_API ? "killed"
                                                                     : "crashed";
    JSValueRef a[2] = { str(r), num(reason == WEBKIT_WEB_PROCESS_TERMINATED_BY_API ? 9 : -1) };
    ctm_emit(EM, w->id, "render-process-gone", 2, a);
}

static void on_responsive(GObject *o, GParamSpec *p, gpointer data) {
    (void)p;
    emit0(data, webkit_web_view_get_is_web_process_responsive(WEBKIT_WEB_VIEW(o)) ? "responsive"
                                                                                 : "unresponsive");
}

static gboolean on_user_message(WebKitWebView *v, WebKitUserMessage *m, gpointer data) {
    ctm_wc_t *w = data;
    const char *name = webkit_user_message_get_name(m);
    GVariant *p = webkit_user_message_get_parameters(m);
    if (name == NULL || strncmp(name, "cathode:", 8) != 0) return FALSE;
    if (strcmp(name, "cathode:hello") == 0 && p && g_variant_is_of_type(p, G_VARIANT_TYPE("(tt)"))) {
        guint64 pid, page;
        g_variant_get(p, "(tt)", &pid, &page);
        if (page != webkit_web_view_get_page_id(v) || pid == 0 || pid > G_MAXINT) {
            g_warning("cathode: dropped a hello with a wrong page id from page %" G_GUINT64_FORMAT,
                      webkit_web_view_get_page_id(v));
            return TRUE;
        }
        w->pid = (int)pid;
        w->crashed = false;
    } else if (strcmp(name, "cathode:dom-ready") == 0) {
        /* the title first: 'dom-ready' listeners see the window titled */
        if (p && g_variant_is_of_type(p, G_VARIANT_TYPE("(s)"))) {
            const char *t;
            g_variant_get(p, "(&s)", &t);
            if (t[0] != 0 && g_utf8_validate(t, -1, NULL)) {
                JSValueRef a[1] = { str(t) };
                ctm_emit(EM, w->id, "page-title-updated", 1, a);
                if (w->destroying) return TRUE;
            }
        }
        send_dom_ready(w);
    } else if (strcmp(name, "cathode:window-open") == 0 && p &&
               g_variant_is_of_type(p, G_VARIANT_TYPE("(ss)"))) {
        const char *target, *features;
        g_variant_get(p, "(&s&s)", &target, &features);
        g_free(w->open_name);
        g_free(w->open_features);
        bool ok = g_utf8_validate(target, -1, NULL) && g_utf8_validate(features, -1, NULL);
        w->open_name = ok ? g_strndup(target, 4096) : NULL;
        w->open_features = ok ? g_strndup(features, 4096) : NULL;
    } else if (strcmp(name, "cathode:console") == 0 && p &&
               g_variant_is_of_type(p, G_VARIANT_TYPE("(ussu)"))) {
        guint32 level, line;
        const char *text, *source;
        g_variant_get(p, "(u&s&su)", &level, &text, &source, &line);
        JSValueRef a[4] = { num(level), str(text), num(line), str(source) };
        ctm_emit(EM, w->id, "console-message", 4, a);
    }
    return TRUE;
}

static gboolean on_script_dialog(WebKitWebView *v, WebKitScriptDialog *d, gpointer data) {
    (void)v;
    if (webkit_script_dialog_get_dialog_type(d) != WEBKIT_SCRIPT_DIALOG_BEFORE_UNLOAD_CONFIRM)
        return FALSE; /* alert/confirm/prompt: WebKit's GTK dialogs */
    /* Electron: a beforeunload veto cancels silently unless a
     * 'will-prevent-unload' listener calls preventDefault() */
    JSValueRef r = ctm_emit(EM, ((ctm_wc_t *)data)->id, "will-prevent-unload", 0, NULL);
    webkit_script_dialog_confirm_set_confirmed(d, r != NULL && JSValueToBoolean(EM->ctx, r));
    return TRUE;
}

/* Electron's name for what a page asks, or NULL for a request no Electron
 * permission covers (WebKit's own answer stands). */
static const char *permission_name(WebKitPermissionRequest *r, const char **media) {
    *media = NULL;
    if (WEBKIT_IS_GEOLOCATION_PERMISSION_REQUEST(r)) return "geolocation";
    if (WEBKIT_IS_NOTIFICATION_PERMISSION_REQUEST(r)) return "notifications";
    if (WEBKIT_IS_POINTER_LOCK_PERMISSION_REQUEST(r)) return "pointerLock";
    if (WEBKIT_IS_CLIPBOARD_PERMISSION_REQUEST(r)) return "clipboard-read";
    if (WEBKIT_IS_MEDIA_KEY_SYSTEM_PERMISSION_REQUEST(r)) return "mediaKeySystem";
    if (WEBKIT_IS_WEBSITE_DATA_ACCESS_PERMISSION_REQUEST(r)) return "storage-access";
    if (WEBKIT_IS_DEVICE_INFO_PERMISSION_REQUEST(r)) return "media";
    if (WEBKIT_IS_USER_MEDIA_PERMISSION_REQUEST(r)) {
        WebKitUserMediaPermissionRequest *m = WEBKIT_USER_MEDIA_PERMISSION_REQUEST(r);
        bool audio = webkit_user_media_permission_is_for_audio_device(m);
        bool video = webkit_user_media_permission_is_for_video_device(m);
        if (webkit_user_media_permission_is_for_display_device(m)) return "display-capture";
        *media = audio && video ? "audio,video" : audio ? "audio" : video ? "video" : "";
        return "media";
    }
    return NULL;
}

/* The session's permission handler answers (session.js; Electron grants
 * when there is none); the request waits in session.c until it does. */
static gboolean on_permission_request(WebKitWebView *v, WebKitPermissionRequest *r, gpointer data) {
    ctm_wc_t *w = data;
    const char *media;
    const char *name = permission_name(r, &media);
    if (name == NULL) return FALSE;
    guint id = ctm_session_hold_permission(r);
    JSValueRef a[4] = { num(id), str(name), str(webkit_web_view_get_uri(v)), str(media) };
    ctm_emit(EM, w->id, "ct-permission", 4, a);
    return TRUE;
}

/* navigator.permissions.query: the session's check handler answers when
 * it has one (JS returns true/false); else WebKit's own answer stands. */
static gboolean on_query_permission(WebKitWebView *v, WebKitPermissionStateQuery *q, gpointer data) {
    (void)v;
    ctm_wc_t *w = data;
    const char *name = webkit_permission_state_query_get_name(q);
    const char *media = "";
    if (name == NULL) return FALSE;
    if (strcmp(name, "camera") == 0 || strcmp(name, "microphone") == 0) {
        media = name[0] == 'c' ? "video" : "audio";
        name = "media";
    }
    char *origin = webkit_security_origin_to_string(webkit_permission_state_query_get_security_origin(q));
    JSValueRef a[3] = { str(name), str(origin), str(media) };
    g_free(origin);
    JSValueRef r = ctm_emit(EM, w->id, "ct-permission-check", 3, a);
    if (r == NULL || !JSValueIsBoolean(EM->ctx, r)) return FALSE;
    webkit_permission_state_query_finish(q, JSValueToBoolean(EM->ctx, r) ? WEBKIT_PERMISSION_STATE_GRANTED
                                                                         : WEBKIT_PERMISSION_STATE_DENIED);
    return TRUE;
}

/* The page's fullscreen is its window's (WebKit's own handler then
 * fullscreens the toplevel too, which is the same request). */
static gboolean on_enter_fullscreen(WebKitWebView *v, gpointer data) {
    ctm_wc_t *w = data;
    emit0(w, "enter-html-full-screen");
    ctm_window_t *win = w->destroying ? NULL : ctm_window_of_widget(GTK_WIDGET(v));
    if (win != NULL) ctm_window_set_fullscreen(win, true);
    return FALSE;
}

static gboolean on_leave_fullscreen(WebKitWebView *v, gpointer data) {
    ctm_wc_t *w = data;
    emit0(w, "leave-html-full-screen");
    ctm_window_t *win = w->destroying ? NULL : ctm_window_of_widget(GTK_WIDGET(v));
    if (win != NULL) ctm_window_set_fullscreen(win, false);
    return FALSE;
}

static gboolean on_focus_change(GtkWidget *widget, GdkEventFocus *ev, gpointer data) {
    (void)widget;
    emit0(data, ev->in ? "focus" : "blur");
    return FALSE;
}

static void on_inspector_closed(WebKitWebInspector *i, gpointer data) {
    (void)i;
    ctm_wc_t *w = data;
    if (!w->devtools_open) return;
    w->devtools_open = false;
    emit0(w, "devtools-closed");
}

/* ---- creation and teardown ---- */

static void apply_prefs(WebKitSettings *s, JSContextRef ctx, JSValueRef p) {
    webkit_settings_set_enable_developer_extras(s, ctm_bool(ctx, ctm_prop(ctx, p, "devTools"), true));
    webkit_settings_set_enable_javascript(s, ctm_bool(ctx, ctm_prop(ctx, p, "javascript"), true));
    webkit_settings_set_auto_load_images(s, ctm_bool(ctx, ctm_prop(ctx, p, "images"), true));
    webkit_settings_set_enable_webgl(s, ctm_bool(ctx, ctm_prop(ctx, p, "webgl"), true));
    webkit_settings_set_javascript_can_open_windows_automatically(s, TRUE);
    webkit_settings_set_allow_file_access_from_file_urls(s, TRUE);
    webkit_settings_set_enable_back_forward_navigation_gestures(s, FALSE);
    double fs = ctm_num(ctx, ctm_prop(ctx, p, "defaultFontSize"), 0);
    if (fs > 0) webkit_settings_set_default_font_size(s, (guint32)fs);
    double mfs = ctm_num(ctx, ctm_prop(ctx, p, "defaultMonospaceFontSize"), 0);
    if (mfs > 0) webkit_settings_set_default_monospace_font_size(s, (guint32)mfs);
    char *ua = ctm_str(ctx, ctm_prop(ctx, p, "userAgent"));
    if (ua != NULL) webkit_settings_set_user_agent(s, ua);
    g_free(ua);
}

static GHashTable *contents; /* id → ctm_wc_t (owned until wc_free) */

ctm_wc_t *ctm_wc_from_id(int id) {
    return contents ? g_hash_table_lookup(contents, GINT_TO_POINTER(id)) : NULL;
}

ctm_wc_t *ctm_wc_from_page_id(guint64 page_id) {
    if (contents == NULL) return NULL;
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, contents);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        ctm_wc_t *w = v;
        if (!w->destroying && webkit_web_view_get_page_id(w->view) == page_id) return w;
    }
    return NULL;
}

ctm_wc_t *ctm_wc_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     JSValueRef *exc) {
    ctm_wc_t *w = ctm_wc_from_id((int)ctm_num(ctx, ct_js_arg(ctx, argc, argv, i), -1));
    if (w == NULL || w->destroying) {
        ct_throw_type(ctx, exc, "Object has been destroyed");
        return NULL;
    }
    return w;
}

static gboolean on_key(GtkWidget *widget, GdkEventKey *ev, gpointer data) {
    (void)widget;
    ctm_wc_t *w = data;
    /* WebKit hands a key the page did not handle back to GTK once the web
     * process has answered, and it reaches the view again: one Input per
     * key event, known by its time, key and type among the recent ones */
    guint64 sig = ((guint64)ev->time << 24) | ((guint64)ev->hardware_keycode << 8) | (guint64)ev->type;
    for (size_t i = 0; i < G_N_ELEMENTS(w->recent_keys); i++)
        if (w->recent_keys[i] == sig) return FALSE;
    w->recent_keys[w->recent_key_next++ % G_N_ELEMENTS(w->recent_keys)] = sig;
    JSValueRef a[1] = { ctm_input_event(EM->ctx, ev) };
    JSValueRef r = ctm_emit(EM, w->id, "before-input-event", 1, a);
    /* preventDefault(): the page never sees the key */
    return r != NULL && JSValueToBoolean(EM->ctx, r);
}

static WebKitWebView *create_view(ctm_wc_t *w, ctm_wc_t *related, JSContextRef ctx,
                                  JSValueRef prefs) {
    WebKitSettings *s = webkit_settings_new();
    apply_prefs(s, ctx, prefs);
    WebKitUserContentManager *ucm = webkit_user_content_manager_new();
    WebKitWebView *v;
    if (related != NULL) {
        v = g_object_new(WEBKIT_TYPE_WEB_VIEW, "related-view", related->view, "settings", s,
                         "user-content-manager", ucm, NULL);
        w->related = true;
    } else {
        char *partition = ctm_str(ctx, ctm_prop(ctx, prefs, "_ctPartition"));
        v = g_object_new(WEBKIT_TYPE_WEB_VIEW, "web-context", ctm_session_context(partition),
                         "settings", s, "user-content-manager", ucm, NULL);
        g_free(partition);
    }
    g_object_unref(s);
    g_object_unref(ucm);
    g_object_ref_sink(v); /* ours until wc_free; a view's overlay takes its own */
    w->css = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify)webkit_user_style_sheet_unref);
    double zoom = ctm_num(ctx, ctm_prop(ctx, prefs, "zoomFactor"), 1.0);
    if (zoom > 0 && zoom != 1.0) webkit_web_view_set_zoom_level(v, zoom);
    GdkRGBA white = { 1, 1, 1, 1 };
    webkit_web_view_set_background_color(v, &white);
    g_signal_connect(v, "load-changed", G_CALLBACK(on_load_changed), w);
    g_signal_connect(v, "load-failed", G_CALLBACK(on_load_failed), w);
    g_signal_connect(v, "notify::uri", G_CALLBACK(on_notify_uri), w);
    g_signal_connect(v, "notify::title", G_CALLBACK(on_notify_title), w);
    g_signal_connect(v, "decide-policy", G_CALLBACK(on_decide_policy), w);
    g_signal_connect(v, "create", G_CALLBACK(on_create), w);
    g_signal_connect(v, "ready-to-show", G_CALLBACK(on_webkit_ready_to_show), w);
    g_signal_connect(v, "close", G_CALLBACK(on_close), w);
    g_signal_connect(v, "web-process-terminated", G_CALLBACK(on_process_terminated), w);
    g_signal_connect(v, "notify::is-web-process-responsive", G_CALLBACK(on_responsive), w);
    g_signal_connect(v, "user-message-received", G_CALLBACK(on_user_message), w);
    g_signal_connect(v, "script-dialog", G_CALLBACK(on_script_dialog), w);
    g_signal_connect(v, "permission-request", G_CALLBACK(on_permission_request), w);
    g_signal_connect(v, "query-permission-state", G_CALLBACK(on_query_permission), w);
    g_signal_connect(v, "enter-fullscreen", G_CALLBACK(on_enter_fullscreen), w);
    g_signal_connect(v, "leave-fullscreen", G_CALLBACK(on_leave_fullscreen), w);
    g_signal_connect(v, "key-press-event", G_CALLBACK(on_key), w);
    g_signal_connect(v, "key-release-event", G_CALLBACK(on_key), w);
    g_signal_connect(v, "focus-in-event", G_CALLBACK(on_focus_change), w);
    g_signal_connect(v, "focus-out-event", G_CALLBACK(on_focus_change), w);
    g_signal_connect(webkit_web_view_get_inspector(v), "closed", G_CALLBACK(on_inspector_closed), w);
    return v;
}

static void wc_free(ctm_wc_t *w) {
    g_object_unref(w->view);
    g_free(w->open_name);
    g_free(w->open_features);
    if (w->css) g_hash_table_unref(w->css);
    g_free(w->programmatic_uri);
    g_free(w);
}

/* Freed from an idle callback: destroy() may run inside one of the view's
 * own signal handlers, which must still find the struct when it returns. */
static gboolean wc_free_idle(gpointer data) {
    wc_free(data);
    return G_SOURCE_REMOVE;
}

/* ---- binding functions ---- */

#define ARG(i) ct_js_arg(ctx, argc, argv, (i))
#define UNDEF JSValueMakeUndefined(ctx)

CTM_FN(wc_set_emitter) {
    (void)fn; (void)self; (void)exc;
    ctm_emitter_set(EM, ctx, ARG(0));
    return UNDEF;
}

/* create(wcId, webPreferences, relatedWcId): a web contents with no view
 * yet; relatedWcId >= 0 shares that one's web process (window.open). */
CTM_FN(wc_create) {
    (void)fn; (void)self;
    int id = (int)ctm_num(ctx, ARG(0), -1);
    if (id < 0 || ctm_wc_from_id(id) != NULL) return ct_throw_type(ctx, exc, "webContents: bad id");
    if (contents == NULL) contents = g_hash_table_new(NULL, NULL);
    ctm_wc_t *related = ctm_wc_from_id((int)ctm_num(ctx, ARG(2), -1));
    if (related != NULL && related->destroying) related = NULL;
    ctm_wc_t *w = g_new0(ctm_wc_t, 1);
    w->id = id;
    w->focus_on_navigation = ctm_bool(ctx, ctm_prop(ctx, ARG(1), "focusOnNavigation"), true);
    w->view = create_view(w, related, ctx, ARG(1));
    g_hash_table_insert(contents, GINT_TO_POINTER(id), w);
    return UNDEF;
}

/* destroy(wcId): ends the page and its web process; JS hears
 * 'ct-destroyed'. A second call does nothing. */
CTM_FN(wc_destroy) {
    (void)fn; (void)self; (void)exc;
    int id = (int)ctm_num(ctx, ARG(0), -1);
    ctm_wc_t *w = ctm_wc_from_id(id);
    if (w == NULL || w->destroying) return UNDEF;
    /* the focus leaves with the page */
    if (gtk_widget_has_focus(GTK_WIDGET(w->view))) emit0(w, "blur");
    w->destroying = true;
    g_signal_handlers_disconnect_by_data(webkit_web_view_get_inspector(w->view), w);
    g_signal_handlers_disconnect_by_data(w->view, w);
    if (w->loading) webkit_web_view_stop_loading(w->view);
    g_hash_table_steal(contents, GINT_TO_POINTER(id));
    /* out of its view's overlay; destroying the widget ends the page and,
     * with its last page, the web process */
    GtkWidget *wv = GTK_WIDGET(w->view);
    GtkWidget *p = gtk_widget_get_parent(wv);
    if (p != NULL) gtk_container_remove(GTK_CONTAINER(p), wv);
    gtk_widget_destroy(wv);
    emit0(w, "ct-destroyed");
    g_idle_add(wc_free_idle, w);
    return UNDEF;
}

CTM_FN(wc_load_url) {
    CTM_WC_SELF();
    char *uri = ctm_str(ctx, ARG(1));
    if (uri == NULL) return ct_throw_type(ctx, exc, "loadURL: url must be a string");
    g_free(w->programmatic_uri);
    w->programmatic_uri = g_strdup(uri);
    webkit_web_view_load_uri(w->view, uri);
    g_free(uri);
    return UNDEF;
}

/* The page's beforeunload may only veto after a user gesture in WebKit;
 * Electron's close gives the page one (NotifyUserActivation), so the close
 * runs after a script of WebKit's own evaluation, which counts as one. */
static void try_close_after_gesture(GObject *src, GAsyncResult *res, gpointer data) {
    JSCValue *v = webkit_web_view_evaluate_javascript_finish(WEBKIT_WEB_VIEW(src), res, NULL);
    if (v) g_object_unref(v);
    ctm_wc_t *w = ctm_wc_from_id(GPOINTER_TO_INT(data));
    if (w != NULL && !w->destroying && w->view == WEBKIT_WEB_VIEW(src)) webkit_web_view_try_close(w->view);
}

static void try_close(ctm_wc_t *w) {
    webkit_web_view_evaluate_javascript(w->view, "void 0", -1, NULL, NULL, NULL, try_close_after_gesture,
                                        GINT_TO_POINTER(w->id));
}

/* act(wcId, verb): the argument-less verbs. */
CTM_FN(wc_act) {
    CTM_WC_SELF();
    char *verb = ctm_str(ctx, ARG(1));
    if (verb == NULL) return ct_throw_type(ctx, exc, "act: verb expected");
    WebKitWebView *v = w->view;
    if (!strcmp(verb, "reload")) webkit_web_view_reload(v);
    else if (!strcmp(verb, "reloadIgnoringCache")) webkit_web_view_reload_bypass_cache(v);
    else if (!strcmp(verb, "stop")) webkit_web_view_stop_loading(v);
    else if (!strcmp(verb, "goBack")) webkit_web_view_go_back(v);
    else if (!strcmp(verb, "goForward")) webkit_web_view_go_forward(v);
    else if (!strcmp(verb, "tryClose")) try_close(w);
    else if (!strcmp(verb, "focus")) gtk_widget_grab_focus(GTK_WIDGET(v));
    else if (!strcmp(verb, "forcefullyCrashRenderer")) webkit_web_view_terminate_web_process(v);
    else if (!strcmp(verb, "openDevTools")) {
        webkit_web_inspector_show(webkit_web_view_get_inspector(v));
        if (!w->devtools_open) {
            w->devtools_open = true;
            emit0(w, "devtools-opened");
        }
    } else if (!strcmp(verb, "closeDevTools")) {
        webkit_web_inspector_close(webkit_web_view_get_inspector(v));
        on_inspector_closed(NULL, w);
    } else {
        ct_throw_type(ctx, exc, "act: unknown verb %s", verb);
    }
    g_free(verb);
    return *exc ? NULL : UNDEF;
}

CTM_FN(wc_get_info) {
    CTM_WC_SELF();
    WebKitWebView *v = w->view;
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "url", ct_js_str(ctx, webkit_web_view_get_uri(v)));
    ct_js_set(ctx, o, "title", ct_js_str(ctx, webkit_web_view_get_title(v)));
    ct_js_set(ctx, o, "loading", JSValueMakeBoolean(ctx, webkit_web_view_is_loading(v)));
    ct_js_set(ctx, o, "pid", JSValueMakeNumber(ctx, w->crashed ? 0 : w->pid));
    ct_js_set(ctx, o, "crashed", JSValueMakeBoolean(ctx, w->crashed));
    ct_js_set(ctx, o, "canGoBack", JSValueMakeBoolean(ctx, webkit_web_view_can_go_back(v)));
    ct_js_set(ctx, o, "canGoForward", JSValueMakeBoolean(ctx, webkit_web_view_can_go_forward(v)));
    ct_js_set(ctx, o, "zoomFactor", JSValueMakeNumber(ctx, webkit_web_view_get_zoom_level(v)));
    ct_js_set(ctx, o, "userAgent",
              ct_js_str(ctx, webkit_settings_get_user_agent(webkit_web_view_get_settings(v))));
    ct_js_set(ctx, o, "devToolsOpened", JSValueMakeBoolean(ctx, w->devtools_open));
    ct_js_set(ctx, o, "audioMuted", JSValueMakeBoolean(ctx, webkit_web_view_get_is_muted(v)));
    ct_js_set(ctx, o, "playingAudio", JSValueMakeBoolean(ctx, webkit_web_view_is_playing_audio(v)));
    ct_js_set(ctx, o, "responsive",
              JSValueMakeBoolean(ctx, webkit_web_view_get_is_web_process_responsive(v)));
    ct_js_set(ctx, o, "focused", JSValueMakeBoolean(ctx, gtk_widget_has_focus(GTK_WIDGET(v))));
    return o;
}

/* history(wcId) -> { index, entries: [{url, title}] } */
CTM_FN(wc_history) {
    CTM_WC_SELF();
    WebKitBackForwardList *l = webkit_web_view_get_back_forward_list(w->view);
    GList *back = webkit_back_forward_list_get_back_list(l);
    GList *fwd = webkit_back_forward_list_get_forward_list(l);
    WebKitBackForwardListItem *cur = webkit_back_forward_list_get_current_item(l);
    GPtrArray *items = g_ptr_array_new();
    for (GList *i = g_list_last(back); i; i = i->prev) g_ptr_array_add(items, i->data);
    int index = (int)items->len;
    if (cur) g_ptr_array_add(items, cur);
    else index = -1;
    /* WebKit builds both lists by prepending: the back list comes
     * nearest-first, the forward list farthest-first */
    for (GList *i = g_list_last(fwd); i; i = i->prev) g_ptr_array_add(items, i->data);
    JSValueRef *vals = g_new0(JSValueRef, items->len + 1);
    for (guint i = 0; i < items->len; i++) {
        WebKitBackForwardListItem *it = items->pdata[i];
        JSObjectRef e = JSObjectMake(ctx, NULL, NULL);
        ct_js_set(ctx, e, "url", ct_js_str(ctx, webkit_back_forward_list_item_get_uri(it)));
        ct_js_set(ctx, e, "title", ct_js_str(ctx, webkit_back_forward_list_item_get_title(it)));
        vals[i] = e;
    }
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "index", JSValueMakeNumber(ctx, index));
    ct_js_set(ctx, o, "entries", JSObjectMakeArray(ctx, items->len, vals, NULL));
    g_free(vals);
    g_ptr_array_free(items, TRUE);
    g_list_free(back);
    g_list_free(fwd);
    return o;
}

/* goToOffset(wcId, n) */
CTM_FN(wc_go_to_offset) {
    CTM_WC_SELF();
    WebKitBackForwardList *l = webkit_web_view_get_back_forward_list(w->view);
    WebKitBackForwardListItem *it =
        webkit_back_forward_list_get_nth_item(l, (gint)ctm_num(ctx, ARG(1), 0));
    if (it != NULL) webkit_web_view_go_to_back_forward_list_item(w->view, it);
    return JSValueMakeBoolean(ctx, it != NULL);
}

/* set(wcId, name, value) */
CTM_FN(wc_set) {
    CTM_WC_SELF();
    char *name = ctm_str(ctx, ARG(1));
    JSValueRef v = ARG(2);
    if (name == NULL) return ct_throw_type(ctx, exc, "set: name expected");
    if (!strcmp(name, "zoomFactor")) {
        double z = ctm_num(ctx, v, 1.0);
        if (z > 0) webkit_web_view_set_zoom_level(w->view, z);
    } else if (!strcmp(name, "userAgent")) {
        char *ua = ctm_str(ctx, v);
        if (ua) webkit_settings_set_user_agent(webkit_web_view_get_settings(w->view), ua);
        g_free(ua);
    } else if (!strcmp(name, "audioMuted")) {
        webkit_web_view_set_is_muted(w->view, JSValueToBoolean(ctx, v));
    } else if (!strcmp(name, "backgroundColor")) {
        GdkRGBA c = ctm_rgba(ctx, v);
        webkit_web_view_set_background_color(w->view, &c);
    } else {
        ct_throw_type(ctx, exc, "set: unknown property %s", name);
    }
    g_free(name);
    return *exc ? NULL : UNDEF;
}

static const ct_binding_fn wc_fns[] = {
    { "act", wc_act, 2 },
    { "create", wc_create, 3 },
    { "destroy", wc_destroy, 1 },
    { "getInfo", wc_get_info, 1 },
    { "goToOffset", wc_go_to_offset, 2 },
    { "history", wc_history, 1 },
    { "loadURL", wc_load_url, 2 },
    { "set", wc_set, 3 },
    { "setEmitter", wc_set_emitter, 1 },
    { NULL, NULL, 0 }
};

void ctm_web_contents_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, wc_fns);
    ctm_web_contents_page_init(ctx, target);
}
