/* SPDX-License-Identifier: MIT
 *
 * browser_window.c — BaseWindow's native half (and so BrowserWindow's): a
 * GtkWindow with a box that holds its content view (view.c), its geometry,
 * state and window events. No web contents: a BrowserWindow's page is the
 * web view of the WebContentsView lib/ sets as its content view. Main
 * process.
 *
 * lib/electron/main/base_window.js owns the policy (option defaults,
 * preventable events, the close sequence, the registry of wrappers); C does
 * what GTK does and reports back through one emitter as (id, name, ...).
 *
 * Ownership: ctm_window_t lives in the id table from create() until the
 * GtkWindow's "destroy" signal, whose handler takes the content view out
 * (views and web contents outlive their window, as in Electron), tells JS
 * ('ct-closed'), removes the id and frees it; JS wrappers only hold ids.
 * Every window gets its own GtkWindowGroup (children join their parent's) so
 * a modal child blocks its parent only, as in Electron. Main loop thread
 * only.
 */
#include "main.h"
#include "native_image.h"

#include <gdk/gdkx.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static GHashTable *windows;     /* id → ctm_window_t (owned: freed in window_free) */
static ctm_emitter_t win_emitter;

ctm_window_t *ctm_window_from_id(int id) {
    return windows ? g_hash_table_lookup(windows, GINT_TO_POINTER(id)) : NULL;
}

ctm_window_t *ctm_window_of_widget(GtkWidget *widget) {
    if (widget == NULL || windows == NULL) return NULL;
    GtkWidget *top = gtk_widget_get_toplevel(widget);
    if (!GTK_IS_WINDOW(top)) return NULL;
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, windows);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        ctm_window_t *w = v;
        if (GTK_WIDGET(w->window) == top) return w->destroying ? NULL : w;
    }
    return NULL;
}

/* A view's widget is leaving whatever holds it: when that is a window,
 * the window has no content view any more. */
void ctm_window_release_content(GtkWidget *widget) {
    if (windows == NULL) return;
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, windows);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        ctm_window_t *w = v;
        if (w->content != widget) continue;
        w->content = NULL;
        gtk_container_remove(GTK_CONTAINER(w->box), widget);
    }
}

ctm_window_t *ctm_window_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                             JSValueRef *exc) {
    int id = (int)ctm_num(ctx, ct_js_arg(ctx, argc, argv, i), -1);
    ctm_window_t *w = ctm_window_from_id(id);
    if (w == NULL || w->destroying) {
        ct_throw_type(ctx, exc, "Object has been destroyed");
        return NULL;
    }
    return w;
}

static void emit0(ctm_window_t *w, const char *name) {
    ctm_emit(&win_emitter, w->id, name, 0, NULL);
}

/* ---- GTK signal handlers ---- */

static gboolean on_delete_event(GtkWidget *widget, GdkEvent *ev, gpointer data) {
    (void)widget; (void)ev;
    ctm_window_t *w = data;
    /* JS runs Electron's close sequence and calls destroy() when allowed */
    if (w->closable) emit0(w, "ct-close-request");
    return TRUE;
}

static gboolean resized_cb(gpointer data) {
    ctm_window_t *w = data;
    w->resized_timer = 0;
    emit0(w, "resized");
    return G_SOURCE_REMOVE;
}

static gboolean moved_cb(gpointer data) {
    ctm_window_t *w = data;
    w->moved_timer = 0;
    emit0(w, "moved");
    return G_SOURCE_REMOVE;
}

/* 'resize'/'move' for each change; 'resized'/'moved' once changes have
 * stopped for 150 ms (the end of a user's drag). */
static gboolean on_configure_event(GtkWidget *widget, GdkEventConfigure *ev, gpointer data) {
    (void)widget;
    ctm_window_t *w = data;
    bool sized = ev->width != w->configured.width || ev->height != w->configured.height;
    bool moved = ev->x != w->configured.x || ev->y != w->configured.y;
    w->configured = (GdkRectangle){ ev->x, ev->y, ev->width, ev->height };
    w->bounds = w->configured;
    if (sized) {
        emit0(w, "resize");
        if (w->destroying) return FALSE; /* a listener destroyed the window */
        if (w->resized_timer) g_source_remove(w->resized_timer);
        w->resized_timer = g_timeout_add(150, resized_cb, w);
    }
    if (moved && !w->destroying) {
        emit0(w, "move");
        if (w->destroying) return FALSE;
        if (w->moved_timer) g_source_remove(w->moved_timer);
        w->moved_timer = g_timeout_add(150, moved_cb, w);
    }
    return FALSE;
}

