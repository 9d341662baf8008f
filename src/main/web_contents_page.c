/* SPDX-License-Identifier: MIT
 *
 * web_contents_page.c — the webContents calls that work on the page and
 * answer later: executeJavaScript, insertCSS/removeInsertedCSS,
 * capturePage, print, and the editing commands. Part of the web_contents
 * binding (web_contents.c installs these beside its own). Main process.
 *
 * Each async call keeps its JS callback protected in a wc_req_t until WebKit
 * completes it, which WebKit guarantees (with an error when the view went
 * away), so no callback is lost or called twice. Main loop thread only.
 */
#include "main.h"
#include "native_image.h"

#include <gtk/gtkunixprint.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An async WebKit call waiting to answer JS: the callback is protected
 * until the completion runs (which WebKit guarantees, with an error if the
 * view went away). */
typedef struct {
    int wc_id;
    JSGlobalContextRef ctx;  /* borrowed: the main runtime */
    JSObjectRef cb;          /* protected, unprotected in req_finish */
    char *code;              /* owned: executeJavaScript's source, for the fallback */
    GdkRectangle rect;       /* capturePage's crop, width 0 = whole view */
    int print_backgrounds;   /* printToPDF: the page's own setting to put back, -1: none */
} wc_req_t;

static wc_req_t *req_new(JSContextRef ctx, int wc_id, JSValueRef cb) {
    wc_req_t *r = g_new0(wc_req_t, 1);
    r->wc_id = wc_id;
    r->ctx = JSContextGetGlobalContext(ctx);
    r->cb = (JSObjectRef)cb;
    r->print_backgrounds = -1;
    JSValueProtect(ctx, cb);
    return r;
}

/* Calls r->cb(err, value) and frees r. err is a message or NULL. */
static void req_finish(wc_req_t *r, const char *err, JSValueRef value) {
    JSValueRef args[2];
    args[0] = err ? ct_js_str(r->ctx, err) : JSValueMakeNull(r->ctx);
    args[1] = value ? value : JSValueMakeUndefined(r->ctx);
    ct_js_call(r->ctx, r->cb, NULL, 2, args);
    JSValueUnprotect(r->ctx, r->cb);
    g_free(r->code);
    g_free(r);
}

#define ARG(i) ct_js_arg(ctx, argc, argv, (i))
#define UNDEF JSValueMakeUndefined(ctx)

/* editingCommand(wcId, name): "Copy", "Paste", "SelectAll", ... */
CTM_FN(wc_editing_command) {
    CTM_WC_SELF();
    char *c = ctm_str(ctx, ARG(1));
    if (c == NULL) return ct_throw_type(ctx, exc, "editingCommand: name expected");
    char *arg = ctm_str(ctx, ARG(2));
    if (arg) webkit_web_view_execute_editing_command_with_argument(w->view, c, arg);
    else webkit_web_view_execute_editing_command(w->view, c);
    g_free(arg);
    g_free(c);
    return UNDEF;
}

/* Hands a JSCValue from WebKit's own context to main's JS as JSON text
 * (undefined when it has none: undefined, functions, symbols). */
static void finish_js_value(wc_req_t *r, JSCValue *val) {
    JSValueRef out = NULL;
    if (val != NULL && !jsc_value_is_undefined(val)) {
        char *json = jsc_value_to_json(val, 0);
        if (json != NULL) out = ct_js_str(r->ctx, json);
        g_free(json);
    }
    req_finish(r, NULL, out);
}

static void evaluate_done(GObject *src, GAsyncResult *res, gpointer data) {
    wc_req_t *r = data;
    GError *e = NULL;
    JSCValue *val = webkit_web_view_evaluate_javascript_finish(WEBKIT_WEB_VIEW(src), res, &e);
    if (val == NULL) {
        req_finish(r, e ? e->message : "Script failed to execute", NULL);
        if (e) g_error_free(e);
        return;
    }
    finish_js_value(r, val);
    g_object_unref(val);
}

