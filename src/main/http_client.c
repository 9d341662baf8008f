/* SPDX-License-Identifier: MIT
 *
 * http_client.c — internalBinding('http_client'): HTTP(S) requests for the
 * main process's fetch() and electron.net.fetch, made by libsoup 3 (the
 * HTTP stack WebKitGTK already brings: TLS through GIO, redirects,
 * content decoding, proxies from the environment). One SoupSession for the
 * process, no cookie jar (fetch in Node keeps none). Bodies are read whole
 * before the callback. lib/electron/main/fetch.js is the policy (Headers,
 * Response, options). Main loop thread only.
 */
#include "main.h"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>

static SoupSession *session;     /* created on first use, for the process */
static GHashTable *in_flight;    /* request id → GCancellable (owned) */
static unsigned next_id = 1;

typedef struct {
    unsigned id;
    JSGlobalContextRef ctx;      /* borrowed: main's context lives for the process */
    JSObjectRef cb;              /* protected until the callback */
    SoupMessage *msg;            /* owned */
    GUri *first;                 /* owned: the URL asked for, to tell a redirect */
    bool redirect_error;         /* redirect: 'error' */
} http_req_t;

#define HC_FN(name)                                                                     \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, \
                           const JSValueRef argv[], JSValueRef *exc)
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

static void req_free(http_req_t *r) {
    g_hash_table_remove(in_flight, GUINT_TO_POINTER(r->id));
    JSValueUnprotect(r->ctx, r->cb);
    g_object_unref(r->msg);
    g_uri_unref(r->first);
    g_free(r);
}

/* cb(errMessage | null, head, bodyBytes) and free r */
static void req_finish(http_req_t *r, const char *err, JSValueRef head, JSValueRef body) {
    JSContextRef ctx = r->ctx;
    JSValueRef a[3] = {
        err ? ct_js_str(ctx, err) : JSValueMakeNull(ctx),
        head ? head : JSValueMakeUndefined(ctx),
        body ? body : JSValueMakeUndefined(ctx),
    };
    JSObjectRef cb = r->cb;
    JSValueProtect(ctx, cb);
    req_free(r);
    ct_js_call(ctx, cb, NULL, 3, a);
    JSValueUnprotect(ctx, cb);
}

static void on_sent(GObject *src, GAsyncResult *res, gpointer data) {
    http_req_t *r = data;
    GError *e = NULL;
    GBytes *bytes = soup_session_send_and_read_finish(SOUP_SESSION(src), res, &e);
    if (bytes == NULL) {
        req_finish(r, g_error_matches(e, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? "aborted" : e->message, NULL, NULL);
        g_error_free(e);
        return;
    }
    JSContextRef ctx = r->ctx;
    guint status = soup_message_get_status(r->msg);
    if (r->redirect_error && SOUP_STATUS_IS_REDIRECTION(status)) {
        g_bytes_unref(bytes);
        req_finish(r, "redirect mode is set to error", NULL, NULL);
        return;
    }
    JSObjectRef head = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, head, "status", JSValueMakeNumber(ctx, status));
    const char *reason = soup_message_get_reason_phrase(r->msg);
    ct_js_set(ctx, head, "statusText", ct_js_str(ctx, reason ? reason : ""));
    GUri *uri = soup_message_get_uri(r->msg);
    char *url = g_uri_to_string(uri);
    ct_js_set(ctx, head, "url", ct_js_str(ctx, url));
    g_free(url);
    ct_js_set(ctx, head, "redirected", JSValueMakeBoolean(ctx, !soup_uri_equal(uri, r->first)));
    /* headers as a flat [name, value, ...] list, in the order received */
    GPtrArray *flat = g_ptr_array_new();
    SoupMessageHeadersIter it;
    const char *name, *value;
    soup_message_headers_iter_init(&it, soup_message_get_response_headers(r->msg));
    while (soup_message_headers_iter_next(&it, &name, &value)) {
        g_ptr_array_add(flat, (gpointer)ct_js_str(ctx, name));
        g_ptr_array_add(flat, (gpointer)ct_js_str(ctx, value));
    }
    ct_js_set(ctx, head, "headers", JSObjectMakeArray(ctx, flat->len, (const JSValueRef *)flat->pdata, NULL));
    g_ptr_array_free(flat, TRUE);
    gsize n = 0;
    const void *data_ = g_bytes_get_data(bytes, &n);
    uint8_t *copy = g_malloc(n ? n : 1); /* aborts rather than fails; free()able */
    if (n) memcpy(copy, data_, n);
    g_bytes_unref(bytes);
    req_finish(r, NULL, head, ct_js_uint8array_take(ctx, copy, n));
}