static gboolean on_window_state_event(GtkWidget *widget, GdkEventWindowState *ev, gpointer data) {
    (void)widget;
    ctm_window_t *w = data;
    GdkWindowState ch = ev->changed_mask, st = ev->new_window_state;
    w->state = st;
    if (ch & GDK_WINDOW_STATE_ICONIFIED) emit0(w, (st & GDK_WINDOW_STATE_ICONIFIED) ? "minimize" : "restore");
    if (w->destroying) return FALSE;
    if (ch & GDK_WINDOW_STATE_MAXIMIZED) {
        w->maximize_req = (st & GDK_WINDOW_STATE_MAXIMIZED) != 0;
        emit0(w, w->maximize_req ? "maximize" : "unmaximize");
        if (w->destroying) return FALSE;
    }
    if (ch & GDK_WINDOW_STATE_FULLSCREEN) {
        /* reported already when it was asked for (ctm_window_set_fullscreen),
         * unless the window manager changed it on its own */
        bool fs = (st & GDK_WINDOW_STATE_FULLSCREEN) != 0;
        if (fs != w->fullscreen_req) {
            w->fullscreen_req = fs;
            emit0(w, fs ? "enter-full-screen" : "leave-full-screen");
            if (w->destroying) return FALSE;
        }
    }
    if (ch & GDK_WINDOW_STATE_ABOVE) {
        JSValueRef v = JSValueMakeBoolean(win_emitter.ctx, (st & GDK_WINDOW_STATE_ABOVE) != 0);
        ctm_emit(&win_emitter, w->id, "always-on-top-changed", 1, &v);
    }
    return FALSE;
}

static void on_is_active(GObject *obj, GParamSpec *pspec, gpointer data) {
    (void)obj; (void)pspec;
    ctm_window_t *w = data;
    bool active = gtk_window_is_active(w->window);
    if (w->destroying || active == w->active) return; /* GTK notifies repeats */
    w->active = active;
    emit0(w, active ? "focus" : "blur");
}

static void on_map(GtkWidget *widget, gpointer data) {
    (void)widget;
    ctm_window_t *w = data;
    w->shown_once = true;
    emit0(w, "show");
}

static void on_unmap(GtkWidget *widget, gpointer data) {
    (void)widget;
    ctm_window_t *w = data;
    if (!w->destroying) emit0(w, "hide");
}

static void window_free(ctm_window_t *w) {
    if (w->resized_timer) g_source_remove(w->resized_timer);
    if (w->moved_timer) g_source_remove(w->moved_timer);
    g_object_unref(w->window);
    if (w->group) g_object_unref(w->group);
    g_free(w);
}

static gboolean window_free_idle(gpointer data) {
    window_free(data);
    return G_SOURCE_REMOVE;
}

/* Runs first among "destroy" handlers, before GTK destroys the children:
 * the content view is taken out first, so GTK's destruction of the tree
 * never reaches views or web views (view.c holds them). The struct is freed
 * from an idle callback, not here: this may run inside one of its own signal
 * handlers (a listener calling destroy()), which must still find it, marked
 * `destroying`, when the listener returns. */
static void on_window_destroy(GtkWidget *widget, gpointer data) {
    (void)widget;
    ctm_window_t *w = data;
    w->destroying = true;
    g_signal_handlers_disconnect_by_data(w->window, w);
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, windows);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        ctm_window_t *c = v;
        if (c->parent == w) c->parent = NULL;
    }
    if (w->content != NULL) ctm_window_release_content(w->content);
    g_hash_table_steal(windows, GINT_TO_POINTER(w->id));
    emit0(w, "ct-closed");
    g_idle_add(window_free_idle, w);
}

/* Fullscreen as asked, reported at once as Chromium does: a window
 * manager may confirm it later, or (none running) never. */