static void call_async_done(GObject *src, GAsyncResult *res, gpointer data) {
    wc_req_t *r = data;
    GError *e = NULL;
    JSCValue *val = webkit_web_view_call_async_javascript_function_finish(WEBKIT_WEB_VIEW(src), res, &e);
    if (val == NULL) {
        /* a page CSP without 'unsafe-eval' refuses our indirect eval: run the
         * code as a plain script instead (its promise is not awaited then) */
        if (e && (strstr(e->message, "unsafe-eval") || strstr(e->message, "EvalError")) &&
            ctm_wc_from_id(r->wc_id) != NULL) {
            g_error_free(e);
            webkit_web_view_evaluate_javascript(WEBKIT_WEB_VIEW(src), r->code, -1, NULL, NULL, NULL,
                                                evaluate_done, r);
            return;
        }
        req_finish(r, e ? e->message : "Script failed to execute", NULL);
        if (e) g_error_free(e);
        return;
    }
    finish_js_value(r, val);
    g_object_unref(val);
}

/* executeJavaScript(wcId, code, cb(err, json)): the completion value of
 * code as a global script, awaited when it is a promise. */
CTM_FN(wc_execute_javascript) {
    CTM_WC_SELF();
    char *code = ctm_str(ctx, ARG(1));
    JSValueRef cb = ARG(2);
    if (code == NULL || !JSValueIsObject(ctx, cb))
        return ct_throw_type(ctx, exc, "executeJavaScript: (code, callback) expected");
    wc_req_t *r = req_new(ctx, w->id, cb);
    r->code = code;
    GVariantDict d;
    g_variant_dict_init(&d, NULL);
    g_variant_dict_insert(&d, "__cathodeCode", "s", code);
    webkit_web_view_call_async_javascript_function(
        w->view, "return (0, eval)(__cathodeCode);", -1, g_variant_dict_end(&d), NULL, NULL, NULL,
        call_async_done, r);
    return UNDEF;
}

/* insertCSS(wcId, css, origin) -> key */
CTM_FN(wc_insert_css) {
    CTM_WC_SELF();
    char *css = ctm_str(ctx, ARG(1));
    char *origin = ctm_str(ctx, ARG(2));
    if (css == NULL) return ct_throw_type(ctx, exc, "insertCSS: css must be a string");
    WebKitUserStyleLevel level = origin && !strcmp(origin, "user") ? WEBKIT_USER_STYLE_LEVEL_USER
                                                                  : WEBKIT_USER_STYLE_LEVEL_AUTHOR;
    WebKitUserStyleSheet *s = webkit_user_style_sheet_new(css, WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                          level, NULL, NULL);
    webkit_user_content_manager_add_style_sheet(webkit_web_view_get_user_content_manager(w->view), s);
    char *key = g_strdup_printf("css-%d-%d", w->id, ++w->css_seq);
    g_hash_table_insert(w->css, g_strdup(key), s);
    JSValueRef out = ct_js_str(ctx, key);
    g_free(key);
    g_free(css);
    g_free(origin);
    return out;
}

CTM_FN(wc_remove_inserted_css) {
    CTM_WC_SELF();
    char *key = ctm_str(ctx, ARG(1));
    WebKitUserStyleSheet *s = key ? g_hash_table_lookup(w->css, key) : NULL;
    if (s != NULL) {
        webkit_user_content_manager_remove_style_sheet(
            webkit_web_view_get_user_content_manager(w->view), s);
        g_hash_table_remove(w->css, key);
    }
    g_free(key);
    return JSValueMakeBoolean(ctx, s != NULL);
}

