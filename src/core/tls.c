/* SPDX-License-Identifier: MIT
 *
 * tls.c — internalBinding('tls'): OpenSSL's TLS engine with memory BIOs for
 * lib/node/tls.js. The engine never touches a socket: JS feeds it the bytes
 * the TCP socket received (feed), runs it (pump: handshake, then decrypted
 * data out and records to send), hands it plaintext to encrypt (write) and
 * writes the records pump returns to the socket itself. Contexts and
 * sessions are handle objects freed by their finalizers. Certificate checks
 * use the system store (or the `ca` given) plus a host-name/IP check; the
 * verdict goes to JS, which applies rejectUnauthorized as Node does.
 * Loop thread only.
 */
#include "internal.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

typedef struct {
    SSL_CTX *ctx;   /* a context: owned (refcounted by OpenSSL) */
    SSL *ssl;       /* or a session: owned; its BIOs belong to it */
    BIO *rbio, *wbio;
    bool handshake_done;
} tls_handle_t;

static JSClassRef handle_class;

static void handle_finalize(JSObjectRef o) {
    tls_handle_t *h = JSObjectGetPrivate(o);
    if (h == NULL) return;
    SSL_free(h->ssl);
    SSL_CTX_free(h->ctx);
    free(h);
}

static tls_handle_t *handle_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    tls_handle_t *h = JSValueIsObjectOfClass(ctx, v, handle_class) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
    if (h == NULL) ct_throw_type(ctx, exc, "tls: a handle expected");
    return h;
}

/* OpenSSL's last error as text, and clears the queue */
static JSValueRef ssl_error(JSContextRef ctx, const char *fallback) {
    unsigned long e = ERR_get_error();
    char msg[256];
    if (e != 0) ERR_error_string_n(e, msg, sizeof msg);
    else snprintf(msg, sizeof msg, "%s", fallback);
    ERR_clear_error();
    return ct_js_str(ctx, msg);
}

/* PEM text (a string or bytes) as a memory BIO, or NULL */
static BIO *pem_bio(JSContextRef ctx, JSValueRef v) {
    if (JSValueIsString(ctx, v)) {
        char *s = ct_js_to_utf8(ctx, v, NULL);
        if (s == NULL) return NULL;
        BIO *b = BIO_new(BIO_s_mem());
        BIO_write(b, s, (int)strlen(s));
        free(s);
        return b;
    }
    uint8_t *data;
    size_t len;
    if (!ct_js_bytes(ctx, v, &data, &len)) return NULL;
    BIO *b = BIO_new(BIO_s_mem());
    BIO_write(b, data, (int)len);
    return b;
}

/* contextNew(isServer, ca | null, cert | null, key | null) → context; a
 * string with OpenSSL's complaint when a PEM does not load */
BINDING(tls_context_new) {
    (void)fn, (void)self;
    bool server = JSValueToBoolean(ctx, ARG(0));
    SSL_CTX *c = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    if (c == NULL) return ct_throw_error(ctx, exc, "tls: no context");
    SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION);
    if (!JSValueIsNull(ctx, ARG(1)) && !JSValueIsUndefined(ctx, ARG(1))) {
        BIO *b = pem_bio(ctx, ARG(1));
        X509_STORE *store = SSL_CTX_get_cert_store(c);
        X509 *x;
        int n = 0;
        while (b != NULL && (x = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL) {
            X509_STORE_add_cert(store, x);
            X509_free(x);
            n++;
        }
        BIO_free(b);
        ERR_clear_error();
        if (n == 0) {
            SSL_CTX_free(c);
            return ct_js_str(ctx, "ca: no certificate in the PEM given");
        }
    } else if (!server) {
        SSL_CTX_set_default_verify_paths(c); /* the system's store */
    }
    if (!JSValueIsNull(ctx, ARG(2)) && !JSValueIsUndefined(ctx, ARG(2))) {
        BIO *cb = pem_bio(ctx, ARG(2)), *kb = pem_bio(ctx, ARG(3));
        X509 *cert = cb ? PEM_read_bio_X509(cb, NULL, NULL, NULL) : NULL;
        EVP_PKEY *key = kb ? PEM_read_bio_PrivateKey(kb, NULL, NULL, NULL) : NULL;
        bool ok = cert && key && SSL_CTX_use_certificate(c, cert) == 1 && SSL_CTX_use_PrivateKey(c, key) == 1 &&
                  SSL_CTX_check_private_key(c) == 1;
        X509 *extra;
        while (ok && cb && (extra = PEM_read_bio_X509(cb, NULL, NULL, NULL)) != NULL)
            SSL_CTX_add_extra_chain_cert(c, extra); /* takes ownership */
        X509_free(cert);
        EVP_PKEY_free(key);
        BIO_free(cb);
        BIO_free(kb);
        if (!ok) {
            JSValueRef msg = ssl_error(ctx, "key and certificate do not load or do not match");
            SSL_CTX_free(c);
            return msg;
        }
        ERR_clear_error();
    }
    /* verification runs always; JS decides what a failure means */
    SSL_CTX_set_verify(c, SSL_VERIFY_NONE, NULL);
    tls_handle_t *h = calloc(1, sizeof *h);
    CT_CHECK(h != NULL);
    h->ctx = c;
    return JSObjectMake(ctx, handle_class, h);
}