void ctm_window_set_fullscreen(ctm_window_t *w, bool on) {
    bool was = w->fullscreen_req;
    w->fullscreen_req = on;
    if (on) gtk_window_fullscreen(w->window);
    else gtk_window_unfullscreen(w->window);
    if (was != on) emit0(w, on ? "enter-full-screen" : "leave-full-screen");
}

/* ---- geometry ---- */

static void apply_hints(ctm_window_t *w) {
    GdkGeometry g = { 0 };
    g.min_width = w->min_w > 0 ? w->min_w : 1;
    g.min_height = w->min_h > 0 ? w->min_h : 1;
    g.max_width = w->max_w > 0 ? w->max_w : G_MAXSHORT;
    g.max_height = w->max_h > 0 ? w->max_h : G_MAXSHORT;
    gtk_window_set_geometry_hints(w->window, NULL, &g, GDK_HINT_MIN_SIZE | GDK_HINT_MAX_SIZE);
}

static int clamp_size(int v, int lo, int hi) {
    if (lo > 0 && v < lo) v = lo;
    if (hi > 0 && v > hi) v = hi;
    return v < 1 ? 1 : v;
}

static void set_bounds(ctm_window_t *w, double x, double y, double width, double height) {
    if (!isnan(width) || !isnan(height)) {
        int nw = isnan(width) ? w->bounds.width : (int)width;
        int nh = isnan(height) ? w->bounds.height : (int)height;
        nw = clamp_size(nw, w->min_w, w->max_w);
        nh = clamp_size(nh, w->min_h, w->max_h);
        bool changed = nw != w->bounds.width || nh != w->bounds.height;
        w->bounds.width = nw;
        w->bounds.height = nh;
        /* a non-resizable window shrinks to its size request: pin it */
        if (!w->resizable) gtk_widget_set_size_request(w->box, nw, nh);
        gtk_window_set_default_size(w->window, nw, nh);
        gtk_window_resize(w->window, nw, nh);
        /* Reported when asked, as Chromium does (listeners see the new
         * size at once); the configure event that confirms it is then no
         * change. */
        if (changed) {
            w->configured.width = nw;
            w->configured.height = nh;
            emit0(w, "resize");
            if (w->destroying) return;
            if (w->resized_timer) g_source_remove(w->resized_timer);
            w->resized_timer = g_timeout_add(150, resized_cb, w);
        }
    }
    if (!isnan(x) || !isnan(y)) {
        w->bounds.x = isnan(x) ? w->bounds.x : (int)x;
        w->bounds.y = isnan(y) ? w->bounds.y : (int)y;
        gtk_window_move(w->window, w->bounds.x, w->bounds.y);
    }
}

static void center(ctm_window_t *w) {
    GdkDisplay *d = gdk_display_get_default();
    GdkWindow *gw = gtk_widget_get_window(GTK_WIDGET(w->window));
    GdkMonitor *m = gw ? gdk_display_get_monitor_at_window(d, gw) : gdk_display_get_primary_monitor(d);
    if (m == NULL) m = gdk_display_get_monitor(d, 0);
    if (m == NULL) return;
    GdkRectangle a;
    gdk_monitor_get_workarea(m, &a);
    set_bounds(w, a.x + (a.width - w->bounds.width) / 2, a.y + (a.height - w->bounds.height) / 2,
               NAN, NAN);
}

/* icon: a path or a NativeImage. X11 only: Wayland takes icons from the
 * .desktop file. */
static void set_icon(ctm_window_t *w, JSContextRef ctx, JSValueRef icon) {
    char *path = ctm_str(ctx, icon);
    if (path != NULL) {
        gtk_window_set_icon_from_file(w->window, path, NULL);
        g_free(path);
        return;
    }
    GdkPixbuf *pb = ctm_native_image_to_pixbuf(ctx, icon, 1.0);
    if (pb != NULL) {
        gtk_window_set_icon(w->window, pb);
        g_object_unref(pb);
    }
}

/* ---- binding functions ---- */

#define BW_WINDOW()                                                                     \
    (void)fn;                                                                           \
    (void)self;                                                                         \
    ctm_window_t *w = ctm_window_arg(ctx, argc, argv, 0, exc);                          \
    if (w == NULL) return NULL
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

CTM_FN(bw_set_emitter) {
    (void)fn; (void)self; (void)exc;
    ctm_emitter_set(&win_emitter, ctx, ARG(0));
    return JSValueMakeUndefined(ctx);
}