static void snapshot_done(GObject *src, GAsyncResult *res, gpointer data) {
    wc_req_t *r = data;
    GError *e = NULL;
    cairo_surface_t *s = webkit_web_view_get_snapshot_finish(WEBKIT_WEB_VIEW(src), res, &e);
    if (s == NULL) {
        req_finish(r, e ? e->message : "capturePage failed", NULL);
        if (e) g_error_free(e);
        return;
    }
    cairo_surface_t *part = NULL;
    if (r->rect.width > 0 && r->rect.height > 0) {
        /* The snapshot is not always an image surface (WebKit may hand back
         * one of the display's): its extent in page units comes from a
         * context's clip, which any surface type answers. */
        cairo_t *cr = cairo_create(s);
        double x1, y1, x2, y2, sx = 1, sy = 1;
        cairo_clip_extents(cr, &x1, &y1, &x2, &y2);
        cairo_destroy(cr);
        cairo_surface_get_device_scale(s, &sx, &sy);
        GdkRectangle full = { 0, 0, (int)(x2 - x1), (int)(y2 - y1) };
        GdkRectangle c;
        if (gdk_rectangle_intersect(&full, &r->rect, &c))
            part = cairo_surface_create_for_rectangle(s, c.x * sx, c.y * sy, c.width * sx, c.height * sy);
        else
            part = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 0, 0);
    }
    /* nativeImage copies a sub-surface and shares a whole one */
    JSObjectRef img = ctm_native_image_from_surface(r->ctx, part ? part : s);
    if (part) cairo_surface_destroy(part);
    cairo_surface_destroy(s);
    req_finish(r, NULL, img);
}

/* capturePage(wcId, x, y, width, height, cb(err, nativeImage)): the
 * visible area, or the part of it in the rect when width and height > 0. */
CTM_FN(wc_capture_page) {
    CTM_WC_SELF();
    JSValueRef cb = ARG(5);
    if (!JSValueIsObject(ctx, cb)) return ct_throw_type(ctx, exc, "capturePage: callback expected");
    ctm_window_t *win = ctm_window_of_widget(GTK_WIDGET(w->view));
    /* not in a window: nothing is drawn, JS answers an empty image */
    if (win == NULL) return JSValueMakeBoolean(ctx, false);
    if (!gtk_widget_get_mapped(GTK_WIDGET(win->window))) {
        /* A never-shown window has no allocation, and WebKit cannot
         * snapshot an unallocated view: lay it out without mapping it. */
        GtkWidget *top = GTK_WIDGET(win->window);
        GtkRequisition min, nat;
        gtk_widget_realize(top);
        gtk_widget_get_preferred_size(top, &min, &nat);
        GtkAllocation a = { 0, 0, MAX(min.width, win->bounds.width), MAX(min.height, win->bounds.height) };
        gtk_widget_size_allocate(top, &a);
    }
    wc_req_t *r = req_new(ctx, w->id, cb);
    r->rect = (GdkRectangle){ (int)ctm_num(ctx, ARG(1), 0), (int)ctm_num(ctx, ARG(2), 0),
                              (int)ctm_num(ctx, ARG(3), 0), (int)ctm_num(ctx, ARG(4), 0) };
    webkit_web_view_get_snapshot(w->view, WEBKIT_SNAPSHOT_REGION_VISIBLE,
                                 WEBKIT_SNAPSHOT_OPTIONS_NONE, NULL, snapshot_done, r);
    return JSValueMakeBoolean(ctx, true);
}

/* A print job has ended: the page's print-backgrounds setting, when
 * printToPDF changed it, is put back first. */
static void print_ended(wc_req_t *r) {
    ctm_wc_t *w = r->print_backgrounds >= 0 ? ctm_wc_from_id(r->wc_id) : NULL;
    if (w != NULL && !w->destroying)
        webkit_settings_set_print_backgrounds(webkit_web_view_get_settings(w->view), r->print_backgrounds != 0);
}

static void print_done(WebKitPrintOperation *op, gpointer data) {
    print_ended(data);
    req_finish(data, NULL, JSValueMakeBoolean(((wc_req_t *)data)->ctx, true));
    g_object_unref(op);
}