/* request(method, url, headers [name, value, ...], body bytes | null,
 * redirect ('follow' | 'manual' | 'error'), callback) → request id, for
 * abort(id). A URL libsoup cannot use throws a TypeError. */
HC_FN(hc_request) {
    (void)fn, (void)self;
    JSValueRef cb = ARG(5);
    if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb))
        return ct_throw_type(ctx, exc, "request: callback expected");
    char *method = ctm_str(ctx, ARG(0)), *url = ctm_str(ctx, ARG(1)), *redirect = ctm_str(ctx, ARG(4));
    SoupMessage *msg = method && url ? soup_message_new(method, url) : NULL;
    if (msg == NULL) {
        JSValueRef r = ct_throw_type(ctx, exc, "Failed to parse URL from %s", url ? url : "");
        g_free(method), g_free(url), g_free(redirect);
        return r;
    }
    g_free(method);
    g_free(url);
    SoupMessageHeaders *hs = soup_message_get_request_headers(msg);
    if (JSValueIsObject(ctx, ARG(2))) {
        JSObjectRef list = (JSObjectRef)ARG(2);
        size_t n = (size_t)JSValueToNumber(ctx, ct_js_get(ctx, list, "length"), NULL);
        for (size_t i = 0; i + 1 < n; i += 2) {
            char *k = ctm_str(ctx, JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL));
            char *v = ctm_str(ctx, JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i + 1, NULL));
            if (k && v) soup_message_headers_append(hs, k, v);
            g_free(k);
            g_free(v);
        }
    }
    uint8_t *body;
    size_t blen;
    if (!JSValueIsNull(ctx, ARG(3)) && ct_js_bytes(ctx, ARG(3), &body, &blen)) {
        GBytes *b = g_bytes_new(body, blen);
        soup_message_set_request_body_from_bytes(msg, soup_message_headers_get_content_type(hs, NULL), b);
        g_bytes_unref(b);
    }
    bool follow = redirect == NULL || strcmp(redirect, "follow") == 0;
    if (!follow) soup_message_add_flags(msg, SOUP_MESSAGE_NO_REDIRECT);
    http_req_t *r = g_new0(http_req_t, 1);
    r->id = next_id++;
    r->ctx = JSContextGetGlobalContext(ctx);
    r->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, cb);
    r->msg = msg;
    r->first = g_uri_ref(soup_message_get_uri(msg));
    r->redirect_error = redirect != NULL && strcmp(redirect, "error") == 0;
    g_free(redirect);
    if (session == NULL) {
        session = soup_session_new();
        in_flight = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_object_unref);
    }
    GCancellable *c = g_cancellable_new();
    g_hash_table_insert(in_flight, GUINT_TO_POINTER(r->id), c);
    soup_session_send_and_read_async(session, msg, G_PRIORITY_DEFAULT, c, on_sent, r);
    return JSValueMakeNumber(ctx, r->id);
}

/* abort(id): the request's callback comes with "aborted" */
HC_FN(hc_abort) {
    (void)fn, (void)self, (void)exc;
    unsigned id = (unsigned)JSValueToNumber(ctx, ARG(0), NULL);
    GCancellable *c = in_flight ? g_hash_table_lookup(in_flight, GUINT_TO_POINTER(id)) : NULL;
    if (c != NULL) g_cancellable_cancel(c);
    return JSValueMakeUndefined(ctx);
}

/* isOnline() → whether GIO sees a network (electron.net.isOnline) */
HC_FN(hc_is_online) {
    (void)fn, (void)self, (void)argc, (void)argv, (void)exc;
    return JSValueMakeBoolean(ctx, g_network_monitor_get_network_available(g_network_monitor_get_default()));
}

static const ct_binding_fn http_client_fns[] = {
    { "abort", hc_abort, 1 },
    { "isOnline", hc_is_online, 0 },
    { "request", hc_request, 6 },
    { NULL, NULL, 0 }
};

void ctm_http_client_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, http_client_fns);
}
