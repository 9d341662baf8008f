/* SPDX-License-Identifier: MIT
 *
 * main.h — declarations shared by the main-process files in src/main/ (ctm_
 * names). Private to src/main/: never included from core or the renderer.
 *
 * Main-process objects are named by integer ids that lib/electron/main/ JS
 * allocates; C keeps id → struct tables and JS keeps id → wrapper tables, so
 * neither side holds a pointer into the other. A call with a stale id throws
 * "Object has been destroyed" instead of touching freed memory. Main loop
 * thread only.
 */
#ifndef CT_MAIN_MAIN_H
#define CT_MAIN_MAIN_H

#include "../core/ct.h"

#include <gtk/gtk.h>
#include <webkit2/webkit2.h>

/* ---- bindings.c: the main process's internalBinding list and glue ---- */

extern const ct_binding_t ctm_bindings[];

/* A JS function C reports events to: fn(id, name, ...args). One per binding;
 * lib/ JS installs it once with setEmitter(fn). */
typedef struct {
    JSGlobalContextRef ctx; /* borrowed: the main runtime's context */
    JSObjectRef fn;         /* protected; replaced (and unprotected) by the next set */
} ctm_emitter_t;

void ctm_emitter_set(ctm_emitter_t *e, JSContextRef ctx, JSValueRef fn);
/* Calls e->fn(id, name, ...argv) through ct_js_call. Returns its result, or
 * NULL when no emitter is set or the listener threw (already reported). */
JSValueRef ctm_emit(ctm_emitter_t *e, int id, const char *name, size_t argc,
                    const JSValueRef argv[]);

/* A binding function (ct_binding_fn's signature), and the web contents
 * its first argument names, or return with "Object has been destroyed". */
#define CTM_FN(name)                                                                    \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, \
                           const JSValueRef argv[], JSValueRef *exc)
#define CTM_WC_SELF()                                                                   \
    (void)fn;                                                                           \
    (void)self;                                                                         \
    ctm_wc_t *w = ctm_wc_arg(ctx, argc, argv, 0, exc);                                  \
    if (w == NULL) return NULL

/* Argument readers: never throw, fall back to `def` on a wrong type. */
double ctm_num(JSContextRef ctx, JSValueRef v, double def);
bool ctm_bool(JSContextRef ctx, JSValueRef v, bool def);
/* UTF-8 copy of a string value, or NULL when v is not a string. Caller
 * frees with g_free. */
char *ctm_str(JSContextRef ctx, JSValueRef v);
/* obj[name], or undefined when obj is not an object. */
JSValueRef ctm_prop(JSContextRef ctx, JSValueRef obj, const char *name);
/* A colour from { r, g, b, a } in 0..255 (lib/electron parses the CSS forms);
 * a missing channel is 255. */
GdkRGBA ctm_rgba(JSContextRef ctx, JSValueRef v);

/* ---- app.c ---- */
void ctm_app_init(JSContextRef ctx, JSObjectRef target);
void ctm_http_client_init(JSContextRef ctx, JSObjectRef target);
/* Runs GLib's main loop until app.exit()/quit finishes; returns the code. */
int ctm_app_run(void);

/* ---- browser_window.c, view.c, web_contents.c: the window model ----
 *
 * Three kinds of native object, each with its own id table, as in Electron
 * >= 30: a window (BaseWindow: a GtkWindow and nothing else), a view (View:
 * a GtkOverlay whose overlay children are its child views, placed by their
 * bounds) and a web contents (a WebKitWebView with its own life). A
 * WebContentsView is a view whose overlay's main child is its web contents'
 * web view; a BrowserWindow is a window whose content view is one. None of
 * them points into another's struct for longer than a call: they find each
 * other by id, and widgets carry their view through object data. */

/* One BaseWindow / BrowserWindow. Owned by the id table in
 * browser_window.c: created by create(), freed after the GtkWindow's
 * "destroy" (close, destroy(), or the app exiting), after JS has been told
 * ('ct-closed'). Its content view is detached first, so views and web
 * contents outlive the window unless JS destroys them. */
typedef struct ctm_window {
    int id;                   /* BaseWindow id */
    GtkWindow *window;        /* owned: toplevel, destroyed by ctm_window_destroy */
    GtkWidget *box;           /* borrowed: child of window, holds the content view */
    GtkWidget *content;       /* borrowed: the content view's widget, or NULL */
    GtkWindowGroup *group;    /* owned ref: scopes modal grabs to this family */
    struct ctm_window *parent;/* borrowed: cleared when the parent goes */
    /* window state */
    GdkRectangle bounds;      /* last requested or configured, root coords */
    GdkRectangle configured;  /* last configure event, for resize/move events */
    GdkWindowState state;
    GdkRGBA background;       /* painted behind the content view */
    bool resizable, movable, minimizable, maximizable, closable, focusable;
    bool always_on_top, fullscreen_req, maximize_req, skip_taskbar, kiosk;
    bool shown_once, destroying, active;
    double opacity;
    int min_w, min_h, max_w, max_h;
    guint resized_timer, moved_timer; /* GLib sources, removed in free */
} ctm_window_t;