/* The window's own background, behind (and around) its content view. */
static gboolean on_box_draw(GtkWidget *box, cairo_t *cr, gpointer data) {
    ctm_window_t *w = data;
    if (w->background.alpha <= 0) return FALSE;
    gdk_cairo_set_source_rgba(cr, &w->background);
    cairo_rectangle(cr, 0, 0, gtk_widget_get_allocated_width(box), gtk_widget_get_allocated_height(box));
    cairo_fill(cr);
    return FALSE;
}

/* create(id, options): options are already normalised by JS. */
CTM_FN(bw_create) {
    (void)fn; (void)self;
    int id = (int)ctm_num(ctx, ARG(0), -1);
    JSValueRef o = ARG(1);
    if (id < 0 || ctm_window_from_id(id)) return ct_throw_type(ctx, exc, "BaseWindow: bad id");
    if (windows == NULL) windows = g_hash_table_new(NULL, NULL);

    ctm_window_t *w = g_new0(ctm_window_t, 1);
    w->id = id;
    w->resizable = ctm_bool(ctx, ctm_prop(ctx, o, "resizable"), true);
    w->movable = ctm_bool(ctx, ctm_prop(ctx, o, "movable"), true);
    w->minimizable = ctm_bool(ctx, ctm_prop(ctx, o, "minimizable"), true);
    w->maximizable = ctm_bool(ctx, ctm_prop(ctx, o, "maximizable"), true);
    w->closable = ctm_bool(ctx, ctm_prop(ctx, o, "closable"), true);
    w->focusable = ctm_bool(ctx, ctm_prop(ctx, o, "focusable"), true);
    w->opacity = 1.0;
    w->min_w = (int)ctm_num(ctx, ctm_prop(ctx, o, "minWidth"), 0);
    w->min_h = (int)ctm_num(ctx, ctm_prop(ctx, o, "minHeight"), 0);
    w->max_w = (int)ctm_num(ctx, ctm_prop(ctx, o, "maxWidth"), 0);
    w->max_h = (int)ctm_num(ctx, ctm_prop(ctx, o, "maxHeight"), 0);
    /* our own reference: the widget object outlives its destruction until
     * window_free, so code on the stack may still call GTK on it */
    w->window = g_object_ref(GTK_WINDOW(gtk_window_new(GTK_WINDOW_TOPLEVEL)));
    w->box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0);
    gtk_container_add(GTK_CONTAINER(w->window), w->box);
    g_signal_connect(w->box, "draw", G_CALLBACK(on_box_draw), w);
    JSValueRef bg = ctm_prop(ctx, o, "backgroundColor");
    if (JSValueIsObject(ctx, bg)) w->background = ctm_rgba(ctx, bg);
    g_hash_table_insert(windows, GINT_TO_POINTER(id), w);

    char *title = ctm_str(ctx, ctm_prop(ctx, o, "title"));
    gtk_window_set_title(w->window, title ? title : "Electron");
    g_free(title);
    apply_hints(w);
    w->bounds.width = 800;
    w->bounds.height = 600;
    set_bounds(w, NAN, NAN, ctm_num(ctx, ctm_prop(ctx, o, "width"), 800),
               ctm_num(ctx, ctm_prop(ctx, o, "height"), 600));
    gtk_window_set_resizable(w->window, w->resizable);
    gtk_window_set_deletable(w->window, w->closable);
    if (!w->focusable) {
        gtk_window_set_accept_focus(w->window, FALSE);
        gtk_window_set_focus_on_map(w->window, FALSE);
    }
    if (!ctm_bool(ctx, ctm_prop(ctx, o, "frame"), true)) gtk_window_set_decorated(w->window, FALSE);
    if (ctm_bool(ctx, ctm_prop(ctx, o, "skipTaskbar"), false)) {
        w->skip_taskbar = true;
        gtk_window_set_skip_taskbar_hint(w->window, TRUE);
    }
    if (ctm_bool(ctx, ctm_prop(ctx, o, "alwaysOnTop"), false)) {
        w->always_on_top = true;
        gtk_window_set_keep_above(w->window, TRUE);
    }
    double op = ctm_num(ctx, ctm_prop(ctx, o, "opacity"), 1.0);
    if (op < 1.0) {
        w->opacity = op < 0 ? 0 : op;
        gtk_widget_set_opacity(GTK_WIDGET(w->window), w->opacity);
    }
    JSValueRef icon = ctm_prop(ctx, o, "icon");
    if (!JSValueIsUndefined(ctx, icon)) set_icon(w, ctx, icon);

    double px = ctm_num(ctx, ctm_prop(ctx, o, "x"), NAN), py = ctm_num(ctx, ctm_prop(ctx, o, "y"), NAN);
    ctm_window_t *parent = ctm_window_from_id((int)ctm_num(ctx, ctm_prop(ctx, o, "parent"), -1));
    if (parent != NULL) {
        w->parent = parent;
        w->group = g_object_ref(parent->group);
        gtk_window_set_transient_for(w->window, parent->window);
        gtk_window_set_destroy_with_parent(w->window, TRUE);
        if (ctm_bool(ctx, ctm_prop(ctx, o, "modal"), false)) gtk_window_set_modal(w->window, TRUE);
    } else {
        w->group = gtk_window_group_new();
    }
    gtk_window_group_add_window(w->group, w->window);
    if (!isnan(px) && !isnan(py)) set_bounds(w, px, py, NAN, NAN);
    else if (ctm_bool(ctx, ctm_prop(ctx, o, "center"), false) || isnan(px)) center(w);

    g_signal_connect(w->window, "delete-event", G_CALLBACK(on_delete_event), w);
    g_signal_connect(w->window, "configure-event", G_CALLBACK(on_configure_event), w);
    g_signal_connect(w->window, "window-state-event", G_CALLBACK(on_window_state_event), w);
    g_signal_connect(w->window, "notify::is-active", G_CALLBACK(on_is_active), w);
    g_signal_connect(w->window, "map", G_CALLBACK(on_map), w);
    g_signal_connect(w->window, "unmap", G_CALLBACK(on_unmap), w);
    g_signal_connect(w->window, "destroy", G_CALLBACK(on_window_destroy), w);
    gtk_widget_show_all(w->box);
    if (ctm_bool(ctx, ctm_prop(ctx, o, "fullscreen"), false)) {
        w->fullscreen_req = true;
        gtk_window_fullscreen(w->window);
    }
    if (ctm_bool(ctx, ctm_prop(ctx, o, "kiosk"), false)) {
        w->kiosk = w->fullscreen_req = true;
        gtk_window_fullscreen(w->window);
        gtk_window_set_keep_above(w->window, TRUE);
    }
    return JSValueMakeUndefined(ctx);
}