/* sessionNew(context, isServer, servername | null, host | null) → session.
 * A client sends servername (SNI) and checks the certificate against it, or
 * against host when that is an IP address. */
BINDING(tls_session_new) {
    (void)fn, (void)self;
    tls_handle_t *c = handle_arg(ctx, ARG(0), exc);
    if (c == NULL || c->ctx == NULL) return c ? ct_throw_type(ctx, exc, "tls: a context expected") : NULL;
    SSL *ssl = SSL_new(c->ctx);
    CT_CHECK(ssl != NULL);
    tls_handle_t *h = calloc(1, sizeof *h);
    CT_CHECK(h != NULL);
    h->ssl = ssl;
    h->rbio = BIO_new(BIO_s_mem());
    h->wbio = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(h->rbio, -1); /* empty means "more to come", not EOF */
    SSL_set_bio(ssl, h->rbio, h->wbio);
    if (JSValueToBoolean(ctx, ARG(1))) {
        SSL_set_accept_state(ssl);
    } else {
        SSL_set_connect_state(ssl);
        char *name = JSValueIsString(ctx, ARG(2)) ? ct_js_to_utf8(ctx, ARG(2), NULL) : NULL;
        char *host = JSValueIsString(ctx, ARG(3)) ? ct_js_to_utf8(ctx, ARG(3), NULL) : NULL;
        unsigned char ip[16];
        const char *target = name ? name : host;
        if (name != NULL && *name) SSL_set_tlsext_host_name(ssl, name);
        if (target != NULL) {
            X509_VERIFY_PARAM *p = SSL_get0_param(ssl);
            if (inet_pton(AF_INET, target, ip) == 1 || inet_pton(AF_INET6, target, ip) == 1)
                X509_VERIFY_PARAM_set1_ip_asc(p, target);
            else
                SSL_set1_host(ssl, target);
        }
        free(name);
        free(host);
    }
    return JSObjectMake(ctx, handle_class, h);
}

/* feed(session, bytes): what the socket received */
BINDING(tls_feed) {
    (void)fn, (void)self;
    tls_handle_t *h = handle_arg(ctx, ARG(0), exc);
    uint8_t *data;
    size_t len;
    if (h == NULL || h->ssl == NULL) return NULL;
    if (!ct_js_bytes(ctx, ARG(1), &data, &len)) return ct_throw_type(ctx, exc, "feed: bytes expected");
    if (len) BIO_write(h->rbio, data, (int)len);
    return JSValueMakeUndefined(ctx);
}

/* write(session, bytes) → bytes consumed (0 before the handshake) */
BINDING(tls_write) {
    (void)fn, (void)self;
    tls_handle_t *h = handle_arg(ctx, ARG(0), exc);
    uint8_t *data;
    size_t len;
    if (h == NULL || h->ssl == NULL) return NULL;
    if (!ct_js_bytes(ctx, ARG(1), &data, &len)) return ct_throw_type(ctx, exc, "write: bytes expected");
    if (!h->handshake_done || len == 0) return JSValueMakeNumber(ctx, 0);
    int n = SSL_write(h->ssl, data, (int)len);
    return JSValueMakeNumber(ctx, n > 0 ? n : 0);
}

