/* SPDX-License-Identifier: MIT
 *
 * webkit_anchor.c — the benchmarks' anchor: a plain C program that shows a
 * page with WebKitGTK directly, one GtkWindow + WebKitWebView per window, no
 * JavaScript runtime of ours. bench/windows.sh runs it beside cathode so the
 * difference is cathode's own overhead.
 *
 *   webkit_anchor [--windows N] [--churn N] [--hidden] URL
 *
 * Prints "BENCH <event> <id> <epoch ms>" lines on stdout, the events cathode's
 * bench app prints: ready-to-show (the view's first draw after the load
 * committed; with --hidden, when the load committed), did-finish-load, then
 * loaded-all once every window has both. With --churn N it then opens and
 * closes N windows one after the other (each loads the page; it is closed at
 * did-finish-load) and prints churn-done. It then waits to be killed, so
 * the harness can read the memory of its process tree. Views are unrelated,
 * so each gets its own web process, as a BrowserWindow does.
 */
#include <gtk/gtk.h>
#include <webkit2/webkit2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int id;
    GtkWidget *window;     /* owned: destroyed by close_window */
    WebKitWebView *view;   /* borrowed: child of window */
    gboolean committed, shown_sent, loaded;
    gboolean churn;
} anchor_win_t;

static const char *url;
static int n_windows = 1, n_churn = 0, n_loaded = 0, n_ready = 0, churn_left = 0, next_id = 1;
static gboolean hidden;

static void emit(const char *event, int id) {
    printf("BENCH %s %d %.3f\n", event, id, (double)g_get_real_time() / 1000.0);
    fflush(stdout);
}

static void open_window(gboolean churn);

static gboolean close_window(gpointer data) {
    anchor_win_t *w = data;
    gtk_widget_destroy(w->window);
    g_free(w);
    if (churn_left > 0) {
        churn_left--;
        open_window(TRUE);
    } else {
        emit("churn-done", 0);
    }
    return G_SOURCE_REMOVE;
}

static void maybe_all(void) {
    if (n_loaded == n_windows && n_ready == n_windows) {
        n_loaded++; /* once */
        emit("loaded-all", 0);
        if (n_churn > 0) {
            emit("churn-start", 0);
            churn_left = n_churn - 1;
            open_window(TRUE);
        }
    }
}

static void ready(anchor_win_t *w) {
    if (w->shown_sent) return;
    w->shown_sent = TRUE;
    if (w->churn) return;
    emit("ready-to-show", w->id);
    n_ready++;
    maybe_all();
}

static gboolean on_draw(GtkWidget *widget, cairo_t *cr, gpointer data) {
    (void)widget, (void)cr;
    anchor_win_t *w = data;
    if (w->committed) ready(w);
    return FALSE;
}

static void on_load_changed(WebKitWebView *view, WebKitLoadEvent ev, gpointer data) {
    (void)view;
    anchor_win_t *w = data;
    if (ev == WEBKIT_LOAD_COMMITTED) {
        w->committed = TRUE;
        if (hidden) ready(w);
        else gtk_widget_queue_draw(GTK_WIDGET(w->view));
    } else if (ev == WEBKIT_LOAD_FINISHED && !w->loaded) {
        w->loaded = TRUE;
        if (w->churn) {
            g_signal_handlers_disconnect_by_data(w->view, w);
            g_idle_add(close_window, w);
            return;
        }
        emit("did-finish-load", w->id);
        n_loaded++;
        maybe_all();
    }
}

static void open_window(gboolean churn) {
    anchor_win_t *w = g_new0(anchor_win_t, 1);
    w->id = next_id++;
    w->churn = churn;
    w->window = gtk_window_new(GTK_WINDOW_TOPLEVEL);
    gtk_window_set_default_size(GTK_WINDOW(w->window), 800, 600);
    gtk_window_set_title(GTK_WINDOW(w->window), "anchor");
    w->view = WEBKIT_WEB_VIEW(webkit_web_view_new());
    gtk_container_add(GTK_CONTAINER(w->window), GTK_WIDGET(w->view));
    g_signal_connect(w->view, "load-changed", G_CALLBACK(on_load_changed), w);
    g_signal_connect_after(w->view, "draw", G_CALLBACK(on_draw), w);
    webkit_web_view_load_uri(w->view, url);
    if (hidden) gtk_widget_show(GTK_WIDGET(w->view));
    else gtk_widget_show_all(w->window);
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--windows") == 0 && i + 1 < argc) n_windows = atoi(argv[++i]);
        else if (strcmp(argv[i], "--churn") == 0 && i + 1 < argc) n_churn = atoi(argv[++i]);
        else if (strcmp(argv[i], "--hidden") == 0) hidden = TRUE;
        else if (argv[i][0] == '-') url = NULL, n_windows = 0;
        else url = argv[i];
    }
    if (url == NULL || n_windows < 1) {
        fprintf(stderr, "usage: webkit_anchor [--windows N] [--churn N] [--hidden] URL\n");
        return 2;
    }
    emit("main", 0);
    gtk_init(&argc, &argv);
    for (int i = 0; i < n_windows; i++) open_window(FALSE);
    gtk_main();
    return 0;
}