CTM_FN(bw_destroy) {
    (void)fn; (void)self; (void)exc;
    ctm_window_t *w = ctm_window_from_id((int)ctm_num(ctx, ARG(0), -1));
    if (w != NULL && !w->destroying) gtk_widget_destroy(GTK_WIDGET(w->window));
    return JSValueMakeUndefined(ctx);
}

/* act(id, verb): the argument-less window verbs. */
CTM_FN(bw_act) {
    BW_WINDOW();
    char *verb = ctm_str(ctx, ARG(1));
    if (verb == NULL) return ct_throw_type(ctx, exc, "act: verb expected");
    GtkWindow *gw = w->window;
    if (!strcmp(verb, "show")) {
        gtk_widget_show(GTK_WIDGET(gw));
        if (w->focusable && !w->destroying) gtk_window_present(gw);
    } else if (!strcmp(verb, "showInactive")) {
        gtk_window_set_focus_on_map(gw, FALSE);
        gtk_widget_show(GTK_WIDGET(gw));
        gtk_window_set_focus_on_map(gw, w->focusable);
    } else if (!strcmp(verb, "hide")) {
        gtk_widget_hide(GTK_WIDGET(gw));
    } else if (!strcmp(verb, "focus")) {
        if (w->focusable) gtk_window_present(gw);
    } else if (!strcmp(verb, "blur")) {
        GdkWindow *g = gtk_widget_get_window(GTK_WIDGET(gw));
        if (g) gdk_window_lower(g);
    } else if (!strcmp(verb, "maximize")) {
        w->maximize_req = true;
        gtk_window_maximize(gw);
        if (!gtk_widget_get_visible(GTK_WIDGET(gw))) gtk_widget_show(GTK_WIDGET(gw));
    } else if (!strcmp(verb, "unmaximize")) {
        w->maximize_req = false;
        gtk_window_unmaximize(gw);
    } else if (!strcmp(verb, "minimize")) {
        gtk_window_iconify(gw);
    } else if (!strcmp(verb, "restore")) {
        if (!gtk_widget_get_visible(GTK_WIDGET(gw))) gtk_widget_show(GTK_WIDGET(gw));
        gtk_window_deiconify(gw);
    } else if (!strcmp(verb, "center")) {
        center(w);
    } else if (!strcmp(verb, "enterFullScreen")) {
        ctm_window_set_fullscreen(w, true);
    } else if (!strcmp(verb, "leaveFullScreen")) {
        ctm_window_set_fullscreen(w, false);
    } else if (!strcmp(verb, "raise")) {
        GdkWindow *g = gtk_widget_get_window(GTK_WIDGET(gw));
        if (g) gdk_window_raise(g);
    } else {
        ct_throw_type(ctx, exc, "act: unknown verb %s", verb);
    }
    g_free(verb);
    return *exc ? NULL : JSValueMakeUndefined(ctx);
}