/* WebKit emits "finished" after "failed" too: the request ends here */
static void print_failed(WebKitPrintOperation *op, GError *e, gpointer data) {
    g_signal_handlers_disconnect_by_func(op, print_done, data);
    print_ended(data);
    req_finish(data, e->message, NULL);
    g_object_unref(op);
}

/* The print dialog's answer: print with what the user chose, or report
 * the cancel. */
static void on_print_response(GtkDialog *dlg, gint response, gpointer data) {
    WebKitPrintOperation *op = data;
    wc_req_t *r = g_object_get_data(G_OBJECT(op), "ctm-req");
    if (response == GTK_RESPONSE_OK) {
        GtkPrintSettings *settings = gtk_print_unix_dialog_get_settings(GTK_PRINT_UNIX_DIALOG(dlg));
        webkit_print_operation_set_print_settings(op, settings);
        webkit_print_operation_set_page_setup(op, gtk_print_unix_dialog_get_page_setup(GTK_PRINT_UNIX_DIALOG(dlg)));
        g_object_unref(settings);
        webkit_print_operation_print(op);
    } else {
        g_signal_handlers_disconnect_by_data(op, r);
        req_finish(r, "cancelled", NULL);
        g_object_unref(op);
    }
    gtk_widget_destroy(GTK_WIDGET(dlg));
}

/* print(wcId, silent, cb(err)): silent prints with the default printer's
 * settings; otherwise GTK's print dialog, shown without blocking (a modal
 * run would hold the main loop, and with it every JS timer, until the
 * user answers). */
CTM_FN(wc_print) {
    CTM_WC_SELF();
    JSValueRef cb = ARG(2);
    if (!JSValueIsObject(ctx, cb)) return ct_throw_type(ctx, exc, "print: callback expected");
    ctm_window_t *win = ctm_window_of_widget(GTK_WIDGET(w->view));
    wc_req_t *r = req_new(ctx, w->id, cb);
    WebKitPrintOperation *op = webkit_print_operation_new(w->view);
    g_signal_connect(op, "finished", G_CALLBACK(print_done), r);
    g_signal_connect(op, "failed", G_CALLBACK(print_failed), r);
    if (JSValueToBoolean(ctx, ARG(1))) {
        webkit_print_operation_print(op);
        return UNDEF;
    }
    g_object_set_data(G_OBJECT(op), "ctm-req", r);
    GtkWidget *dlg = gtk_print_unix_dialog_new(NULL, win ? win->window : NULL);
    gtk_print_unix_dialog_set_embed_page_setup(GTK_PRINT_UNIX_DIALOG(dlg), TRUE);
    g_signal_connect(dlg, "response", G_CALLBACK(on_print_response), op);
    gtk_widget_show(dlg);
    return UNDEF;
}

/* printToPDF(wcId, settings, path, cb(err)): the page printed into a PDF
 * file at path with GTK's "Print to File" backend. settings: paperWidth,
 * paperHeight, margins (inches), landscape, scale, pageRanges ("1-3,5"),
 * printBackground. */
