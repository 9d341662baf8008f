/* SPDX-License-Identifier: MIT
 *
 * view.c — View's native half: a GtkOverlay per view. Its overlay children
 * are the view's child views, each placed at its own bounds (relative to the
 * parent view) by "get-child-position", stacked in the order they were
 * added; a WebContentsView's main child is its web contents' WebKitWebView,
 * which fills the view. A window's content view is packed into the window
 * and so fills it. Main process.
 *
 * GtkOverlay rather than GtkFixed/GtkLayout: an overlay child's position and
 * size come from the signal, not from size requests, so child bounds never
 * force a minimum size onto the window (as GtkFixed's would), and GTK3 gives
 * each overlay child a GdkWindow of its own, stacked above the main child:
 * a child view shows on top of its parent's page, as in Electron.
 *
 * Ownership: each view holds a reference on its overlay from create() until
 * destroy() (JS calls it when the View object is collected); a parent's
 * container reference never outlives ours, because destroy() unparents first.
 * Main loop thread only.
 */
#include "main.h"

#include <string.h>

typedef struct ctm_view {
    int id;
    GtkWidget *overlay;       /* our reference (ref_sink) */
    int wc_id;                /* the web contents shown, or -1 */
    GdkRectangle bounds;      /* relative to the parent view */
    GdkRGBA background;
    bool has_background;
    bool visible;
} ctm_view_t;

static GHashTable *views; /* id → ctm_view_t (owned) */

static ctm_view_t *view_from_id(int id) {
    return views ? g_hash_table_lookup(views, GINT_TO_POINTER(id)) : NULL;
}

GtkWidget *ctm_view_widget(int id) {
    ctm_view_t *v = view_from_id(id);
    return v ? v->overlay : NULL;
}

static ctm_view_t *view_of_widget(GtkWidget *w) {
    return w ? g_object_get_data(G_OBJECT(w), "ctm-view") : NULL;
}

static gboolean on_child_position(GtkOverlay *o, GtkWidget *child, GdkRectangle *alloc,
                                  gpointer data) {
    (void)o; (void)data;
    ctm_view_t *c = view_of_widget(child);
    if (c == NULL) return FALSE;
    *alloc = c->bounds;
    return TRUE;
}

static gboolean on_draw(GtkWidget *w, cairo_t *cr, gpointer data) {
    ctm_view_t *v = data;
    if (!v->has_background) return FALSE;
    gdk_cairo_set_source_rgba(cr, &v->background);
    cairo_rectangle(cr, 0, 0, gtk_widget_get_allocated_width(w), gtk_widget_get_allocated_height(w));
    cairo_fill(cr);
    return FALSE; /* the children draw on top */
}

/* A zero-sized view takes no part in layout: GTK warns on empty
 * allocations, and Electron shows nothing for it either. */
static void apply_visibility(ctm_view_t *v) {
    bool in_overlay = view_of_widget(gtk_widget_get_parent(v->overlay)) != NULL;
    bool empty = in_overlay && (v->bounds.width <= 0 || v->bounds.height <= 0);
    gtk_widget_set_visible(v->overlay, v->visible && !empty);
}

/* A view in no window still lays its page out at its bounds (Electron
 * sizes a detached WebContentsView's page too): allocate it by hand. */
static void allocate_detached(ctm_view_t *v) {
    if (gtk_widget_get_parent(v->overlay) != NULL || v->bounds.width <= 0 || v->bounds.height <= 0)
        return;
    GtkRequisition min;
    gtk_widget_get_preferred_size(v->overlay, &min, NULL);
    GtkAllocation a = { 0, 0, MAX(v->bounds.width, min.width), MAX(v->bounds.height, min.height) };
    gtk_widget_size_allocate(v->overlay, &a);
}

/* Takes a view's widget out of whatever holds it (a parent view or a
 * window) without destroying it: our reference keeps it. */
void ctm_view_unparent(GtkWidget *w) {
    GtkWidget *p = gtk_widget_get_parent(w);
    if (p == NULL) return;
    ctm_window_release_content(w);
    p = gtk_widget_get_parent(w);
    if (p != NULL) gtk_container_remove(GTK_CONTAINER(p), w);
}