/* setBounds(id, x, y, width, height): NaN/undefined keeps a field. */
CTM_FN(bw_set_bounds) {
    BW_WINDOW();
    set_bounds(w, ctm_num(ctx, ARG(1), NAN), ctm_num(ctx, ARG(2), NAN), ctm_num(ctx, ARG(3), NAN),
               ctm_num(ctx, ARG(4), NAN));
    return JSValueMakeUndefined(ctx);
}

/* setSizeLimits(id, minW, minH, maxW, maxH): 0 = no limit. */
CTM_FN(bw_set_size_limits) {
    BW_WINDOW();
    w->min_w = (int)ctm_num(ctx, ARG(1), w->min_w);
    w->min_h = (int)ctm_num(ctx, ARG(2), w->min_h);
    w->max_w = (int)ctm_num(ctx, ARG(3), w->max_w);
    w->max_h = (int)ctm_num(ctx, ARG(4), w->max_h);
    apply_hints(w);
    int nw = clamp_size(w->bounds.width, w->min_w, w->max_w);
    int nh = clamp_size(w->bounds.height, w->min_h, w->max_h);
    if (nw != w->bounds.width || nh != w->bounds.height) set_bounds(w, NAN, NAN, nw, nh);
    return JSValueMakeUndefined(ctx);
}

static void put_num(JSContextRef ctx, JSObjectRef o, const char *k, double v) {
    ct_js_set(ctx, o, k, JSValueMakeNumber(ctx, v));
}
static void put_bool(JSContextRef ctx, JSObjectRef o, const char *k, bool v) {
    ct_js_set(ctx, o, k, JSValueMakeBoolean(ctx, v));
}

/* getState(id): geometry and every queryable flag in one object. */
CTM_FN(bw_get_state) {
    BW_WINDOW();
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    GdkRectangle b = w->bounds;
    put_num(ctx, o, "x", b.x);
    put_num(ctx, o, "y", b.y);
    put_num(ctx, o, "width", b.width);
    put_num(ctx, o, "height", b.height);
    GtkAllocation a;
    gtk_widget_get_allocation(w->box, &a);
    bool realized = gtk_widget_get_realized(w->box) && a.width > 1;
    /* content = the box's area (no menu bar yet: the whole client area) */
    put_num(ctx, o, "contentX", b.x + (realized ? a.x : 0));
    put_num(ctx, o, "contentY", b.y + (realized ? a.y : 0));
    put_num(ctx, o, "contentWidth", realized && a.width == b.width ? a.width : b.width);
    put_num(ctx, o, "contentHeight", realized && a.height == b.height ? a.height : b.height);
    put_bool(ctx, o, "visible", gtk_widget_get_visible(GTK_WIDGET(w->window)));
    put_bool(ctx, o, "focused", gtk_window_is_active(w->window));
    put_bool(ctx, o, "maximized", (w->state & GDK_WINDOW_STATE_MAXIMIZED) != 0);
    put_bool(ctx, o, "minimized", (w->state & GDK_WINDOW_STATE_ICONIFIED) != 0);
    put_bool(ctx, o, "fullscreen", w->fullscreen_req || (w->state & GDK_WINDOW_STATE_FULLSCREEN));
    put_bool(ctx, o, "alwaysOnTop", w->always_on_top);
    put_bool(ctx, o, "resizable", w->resizable);
    put_bool(ctx, o, "movable", w->movable);
    put_bool(ctx, o, "minimizable", w->minimizable);
    put_bool(ctx, o, "maximizable", w->maximizable);
    put_bool(ctx, o, "closable", w->closable);
    put_bool(ctx, o, "focusable", w->focusable);
    put_bool(ctx, o, "skipTaskbar", w->skip_taskbar);
    put_bool(ctx, o, "kiosk", w->kiosk);
    put_bool(ctx, o, "modal", gtk_window_get_modal(w->window));
    put_bool(ctx, o, "decorated", gtk_window_get_decorated(w->window));
    put_num(ctx, o, "opacity", w->opacity);
    put_num(ctx, o, "minWidth", w->min_w);
    put_num(ctx, o, "minHeight", w->min_h);
    put_num(ctx, o, "maxWidth", w->max_w);
    put_num(ctx, o, "maxHeight", w->max_h);
    ct_js_set(ctx, o, "title", ct_js_str(ctx, gtk_window_get_title(w->window)));
    return o;
}

