/* SPDX-License-Identifier: MIT
 *
 * extension.c — the cathode web extension: loaded by WebKit into every web
 * process (renderer), once per process, before any page exists.
 *
 * For now it tells the main process which process hosts each page (the pid
 * behind webContents.getOSProcessId(): WebKitGTK 4.1 has no UI-side getter)
 * and forwards the page-side facts the UI process cannot see: the document's
 * DOMContentLoaded (dom-ready) and console messages. It installs nothing into
 * pages yet; the IPC issue adds the preload, ipcRenderer and the Node layer.
 *
 * Messages are WebKitUserMessages sent page → view, named "cathode:<what>";
 * the main process (src/main/web_contents.c) treats them as untrusted input.
 * Web process main thread only.
 */
#include <webkit2/webkit-web-extension.h>

#include <unistd.h>

static void send_to_view(WebKitWebPage *page, const char *name, GVariant *params) {
    /* floating message and params: the send call sinks both */
    webkit_web_page_send_message_to_view(page, webkit_user_message_new(name, params), NULL, NULL,
                                         NULL);
}

static void on_document_loaded(WebKitWebPage *page, gpointer data) {
    (void)data;
    send_to_view(page, "cathode:dom-ready", NULL);
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
    /* the handlers die with the page: nothing to disconnect */
    g_signal_connect(page, "document-loaded", G_CALLBACK(on_document_loaded), NULL);
    if (g_signal_lookup("console-message-sent", WEBKIT_TYPE_WEB_PAGE) != 0)
        g_signal_connect(page, "console-message-sent", G_CALLBACK(on_console_message_sent), NULL);
}

G_MODULE_EXPORT void webkit_web_extension_initialize_with_user_data(WebKitWebExtension *ext,
                                                                    const GVariant *user_data) {
    (void)user_data;
    g_signal_connect(ext, "page-created", G_CALLBACK(on_page_created), NULL);
}