CTM_FN(wc_print_to_pdf) {
    CTM_WC_SELF();
    JSValueRef o = ARG(1), cb = ARG(3);
    char *path = ctm_str(ctx, ARG(2));
    if (path == NULL || !JSValueIsObject(ctx, cb)) {
        g_free(path);
        return ct_throw_type(ctx, exc, "printToPDF: (settings, path, callback) expected");
    }
    double pw = ctm_num(ctx, ctm_prop(ctx, o, "paperWidth"), 8.5), ph = ctm_num(ctx, ctm_prop(ctx, o, "paperHeight"), 11);
    bool landscape = ctm_bool(ctx, ctm_prop(ctx, o, "landscape"), false);
    GtkPaperSize *paper = gtk_paper_size_new_custom("cathode-pdf", "PDF", pw, ph, GTK_UNIT_INCH);
    GtkPageSetup *setup = gtk_page_setup_new();
    gtk_page_setup_set_paper_size(setup, paper);
    gtk_page_setup_set_orientation(setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
    gtk_page_setup_set_top_margin(setup, ctm_num(ctx, ctm_prop(ctx, o, "marginTop"), 0.4), GTK_UNIT_INCH);
    gtk_page_setup_set_bottom_margin(setup, ctm_num(ctx, ctm_prop(ctx, o, "marginBottom"), 0.4), GTK_UNIT_INCH);
    gtk_page_setup_set_left_margin(setup, ctm_num(ctx, ctm_prop(ctx, o, "marginLeft"), 0.4), GTK_UNIT_INCH);
    gtk_page_setup_set_right_margin(setup, ctm_num(ctx, ctm_prop(ctx, o, "marginRight"), 0.4), GTK_UNIT_INCH);
    GtkPrintSettings *ps = gtk_print_settings_new();
    gtk_print_settings_set_printer(ps, "Print to File");
    gtk_print_settings_set(ps, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
    char *uri = g_filename_to_uri(path, NULL, NULL);
    gtk_print_settings_set(ps, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
    g_free(uri);
    gtk_print_settings_set_paper_size(ps, paper);
    gtk_print_settings_set_orientation(ps, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
    gtk_print_settings_set_scale(ps, 100.0 * ctm_num(ctx, ctm_prop(ctx, o, "scale"), 1.0));
    char *ranges = ctm_str(ctx, ctm_prop(ctx, o, "pageRanges"));
    if (ranges != NULL && ranges[0] != 0) {
        gint n = 0;
        GtkPageRange *pr = NULL;
        /* GTK counts pages from 0; "1-3" is pages 0..2 */
        char **parts = g_strsplit(ranges, ",", -1);
        for (char **it = parts; *it; it++) {
            int a = 0, b = 0;
            if (sscanf(*it, "%d-%d", &a, &b) == 2 || (sscanf(*it, "%d", &a) == 1 && (b = a))) {
                pr = g_renew(GtkPageRange, pr, n + 1);
                pr[n].start = a - 1;
                pr[n].end = b - 1;
                n++;
            }
        }
        g_strfreev(parts);
        if (n > 0) {
            gtk_print_settings_set_print_pages(ps, GTK_PRINT_PAGES_RANGES);
            gtk_print_settings_set_page_ranges(ps, pr, n);
        }
        g_free(pr);
    }
    g_free(ranges);
    WebKitSettings *st = webkit_web_view_get_settings(w->view);
    wc_req_t *r = req_new(ctx, w->id, cb);
    r->print_backgrounds = webkit_settings_get_print_backgrounds(st); /* put back in print_ended */
    webkit_settings_set_print_backgrounds(st, ctm_bool(ctx, ctm_prop(ctx, o, "printBackground"), false));
    WebKitPrintOperation *op = webkit_print_operation_new(w->view);
    webkit_print_operation_set_print_settings(op, ps);
    webkit_print_operation_set_page_setup(op, setup);
    g_signal_connect(op, "finished", G_CALLBACK(print_done), r);
    g_signal_connect(op, "failed", G_CALLBACK(print_failed), r);
    webkit_print_operation_print(op);
    g_object_unref(ps);
    g_object_unref(setup);
    gtk_paper_size_free(paper);
    g_free(path);
    return UNDEF;
}

static const ct_binding_fn page_fns[] = {
    { "capturePage", wc_capture_page, 6 },
    { "editingCommand", wc_editing_command, 3 },
    { "executeJavaScript", wc_execute_javascript, 3 },
    { "insertCSS", wc_insert_css, 3 },
    { "print", wc_print, 3 },
    { "printToPDF", wc_print_to_pdf, 4 },
    { "removeInsertedCSS", wc_remove_inserted_css, 2 },
    { NULL, NULL, 0 }
};

void ctm_web_contents_page_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, page_fns);
}