static void view_free(ctm_view_t *v) {
    ctm_view_unparent(v->overlay);
    /* the web view belongs to its web contents, not to us */
    GtkWidget *main_child = gtk_bin_get_child(GTK_BIN(v->overlay));
    if (main_child != NULL) gtk_container_remove(GTK_CONTAINER(v->overlay), main_child);
    g_object_set_data(G_OBJECT(v->overlay), "ctm-view", NULL);
    g_signal_handlers_disconnect_by_data(v->overlay, v);
    gtk_widget_destroy(v->overlay);
    g_object_unref(v->overlay);
    g_free(v);
}

/* ---- binding functions ---- */

#define ARG(i) ct_js_arg(ctx, argc, argv, (i))
#define UNDEF JSValueMakeUndefined(ctx)

static ctm_view_t *view_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                            JSValueRef *exc) {
    ctm_view_t *v = view_from_id((int)ctm_num(ctx, ct_js_arg(ctx, argc, argv, i), -1));
    if (v == NULL) ct_throw_type(ctx, exc, "Object has been destroyed");
    return v;
}

/* create(id) */
CTM_FN(view_create) {
    (void)fn; (void)self;
    int id = (int)ctm_num(ctx, ARG(0), -1);
    if (id < 0 || view_from_id(id) != NULL) return ct_throw_type(ctx, exc, "View: bad id");
    if (views == NULL) views = g_hash_table_new(NULL, NULL);
    ctm_view_t *v = g_new0(ctm_view_t, 1);
    v->id = id;
    v->wc_id = -1;
    v->visible = true;
    v->overlay = g_object_ref_sink(gtk_overlay_new());
    g_object_set_data(G_OBJECT(v->overlay), "ctm-view", v);
    g_signal_connect(v->overlay, "get-child-position", G_CALLBACK(on_child_position), v);
    g_signal_connect(v->overlay, "draw", G_CALLBACK(on_draw), v);
    gtk_widget_show(v->overlay);
    g_hash_table_insert(views, GINT_TO_POINTER(id), v);
    return UNDEF;
}

/* destroy(id): the View object is gone (collected). */
CTM_FN(view_destroy) {
    (void)fn; (void)self; (void)exc;
    int id = (int)ctm_num(ctx, ARG(0), -1);
    ctm_view_t *v = view_from_id(id);
    if (v != NULL) {
        g_hash_table_remove(views, GINT_TO_POINTER(id));
        view_free(v);
    }
    return UNDEF;
}

/* setWebContents(id, wcId): the web view that fills this view (a
 * WebContentsView's); -1 or a destroyed one removes it. */
CTM_FN(view_set_web_contents) {
    (void)fn; (void)self;
    ctm_view_t *v = view_arg(ctx, argc, argv, 0, exc);
    if (v == NULL) return NULL;
    GtkWidget *old = gtk_bin_get_child(GTK_BIN(v->overlay));
    if (old != NULL) gtk_container_remove(GTK_CONTAINER(v->overlay), old);
    ctm_wc_t *wc = ctm_wc_from_id((int)ctm_num(ctx, ARG(1), -1));
    v->wc_id = -1;
    if (wc == NULL || wc->destroying) return UNDEF;
    GtkWidget *wv = GTK_WIDGET(wc->view);
    if (gtk_widget_get_parent(wv) != NULL) gtk_container_remove(GTK_CONTAINER(gtk_widget_get_parent(wv)), wv);
    gtk_container_add(GTK_CONTAINER(v->overlay), wv);
    gtk_widget_show(wv);
    v->wc_id = wc->id;
    allocate_detached(v);
    return UNDEF;
}

/* setBounds(id, x, y, width, height) */
CTM_FN(view_set_bounds) {
    (void)fn; (void)self;
    ctm_view_t *v = view_arg(ctx, argc, argv, 0, exc);
    if (v == NULL) return NULL;
    v->bounds = (GdkRectangle){ (int)ctm_num(ctx, ARG(1), 0), (int)ctm_num(ctx, ARG(2), 0),
                                (int)ctm_num(ctx, ARG(3), 0), (int)ctm_num(ctx, ARG(4), 0) };
    apply_visibility(v);
    GtkWidget *p = gtk_widget_get_parent(v->overlay);
    if (view_of_widget(p) != NULL) gtk_widget_queue_resize(p);
    allocate_detached(v);
    return UNDEF;
}

