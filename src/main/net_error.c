/* SPDX-License-Identifier: MIT
 *
 * net_error.c — WebKit's load failures (GErrors from WebKit, GIO, GLib's
 * resolver, TLS and libsoup) as Chromium's net error codes and names, the
 * ones Electron's did-fail-load and load promises carry. Main process.
 *
 * The table follows ../shared/reference/webkit-mapping.md ("did-fail-load
 * error mapping"), whose rows were observed on WebKitGTK 2.50.
 */
#include "main.h"

#include <string.h>

int ctm_net_error(const GError *e, const char **name) {
    const char *d = g_quark_to_string(e->domain);
#define R(c, n) do { *name = n; return c; } while (0)
    if (e->domain == WEBKIT_NETWORK_ERROR) {
        if (e->code == WEBKIT_NETWORK_ERROR_CANCELLED) R(-3, "ERR_ABORTED");
        if (e->code == WEBKIT_NETWORK_ERROR_FILE_DOES_NOT_EXIST) R(-6, "ERR_FILE_NOT_FOUND");
        if (e->code == WEBKIT_NETWORK_ERROR_UNKNOWN_PROTOCOL) R(-302, "ERR_UNKNOWN_URL_SCHEME");
        R(-2, "ERR_FAILED");
    }
    if (e->domain == WEBKIT_POLICY_ERROR) {
        if (e->code == WEBKIT_POLICY_ERROR_CANNOT_SHOW_URI) R(-302, "ERR_UNKNOWN_URL_SCHEME");
        if (e->code == WEBKIT_POLICY_ERROR_CANNOT_USE_RESTRICTED_PORT) R(-312, "ERR_UNSAFE_PORT");
        R(-3, "ERR_ABORTED");
    }
    if (e->domain == G_IO_ERROR) {
        switch (e->code) {
        case G_IO_ERROR_NOT_FOUND: R(-6, "ERR_FILE_NOT_FOUND");
        case G_IO_ERROR_CONNECTION_REFUSED: R(-102, "ERR_CONNECTION_REFUSED");
        case G_IO_ERROR_TIMED_OUT: R(-7, "ERR_TIMED_OUT");
        case G_IO_ERROR_HOST_UNREACHABLE: R(-109, "ERR_ADDRESS_UNREACHABLE");
        case G_IO_ERROR_NETWORK_UNREACHABLE: R(-106, "ERR_INTERNET_DISCONNECTED");
        case G_IO_ERROR_CONNECTION_CLOSED: R(-100, "ERR_CONNECTION_CLOSED");
        case G_IO_ERROR_PROXY_FAILED: R(-130, "ERR_PROXY_CONNECTION_FAILED");
        case G_IO_ERROR_PERMISSION_DENIED: R(-10, "ERR_ACCESS_DENIED");
        case G_IO_ERROR_CANCELLED: R(-3, "ERR_ABORTED");
        default: R(-2, "ERR_FAILED");
        }
    }
    if (e->domain == G_RESOLVER_ERROR) R(-105, "ERR_NAME_NOT_RESOLVED");
    if (e->domain == G_TLS_ERROR) {
        if (e->code == G_TLS_ERROR_BAD_CERTIFICATE) R(-207, "ERR_CERT_INVALID");
        R(-107, "ERR_SSL_PROTOCOL_ERROR");
    }
    if (d != NULL && strcmp(d, "soup-session-error-quark") == 0) R(-320, "ERR_INVALID_RESPONSE");
    R(-2, "ERR_FAILED");
#undef R
}

