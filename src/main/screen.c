/* SPDX-License-Identifier: MIT
 *
 * screen.c — screen's native half: GDK's monitors as Electron's Display
 * objects (bounds, work area, scale factor, refresh rate, ...), the cursor
 * position, and monitor changes reported as (0, 'display-added' |
 * 'display-removed' | 'display-metrics-changed', ...). Main process.
 *
 * Each GdkMonitor gets an id the first time it is seen (object data), so a
 * display keeps its id while it is connected, as Electron's do. Geometry
 * is in GDK's logical pixels, which are Electron's DIPs. Main loop thread
 * only.
 */
#include "main.h"

#include <string.h>

static ctm_emitter_t screen_emitter;
static int next_display_id = 1;
static bool watching;

static int monitor_id(GdkMonitor *m) {
    int id = GPOINTER_TO_INT(g_object_get_data(G_OBJECT(m), "ctm-display-id"));
    if (id == 0) {
        id = next_display_id++;
        g_object_set_data(G_OBJECT(m), "ctm-display-id", GINT_TO_POINTER(id));
    }
    return id;
}

static JSObjectRef rect_obj(JSContextRef ctx, const GdkRectangle *r) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "x", JSValueMakeNumber(ctx, r->x));
    ct_js_set(ctx, o, "y", JSValueMakeNumber(ctx, r->y));
    ct_js_set(ctx, o, "width", JSValueMakeNumber(ctx, r->width));
    ct_js_set(ctx, o, "height", JSValueMakeNumber(ctx, r->height));
    return o;
}

/* The monitor as the fields lib/electron/main/screen.js builds a Display
 * from. */
static JSObjectRef display_obj(JSContextRef ctx, GdkMonitor *m) {
    GdkRectangle geo, work;
    gdk_monitor_get_geometry(m, &geo);
    gdk_monitor_get_workarea(m, &work);
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "id", JSValueMakeNumber(ctx, monitor_id(m)));
    const char *model = gdk_monitor_get_model(m), *maker = gdk_monitor_get_manufacturer(m);
    char *label = g_strdup_printf("%s%s%s", maker ? maker : "", maker && model ? " " : "", model ? model : "");
    ct_js_set(ctx, o, "label", ct_js_str(ctx, label));
    g_free(label);
    ct_js_set(ctx, o, "bounds", rect_obj(ctx, &geo));
    ct_js_set(ctx, o, "workArea", rect_obj(ctx, &work));
    ct_js_set(ctx, o, "scaleFactor", JSValueMakeNumber(ctx, gdk_monitor_get_scale_factor(m)));
    ct_js_set(ctx, o, "refreshRate", JSValueMakeNumber(ctx, gdk_monitor_get_refresh_rate(m) / 1000.0));
    ct_js_set(ctx, o, "primary", JSValueMakeBoolean(ctx, gdk_monitor_is_primary(m)));
    ct_js_set(ctx, o, "widthMm", JSValueMakeNumber(ctx, gdk_monitor_get_width_mm(m)));
    GdkScreen *scr = gdk_display_get_default_screen(gdk_monitor_get_display(m));
    GdkVisual *vis = scr ? gdk_screen_get_system_visual(scr) : NULL;
    ct_js_set(ctx, o, "depth", JSValueMakeNumber(ctx, vis ? gdk_visual_get_depth(vis) : 24));
    return o;
}

static void emit_display(const char *name, GdkMonitor *m, JSValueRef extra) {
    if (screen_emitter.fn == NULL) return;
    JSValueRef a[2] = { display_obj(screen_emitter.ctx, m), extra ? extra : JSValueMakeUndefined(screen_emitter.ctx) };
    ctm_emit(&screen_emitter, 0, name, 2, a);
}

static void on_monitor_notify(GObject *o, GParamSpec *p, gpointer data) {
    (void)data;
    const char *what = strcmp(p->name, "scale-factor") == 0 ? "scaleFactor"
                       : strcmp(p->name, "workarea") == 0   ? "workArea"
                                                            : "bounds";
    emit_display("display-metrics-changed", GDK_MONITOR(o), ct_js_str(screen_emitter.ctx, what));
}