/* set(id, name, value): the window's settable properties. */
CTM_FN(bw_set) {
    BW_WINDOW();
    char *name = ctm_str(ctx, ARG(1));
    JSValueRef v = ARG(2);
    if (name == NULL) return ct_throw_type(ctx, exc, "set: name expected");
    bool b = JSValueToBoolean(ctx, v);
    GtkWindow *gw = w->window;
    if (!strcmp(name, "title")) {
        char *t = ct_js_to_utf8(ctx, v, exc);
        if (t) gtk_window_set_title(gw, t);
        free(t);
    } else if (!strcmp(name, "resizable")) {
        w->resizable = b;
        gtk_widget_set_size_request(w->box, b ? -1 : w->bounds.width, b ? -1 : w->bounds.height);
        gtk_window_set_resizable(gw, b);
    } else if (!strcmp(name, "movable")) {
        w->movable = b;
    } else if (!strcmp(name, "minimizable")) {
        w->minimizable = b;
    } else if (!strcmp(name, "maximizable")) {
        w->maximizable = b;
    } else if (!strcmp(name, "closable")) {
        w->closable = b;
        gtk_window_set_deletable(gw, b);
    } else if (!strcmp(name, "focusable")) {
        w->focusable = b;
        gtk_window_set_accept_focus(gw, b);
        gtk_window_set_focus_on_map(gw, b);
    } else if (!strcmp(name, "alwaysOnTop")) {
        w->always_on_top = b;
        gtk_window_set_keep_above(gw, b);
    } else if (!strcmp(name, "skipTaskbar")) {
        w->skip_taskbar = b;
        gtk_window_set_skip_taskbar_hint(gw, b);
    } else if (!strcmp(name, "kiosk")) {
        w->kiosk = b;
        w->fullscreen_req = b;
        if (b) gtk_window_fullscreen(gw); else gtk_window_unfullscreen(gw);
        gtk_window_set_keep_above(gw, b || w->always_on_top);
    } else if (!strcmp(name, "opacity")) {
        double o = ctm_num(ctx, v, 1.0);
        w->opacity = o < 0 ? 0 : o > 1 ? 1 : o;
        gtk_widget_set_opacity(GTK_WIDGET(gw), w->opacity);
    } else if (!strcmp(name, "urgent")) {
        gtk_window_set_urgency_hint(gw, b);
    } else if (!strcmp(name, "icon")) {
        set_icon(w, ctx, v);
    } else if (!strcmp(name, "modal")) {
        gtk_window_set_modal(gw, b);
    } else if (!strcmp(name, "decorated")) {
        gtk_window_set_decorated(gw, b);
    } else if (!strcmp(name, "parent")) {
        ctm_window_t *p = ctm_window_from_id((int)ctm_num(ctx, v, -1));
        if (p == w) p = NULL;
        w->parent = p;
        gtk_window_set_transient_for(gw, p ? p->window : NULL);
        GtkWindowGroup *g = p ? g_object_ref(p->group) : gtk_window_group_new();
        gtk_window_group_remove_window(w->group, gw);
        g_object_unref(w->group);
        w->group = g;
        gtk_window_group_add_window(g, gw);
    } else if (!strcmp(name, "backgroundColor")) {
        w->background = ctm_rgba(ctx, v);
        gtk_widget_queue_draw(w->box);
    } else {
        ct_throw_type(ctx, exc, "set: unknown property %s", name);
    }
    g_free(name);
    return *exc ? NULL : JSValueMakeUndefined(ctx);
}