/* getBounds(id) -> {x, y, width, height}: the allocation a window gave its
 * content view, else the bounds set. */
CTM_FN(view_get_bounds) {
    (void)fn; (void)self;
    ctm_view_t *v = view_arg(ctx, argc, argv, 0, exc);
    if (v == NULL) return NULL;
    GdkRectangle b = v->bounds;
    GtkWidget *p = gtk_widget_get_parent(v->overlay);
    if (p != NULL && view_of_widget(p) == NULL && gtk_widget_get_realized(v->overlay)) {
        GtkAllocation a;
        gtk_widget_get_allocation(v->overlay, &a);
        b = (GdkRectangle){ 0, 0, a.width, a.height };
    }
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "x", JSValueMakeNumber(ctx, b.x));
    ct_js_set(ctx, o, "y", JSValueMakeNumber(ctx, b.y));
    ct_js_set(ctx, o, "width", JSValueMakeNumber(ctx, b.width));
    ct_js_set(ctx, o, "height", JSValueMakeNumber(ctx, b.height));
    return o;
}

/* addChild(id, childId, index): appended (index < 0) or put at index of the
 * stacking order; a child that has a parent leaves it first. */
CTM_FN(view_add_child) {
    (void)fn; (void)self;
    ctm_view_t *v = view_arg(ctx, argc, argv, 0, exc);
    ctm_view_t *c = v ? view_arg(ctx, argc, argv, 1, exc) : NULL;
    if (c == NULL) return NULL;
    if (c == v) return ct_throw_type(ctx, exc, "A view cannot be added as its own child");
    int index = (int)ctm_num(ctx, ARG(2), -1);
    ctm_view_unparent(c->overlay);
    gtk_overlay_add_overlay(GTK_OVERLAY(v->overlay), c->overlay);
    /* events outside the child's bounds reach the views below it */
    gtk_overlay_set_overlay_pass_through(GTK_OVERLAY(v->overlay), c->overlay, FALSE);
    if (index >= 0) gtk_overlay_reorder_overlay(GTK_OVERLAY(v->overlay), c->overlay, index);
    apply_visibility(c);
    return UNDEF;
}

/* removeChild(id, childId) */
CTM_FN(view_remove_child) {
    (void)fn; (void)self;
    ctm_view_t *v = view_arg(ctx, argc, argv, 0, exc);
    ctm_view_t *c = v ? view_arg(ctx, argc, argv, 1, exc) : NULL;
    if (c == NULL) return NULL;
    if (gtk_widget_get_parent(c->overlay) == v->overlay)
        gtk_container_remove(GTK_CONTAINER(v->overlay), c->overlay);
    allocate_detached(c);
    return UNDEF;
}

/* set(id, name, value): visible, backgroundColor ({r, g, b, a}) */
CTM_FN(view_set) {
    (void)fn; (void)self;
    ctm_view_t *v = view_arg(ctx, argc, argv, 0, exc);
    if (v == NULL) return NULL;
    char *name = ctm_str(ctx, ARG(1));
    if (name == NULL) return ct_throw_type(ctx, exc, "set: name expected");
    if (!strcmp(name, "visible")) {
        v->visible = JSValueToBoolean(ctx, ARG(2));
        apply_visibility(v);
    } else if (!strcmp(name, "backgroundColor")) {
        v->background = ctm_rgba(ctx, ARG(2));
        v->has_background = true;
        gtk_widget_queue_draw(v->overlay);
    } else {
        ct_throw_type(ctx, exc, "set: unknown property %s", name);
    }
    g_free(name);
    return *exc ? NULL : UNDEF;
}

static const ct_binding_fn view_fns[] = {
    { "addChild", view_add_child, 3 },
    { "create", view_create, 1 },
    { "destroy", view_destroy, 1 },
    { "getBounds", view_get_bounds, 1 },
    { "removeChild", view_remove_child, 2 },
    { "set", view_set, 3 },
    { "setBounds", view_set_bounds, 5 },
    { "setWebContents", view_set_web_contents, 2 },
    { NULL, NULL, 0 }
};

void ctm_view_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, view_fns);
}