static JSValueRef take_bio(JSContextRef ctx, BIO *b) {
    size_t n = (size_t)BIO_ctrl_pending(b);
    uint8_t *out = malloc(n ? n : 1);
    CT_CHECK(out != NULL);
    if (n) BIO_read(b, out, (int)n);
    return ct_js_buffer_take(ctx, out, n);
}

/* pump(session) → [records to send, plaintext | null, handshake finished
 * now, error | null, verify error code | null, peer closed] */
BINDING(tls_pump) {
    (void)fn, (void)self;
    tls_handle_t *h = handle_arg(ctx, ARG(0), exc);
    if (h == NULL || h->ssl == NULL) return NULL;
    JSValueRef err = JSValueMakeNull(ctx), verify = JSValueMakeNull(ctx);
    bool just_done = false, closed = false;
    if (!h->handshake_done) {
        int r = SSL_do_handshake(h->ssl);
        if (r == 1) {
            h->handshake_done = just_done = true;
            long v = SSL_get_verify_result(h->ssl);
            if (SSL_is_server(h->ssl) == 0 && SSL_get0_peer_certificate(h->ssl) == NULL)
                verify = ct_js_str(ctx, "UNABLE_TO_GET_ISSUER_CERT");
            else if (v != X509_V_OK)
                verify = ct_js_str(ctx, X509_verify_cert_error_string(v));
            ct_js_set(ctx, (JSObjectRef)ARG(0), "verifyCode", JSValueMakeNumber(ctx, (double)v));
        } else {
            int e = SSL_get_error(h->ssl, r);
            if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) err = ssl_error(ctx, "handshake failed");
        }
    }
    GByteArray *plain = g_byte_array_new();
    if (h->handshake_done && JSValueIsNull(ctx, err)) {
        uint8_t buf[16384];
        for (;;) {
            int n = SSL_read(h->ssl, buf, sizeof buf);
            if (n > 0) {
                g_byte_array_append(plain, buf, (guint)n);
                continue;
            }
            int e = SSL_get_error(h->ssl, n);
            if (e == SSL_ERROR_ZERO_RETURN) closed = true;
            else if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) err = ssl_error(ctx, "read failed");
            break;
        }
    }
    JSValueRef pv = JSValueMakeNull(ctx);
    if (plain->len > 0) {
        uint8_t *copy = malloc(plain->len);
        CT_CHECK(copy != NULL);
        memcpy(copy, plain->data, plain->len);
        pv = ct_js_buffer_take(ctx, copy, plain->len);
    }
    g_byte_array_free(plain, TRUE);
    JSValueRef out[6] = { take_bio(ctx, h->wbio), pv, JSValueMakeBoolean(ctx, just_done), err, verify,
                          JSValueMakeBoolean(ctx, closed) };
    return JSObjectMakeArray(ctx, 6, out, exc);
}

/* shutdown(session): queues close_notify (pump returns it) */
BINDING(tls_shutdown) {
    (void)fn, (void)self;
    tls_handle_t *h = handle_arg(ctx, ARG(0), exc);
    if (h == NULL || h->ssl == NULL) return NULL;
    if (h->handshake_done) SSL_shutdown(h->ssl);
    ERR_clear_error();
    return JSValueMakeUndefined(ctx);
}

static JSValueRef name_object(JSContextRef ctx, X509_NAME *name) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    for (int i = 0; name != NULL && i < X509_NAME_entry_count(name); i++) {
        X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
        const char *key = OBJ_nid2sn(OBJ_obj2nid(X509_NAME_ENTRY_get_object(e)));
        unsigned char *val = NULL;
        if (ASN1_STRING_to_UTF8(&val, X509_NAME_ENTRY_get_data(e)) >= 0) {
            ct_js_set(ctx, o, key, ct_js_str(ctx, (const char *)val));
            OPENSSL_free(val);
        }
    }
    return o;
}

static JSValueRef asn1_time(JSContextRef ctx, const ASN1_TIME *t) {
    BIO *b = BIO_new(BIO_s_mem());
    ASN1_TIME_print(b, t);
    char buf[64] = { 0 };
    BIO_read(b, buf, sizeof buf - 1);
    BIO_free(b);
    return ct_js_str(ctx, buf);
}