/* setContentView(id, viewId): the view that fills the window; the one
 * it replaces stays alive (view.c holds it), detached. */
CTM_FN(bw_set_content_view) {
    BW_WINDOW();
    GtkWidget *content = ctm_view_widget((int)ctm_num(ctx, ARG(1), -1));
    if (content == NULL) return ct_throw_type(ctx, exc, "Object has been destroyed");
    if (content == w->content) return JSValueMakeUndefined(ctx);
    if (w->content != NULL) ctm_window_release_content(w->content);
    ctm_view_unparent(content);
    gtk_box_pack_end(GTK_BOX(w->box), content, TRUE, TRUE, 0);
    w->content = content;
    return JSValueMakeUndefined(ctx);
}

/* nativeId(id) -> the X window id (realizing the window if need be), or 0
 * off X11 (Wayland gives clients no window ids) */
CTM_FN(bw_native_id) {
    BW_WINDOW();
    GdkDisplay *d = gdk_display_get_default();
    if (d == NULL || !GDK_IS_X11_DISPLAY(d)) return JSValueMakeNumber(ctx, 0);
    gtk_widget_realize(GTK_WIDGET(w->window));
    GdkWindow *g = gtk_widget_get_window(GTK_WIDGET(w->window));
    return JSValueMakeNumber(ctx, g ? (double)gdk_x11_window_get_xid(g) : 0);
}

/* moveAbove(id, xid) -> false when no such window exists: restacks this
 * window just above that one */
CTM_FN(bw_move_above) {
    BW_WINDOW();
    GdkDisplay *d = gdk_display_get_default();
    double xid = ctm_num(ctx, ARG(1), 0);
    if (d == NULL || !GDK_IS_X11_DISPLAY(d) || !(xid > 0)) return JSValueMakeBoolean(ctx, false);
    GdkWindow *other = gdk_x11_window_lookup_for_display(d, (Window)xid);
    if (other == NULL) {
        gdk_x11_display_error_trap_push(d);
        other = gdk_x11_window_foreign_new_for_display(d, (Window)xid);
        gdk_x11_display_error_trap_pop_ignored(d);
    } else {
        g_object_ref(other);
    }
    if (other == NULL) return JSValueMakeBoolean(ctx, false);
    gtk_widget_realize(GTK_WIDGET(w->window));
    GdkWindow *g = gtk_widget_get_window(GTK_WIDGET(w->window));
    if (g != NULL) gdk_window_restack(g, other, TRUE);
    g_object_unref(other);
    return JSValueMakeBoolean(ctx, true);
}

/* focusedId() -> id of the active window, or -1 */
CTM_FN(bw_focused_id) {
    (void)fn; (void)self; (void)argc; (void)argv; (void)exc;
    if (windows == NULL) return JSValueMakeNumber(ctx, -1);
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, windows);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        ctm_window_t *w = v;
        if (!w->destroying && gtk_window_is_active(w->window)) return JSValueMakeNumber(ctx, w->id);
    }
    return JSValueMakeNumber(ctx, -1);
}

static const ct_binding_fn bw_fns[] = {
    { "act", bw_act, 2 },
    { "create", bw_create, 2 },
    { "destroy", bw_destroy, 1 },
    { "focusedId", bw_focused_id, 0 },
    { "getState", bw_get_state, 1 },
    { "moveAbove", bw_move_above, 2 },
    { "nativeId", bw_native_id, 1 },
    { "set", bw_set, 3 },
    { "setBounds", bw_set_bounds, 5 },
    { "setContentView", bw_set_content_view, 2 },
    { "setEmitter", bw_set_emitter, 1 },
    { "setSizeLimits", bw_set_size_limits, 5 },
    { NULL, NULL, 0 }
};

void ctm_browser_window_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, bw_fns);
}