static void watch_monitor(GdkMonitor *m) {
    g_signal_connect(m, "notify::geometry", G_CALLBACK(on_monitor_notify), NULL);
    g_signal_connect(m, "notify::workarea", G_CALLBACK(on_monitor_notify), NULL);
    g_signal_connect(m, "notify::scale-factor", G_CALLBACK(on_monitor_notify), NULL);
}

static void on_monitor_added(GdkDisplay *d, GdkMonitor *m, gpointer data) {
    (void)d; (void)data;
    watch_monitor(m);
    emit_display("display-added", m, NULL);
}

static void on_monitor_removed(GdkDisplay *d, GdkMonitor *m, gpointer data) {
    (void)d; (void)data;
    emit_display("display-removed", m, NULL);
}

/* ---- binding functions ---- */

#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

static GdkDisplay *display_or_throw(JSContextRef ctx, JSValueRef *exc) {
    GdkDisplay *d = gdk_display_get_default();
    if (d == NULL) ct_throw_error(ctx, exc, "Failed to get screen information");
    return d;
}

/* setEmitter(fn): starts watching the monitors */
CTM_FN(scr_set_emitter) {
    (void)fn; (void)self;
    ctm_emitter_set(&screen_emitter, ctx, ARG(0));
    GdkDisplay *d = display_or_throw(ctx, exc);
    if (d == NULL || watching) return d ? JSValueMakeUndefined(ctx) : NULL;
    watching = true;
    for (int i = 0; i < gdk_display_get_n_monitors(d); i++) watch_monitor(gdk_display_get_monitor(d, i));
    g_signal_connect(d, "monitor-added", G_CALLBACK(on_monitor_added), NULL);
    g_signal_connect(d, "monitor-removed", G_CALLBACK(on_monitor_removed), NULL);
    return JSValueMakeUndefined(ctx);
}

/* displays() -> [display], the primary first */
CTM_FN(scr_displays) {
    (void)fn; (void)self; (void)argc; (void)argv;
    GdkDisplay *d = display_or_throw(ctx, exc);
    if (d == NULL) return NULL;
    int n = gdk_display_get_n_monitors(d);
    JSValueRef *v = g_new0(JSValueRef, n > 0 ? n : 1);
    GdkMonitor *primary = gdk_display_get_primary_monitor(d);
    if (primary == NULL && n > 0) primary = gdk_display_get_monitor(d, 0);
    int k = 0;
    if (primary != NULL) v[k++] = display_obj(ctx, primary);
    for (int i = 0; i < n; i++) {
        GdkMonitor *m = gdk_display_get_monitor(d, i);
        if (m != primary) v[k++] = display_obj(ctx, m);
    }
    JSObjectRef arr = JSObjectMakeArray(ctx, (size_t)k, v, NULL);
    g_free(v);
    return arr;
}

/* cursor() -> {x, y} in screen coordinates */
CTM_FN(scr_cursor) {
    (void)fn; (void)self; (void)argc; (void)argv;
    GdkDisplay *d = display_or_throw(ctx, exc);
    if (d == NULL) return NULL;
    GdkSeat *seat = gdk_display_get_default_seat(d);
    GdkDevice *ptr = seat ? gdk_seat_get_pointer(seat) : NULL;
    int x = 0, y = 0;
    if (ptr != NULL) gdk_device_get_position(ptr, NULL, &x, &y);
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "x", JSValueMakeNumber(ctx, x));
    ct_js_set(ctx, o, "y", JSValueMakeNumber(ctx, y));
    return o;
}

static const ct_binding_fn scr_fns[] = {
    { "cursor", scr_cursor, 0 },
    { "displays", scr_displays, 0 },
    { "setEmitter", scr_set_emitter, 1 },
    { NULL, NULL, 0 }
};

void ctm_screen_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, scr_fns);
}