ctm_window_t *ctm_window_from_id(int id);
/* The window for argument i, or NULL with *exc set ("Object has been destroyed"). */
ctm_window_t *ctm_window_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                             JSValueRef *exc);
/* The window a widget is shown in, or NULL (not in any window's tree). */
ctm_window_t *ctm_window_of_widget(GtkWidget *widget);
/* A view's widget is leaving its holder: a window whose content view it is
 * lets go of it (without destroying it). */
void ctm_window_release_content(GtkWidget *widget);
/* Enters or leaves fullscreen, emitting enter-/leave-full-screen on a change. */
void ctm_window_set_fullscreen(ctm_window_t *w, bool on);
void ctm_browser_window_init(JSContextRef ctx, JSObjectRef target);

/* view.c: the widget of view id, or NULL. */
GtkWidget *ctm_view_widget(int id);
/* Takes a view's widget out of its parent view or window, alive. */
void ctm_view_unparent(GtkWidget *widget);
void ctm_view_init(JSContextRef ctx, JSObjectRef target);

/* One webContents. Owned by the id table in web_contents.c from create()
 * until destroy() (JS: wc.destroy(), its BrowserWindow closing, or the app
 * exiting), which tears the view down and tells JS ('ct-destroyed'). */
typedef struct ctm_wc {
    int id;                   /* webContents id */
    WebKitWebView *view;      /* a reference of ours (ref_sink), dropped in free */
    guint64 page_id;
    int pid;                  /* web process pid from the extension's hello */
    bool loading, dom_ready_sent, did_fail, crashed, devtools_open;
    bool related, destroying;
    bool focus_on_navigation; /* webPreferences.focusOnNavigation (default true) */
    char *programmatic_uri;   /* owned: the URL loadURL asked for */
    GHashTable *css;          /* key → WebKitUserStyleSheet (owned refs) */
    int css_seq;
    char *open_name, *open_features; /* owned: the page's last window.open(), until "create" */
    guint64 recent_keys[16];  /* key events reported (time, key, type), to drop WebKit's re-sends */
    unsigned recent_key_next;
} ctm_wc_t;

ctm_wc_t *ctm_wc_from_id(int id);
/* The live web contents whose view has WebKit page id page_id, or NULL. O(n). */
ctm_wc_t *ctm_wc_from_page_id(guint64 page_id);
/* The web contents for argument i, or NULL with *exc set. */
ctm_wc_t *ctm_wc_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     JSValueRef *exc);
extern ctm_emitter_t ctm_web_contents_emitter;
/* input_event.c: a key event as Electron's Input object. */
JSObjectRef ctm_input_event(JSContextRef ctx, const GdkEventKey *ev);

/* net_error.c: the Chromium net error (negative, e.g. -6) for a WebKit load
 * failure; *name gets its static name ("ERR_FILE_NOT_FOUND"). Cannot fail:
 * unknown errors are -2 ERR_FAILED. */
int ctm_net_error(const GError *e, const char **name);
void ctm_web_contents_init(JSContextRef ctx, JSObjectRef target);
/* web_contents_page.c: executeJavaScript, insertCSS, capturePage, print,
 * editing commands; installed by ctm_web_contents_init. */
void ctm_web_contents_page_init(JSContextRef ctx, JSObjectRef target);

/* ---- screen.c ---- */
void ctm_screen_init(JSContextRef ctx, JSObjectRef target);

/* ---- session.c ---- */
/* The WebKitWebContext of a partition ("" or NULL: the default session),
 * made on first use; in memory unless session.js declared it persistent. */
WebKitWebContext *ctm_session_context(const char *partition);
/* Keeps a permission request until JS answers it; returns its id. */
guint ctm_session_hold_permission(WebKitPermissionRequest *r);
void ctm_session_init(JSContextRef ctx, JSObjectRef target);

/* ---- ipc_main.c ---- */
/* The extension's initialization data: (version, socket path, token). Starts
 * listening on first use; floating reference. */
GVariant *ctm_ipc_main_address(void);
void ctm_ipc_main_init(JSContextRef ctx, JSObjectRef target);

#endif /* CT_MAIN_MAIN_H */