/* peerCertificate(session) → { subject, issuer, valid_from, valid_to,
 * serialNumber, fingerprint256, subjectaltname } or null */
BINDING(tls_peer_certificate) {
    (void)fn, (void)self;
    tls_handle_t *h = handle_arg(ctx, ARG(0), exc);
    if (h == NULL || h->ssl == NULL) return NULL;
    X509 *x = SSL_get0_peer_certificate(h->ssl);
    if (x == NULL) return JSValueMakeNull(ctx);
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "subject", name_object(ctx, X509_get_subject_name(x)));
    ct_js_set(ctx, o, "issuer", name_object(ctx, X509_get_issuer_name(x)));
    ct_js_set(ctx, o, "valid_from", asn1_time(ctx, X509_get0_notBefore(x)));
    ct_js_set(ctx, o, "valid_to", asn1_time(ctx, X509_get0_notAfter(x)));
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    char *hex = bn ? BN_bn2hex(bn) : NULL;
    ct_js_set(ctx, o, "serialNumber", ct_js_str(ctx, hex ? hex : ""));
    OPENSSL_free(hex);
    BN_free(bn);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    X509_digest(x, EVP_sha256(), md, &mdlen);
    char fp[EVP_MAX_MD_SIZE * 3 + 1] = { 0 };
    for (unsigned int i = 0; i < mdlen; i++) snprintf(fp + 3 * i, 4, i + 1 < mdlen ? "%02X:" : "%02X", md[i]);
    ct_js_set(ctx, o, "fingerprint256", ct_js_str(ctx, fp));
    GENERAL_NAMES *sans = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    GString *alt = g_string_new(NULL);
    for (int i = 0; sans != NULL && i < sk_GENERAL_NAME_num(sans); i++) {
        GENERAL_NAME *g = sk_GENERAL_NAME_value(sans, i);
        if (g->type == GEN_DNS) {
            unsigned char *s = NULL;
            if (ASN1_STRING_to_UTF8(&s, g->d.dNSName) >= 0) {
                g_string_append_printf(alt, "%sDNS:%s", alt->len ? ", " : "", s);
                OPENSSL_free(s);
            }
        } else if (g->type == GEN_IPADD && (g->d.iPAddress->length == 4 || g->d.iPAddress->length == 16)) {
            char ip[64];
            inet_ntop(g->d.iPAddress->length == 4 ? AF_INET : AF_INET6, g->d.iPAddress->data, ip, sizeof ip);
            g_string_append_printf(alt, "%sIP Address:%s", alt->len ? ", " : "", ip);
        }
    }
    GENERAL_NAMES_free(sans);
    if (alt->len) ct_js_set(ctx, o, "subjectaltname", ct_js_str(ctx, alt->str));
    g_string_free(alt, TRUE);
    return o;
}

/* info(session) → [protocol, cipher name] */
BINDING(tls_info) {
    (void)fn, (void)self;
    tls_handle_t *h = handle_arg(ctx, ARG(0), exc);
    if (h == NULL || h->ssl == NULL) return NULL;
    const char *cipher = SSL_get_cipher_name(h->ssl);
    JSValueRef out[2] = { ct_js_str(ctx, SSL_get_version(h->ssl)), ct_js_str(ctx, cipher ? cipher : "") };
    return JSObjectMakeArray(ctx, 2, out, exc);
}

static const ct_binding_fn tls_fns[] = {
    { "contextNew", tls_context_new, 4 },
    { "feed", tls_feed, 2 },
    { "info", tls_info, 1 },
    { "peerCertificate", tls_peer_certificate, 1 },
    { "pump", tls_pump, 1 },
    { "sessionNew", tls_session_new, 4 },
    { "shutdown", tls_shutdown, 1 },
    { "write", tls_write, 2 },
    { NULL, NULL, 0 }
};

void ct_tls_init(JSContextRef ctx, JSObjectRef target) {
    if (handle_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "TLSHandle";
        def.finalize = handle_finalize;
        handle_class = JSClassCreate(&def); /* lives as long as the process */
    }
    ct_binding_install(ctx, target, tls_fns);
}
