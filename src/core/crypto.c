/* SPDX-License-Identifier: MIT
 *
 * crypto.c — internalBinding('crypto'): the OpenSSL (libcrypto 3) calls
 * behind lib/node/crypto.js: message digests, HMACs and symmetric ciphers as
 * handle objects (update / digest / final), random bytes, PBKDF2, scrypt,
 * HKDF and a constant-time compare. Policy (argument checks, encodings, Node's error codes, the
 * stream interface, callbacks) is JS. Loop thread only; PBKDF2 and scrypt
 * run where they are called (lib/node/crypto.js defers their callbacks).
 */
#include "internal.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* A digest or HMAC in progress: the private data of a "CryptoHandle".
 * Freed by the handle's finalizer (plain C, no JS). */
typedef struct {
    EVP_MD_CTX *md;         /* a hash, or NULL */
    EVP_MAC_CTX *mac;       /* an HMAC, or NULL */
    EVP_CIPHER_CTX *cipher; /* a cipher, or NULL */
    bool encrypt;
    int tag_len;            /* AEAD: the tag's length */
} crypto_handle_t;

static JSClassRef handle_class;

static void handle_finalize(JSObjectRef o) {
    crypto_handle_t *h = JSObjectGetPrivate(o);
    if (h == NULL) return;
    EVP_MD_CTX_free(h->md);
    EVP_MAC_CTX_free(h->mac);
    EVP_CIPHER_CTX_free(h->cipher);
    free(h);
}

static JSObjectRef handle_new(JSContextRef ctx, EVP_MD_CTX *md, EVP_MAC_CTX *mac) {
    crypto_handle_t *h = calloc(1, sizeof *h);
    CT_CHECK(h != NULL);
    h->md = md;
    h->mac = mac;
    return JSObjectMake(ctx, handle_class, h);
}

static crypto_handle_t *handle_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    crypto_handle_t *h = JSValueIsObjectOfClass(ctx, v, handle_class) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
    if (h == NULL) ct_throw_type(ctx, exc, "crypto: a crypto handle expected");
    return h;
}

static crypto_handle_t *cipher_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    crypto_handle_t *h = handle_arg(ctx, v, exc);
    if (h != NULL && h->cipher == NULL) {
        ct_throw_type(ctx, exc, "crypto: a cipher handle expected");
        return NULL;
    }
    return h;
}

/* Throws OpenSSL's last error as Node does: message "error:...:reason",
 * code ERR_OSSL_<REASON>, library and reason properties. */
static JSValueRef throw_openssl(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
    unsigned long e = ERR_peek_last_error();
    if (e == 0) return ct_throw_error(ctx, exc, "%s", fallback);
    char msg[256];
    ERR_error_string_n(e, msg, sizeof msg);
    const char *reason = ERR_reason_error_string(e);
    const char *lib = ERR_lib_error_string(e);
    char code[128] = "ERR_OSSL_";
    size_t n = strlen(code);
    for (const char *p = reason ? reason : "UNKNOWN"; *p && n + 1 < sizeof code; p++)
        code[n++] = (*p == ' ') ? '_' : (char)((*p >= 'a' && *p <= 'z') ? *p - 32 : *p);
    code[n] = '\0';
    ERR_clear_error();
    ct_throw_code(ctx, exc, "Error", code, "%s", msg);
    if (*exc != NULL && JSValueIsObject(ctx, *exc)) {
        if (lib) ct_js_set(ctx, (JSObjectRef)*exc, "library", ct_js_str(ctx, lib));
        if (reason) ct_js_set(ctx, (JSObjectRef)*exc, "reason", ct_js_str(ctx, reason));
    }
    return NULL;
}

/* The digest of an algorithm name as OpenSSL knows it (sha256, SHA256,
 * RSA-SHA256, md5, sha3-512, shake256, ...), or NULL. */
static const EVP_MD *digest_arg(JSContextRef ctx, JSValueRef v) {
    char *name = JSValueIsString(ctx, v) ? ct_js_to_utf8(ctx, v, NULL) : NULL;
    const EVP_MD *md = name != NULL ? EVP_get_digestbyname(name) : NULL;
    free(name);
    return md;
}

/* hashNew(algorithm) → handle, or null when OpenSSL has no such digest */
BINDING(crypto_hash_new) {
    (void)fn, (void)self, (void)exc;
    const EVP_MD *md = digest_arg(ctx, ARG(0));
    if (md == NULL) return JSValueMakeNull(ctx);
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    CT_CHECK(c != NULL);
    if (EVP_DigestInit_ex(c, md, NULL) != 1) {
        EVP_MD_CTX_free(c);
        return JSValueMakeNull(ctx);
    }
    return handle_new(ctx, c, NULL);
}

/* hmacNew(algorithm, keyBytes) → handle, or null for an unknown digest */
BINDING(crypto_hmac_new) {
    (void)fn, (void)self;
    const EVP_MD *md = digest_arg(ctx, ARG(0));
    uint8_t *key;
    size_t keylen;
    if (md == NULL) return JSValueMakeNull(ctx);
    if (!ct_js_bytes(ctx, ARG(1), &key, &keylen)) return ct_throw_type(ctx, exc, "hmacNew: key bytes expected");
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    EVP_MAC_CTX *c = mac != NULL ? EVP_MAC_CTX_new(mac) : NULL;
    EVP_MAC_free(mac); /* the context keeps its own reference */
    if (c == NULL) return ct_throw_error(ctx, exc, "HMAC is not available");
    OSSL_PARAM params[2] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
        OSSL_PARAM_construct_end(),
    };
    /* an empty key is valid for HMAC; OpenSSL wants a non-NULL pointer */
    static const uint8_t empty[1];
    if (EVP_MAC_init(c, keylen ? key : empty, keylen, params) != 1) {
        EVP_MAC_CTX_free(c);
        return JSValueMakeNull(ctx);
    }
    return handle_new(ctx, NULL, c);
}

/* update(handle, bytes) */
BINDING(crypto_update) {
    (void)fn, (void)self;
    crypto_handle_t *h = handle_arg(ctx, ARG(0), exc);
    uint8_t *data;
    size_t len;
    if (h == NULL) return NULL;
    if (!ct_js_bytes(ctx, ARG(1), &data, &len)) return ct_throw_type(ctx, exc, "update: bytes expected");
    int ok = h->md != NULL ? EVP_DigestUpdate(h->md, data, len) : EVP_MAC_update(h->mac, data, len);
    if (ok != 1) return ct_throw_error(ctx, exc, "crypto: update failed");
    return JSValueMakeUndefined(ctx);
}

/* digest(handle[, outputLength]) → Buffer. outputLength applies to XOF
 * digests (shake128/256); -1 means the digest's own size. */
BINDING(crypto_digest) {
    (void)fn, (void)self;
    crypto_handle_t *h = handle_arg(ctx, ARG(0), exc);
    if (h == NULL) return NULL;
    double want = JSValueIsNumber(ctx, ARG(1)) ? JSValueToNumber(ctx, ARG(1), NULL) : -1;
    size_t len;
    uint8_t *out;
    int ok;
    if (h->md != NULL) {
        const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
        bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
        len = xof && want >= 0 ? (size_t)want : (size_t)EVP_MD_get_size(md);
        out = malloc(len ? len : 1);
        CT_CHECK(out != NULL);
        unsigned int n = 0;
        ok = xof ? EVP_DigestFinalXOF(h->md, out, len) : EVP_DigestFinal_ex(h->md, out, &n);
        if (!xof) len = n;
    } else {
        len = EVP_MAC_CTX_get_mac_size(h->mac);
        out = malloc(len ? len : 1);
        CT_CHECK(out != NULL);
        ok = EVP_MAC_final(h->mac, out, &len, len);
    }
    if (ok != 1) {
        free(out);
        return ct_throw_error(ctx, exc, "crypto: digest failed");
    }
    return ct_js_buffer_take(ctx, out, len);
}

/* copy(handle) → a new handle in the same state (hashes only) */
BINDING(crypto_copy) {
    (void)fn, (void)self;
    crypto_handle_t *h = handle_arg(ctx, ARG(0), exc);
    if (h == NULL) return NULL;
    if (h->md == NULL) return ct_throw_type(ctx, exc, "copy: a hash handle expected");
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    CT_CHECK(c != NULL);
    if (EVP_MD_CTX_copy_ex(c, h->md) != 1) {
        EVP_MD_CTX_free(c);
        return ct_throw_error(ctx, exc, "crypto: copy failed");
    }
    return handle_new(ctx, c, NULL);
}

/* cipherNew(name, key, iv|null, encrypt, authTagLength) → handle; null for
 * an unknown cipher; "keylen" / "iv" (strings) for a key or IV of the wrong
 * size, which JS turns into Node's errors */
BINDING(crypto_cipher_new) {
    (void)fn, (void)self;
    char *name = JSValueIsString(ctx, ARG(0)) ? ct_js_to_utf8(ctx, ARG(0), exc) : NULL;
    const EVP_CIPHER *c = name != NULL ? EVP_get_cipherbyname(name) : NULL;
    free(name);
    if (c == NULL) return JSValueMakeNull(ctx);
    bool enc = JSValueToBoolean(ctx, ARG(3));
    double tag = JSValueIsNumber(ctx, ARG(4)) ? JSValueToNumber(ctx, ARG(4), NULL) : 16;
    uint8_t *key, *iv = NULL;
    size_t keylen, ivlen = 0;
    if (!ct_js_bytes(ctx, ARG(1), &key, &keylen)) return ct_throw_type(ctx, exc, "cipherNew: key bytes expected");
    bool has_iv = !JSValueIsNull(ctx, ARG(2));
    if (has_iv && !ct_js_bytes(ctx, ARG(2), &iv, &ivlen)) return ct_throw_type(ctx, exc, "cipherNew: iv bytes expected");
    int mode = EVP_CIPHER_get_mode(c);
    bool aead = mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
                EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305;
    if ((int)keylen != EVP_CIPHER_get_key_length(c)) return ct_js_str(ctx, "keylen");
    int want_iv = EVP_CIPHER_get_iv_length(c);
    if (aead ? (has_iv && ivlen == 0) : (want_iv > 0 ? (!has_iv || (int)ivlen != want_iv) : (has_iv && ivlen != 0)))
        return ct_js_str(ctx, "iv");
    EVP_CIPHER_CTX *cc = EVP_CIPHER_CTX_new();
    CT_CHECK(cc != NULL);
    bool ok = EVP_CipherInit_ex(cc, c, NULL, NULL, NULL, enc) == 1;
    if (ok && aead && has_iv && (int)ivlen != want_iv)
        ok = EVP_CIPHER_CTX_ctrl(cc, EVP_CTRL_AEAD_SET_IVLEN, (int)ivlen, NULL) == 1;
    if (ok && aead && mode == EVP_CIPH_CCM_MODE)
        ok = EVP_CIPHER_CTX_ctrl(cc, EVP_CTRL_AEAD_SET_TAG, (int)tag, NULL) == 1;
    if (ok) {
        /* the bytes again: nothing above ran JS, but keep the rule simple */
        ct_js_bytes(ctx, ARG(1), &key, &keylen);
        if (has_iv) ct_js_bytes(ctx, ARG(2), &iv, &ivlen);
        ok = EVP_CipherInit_ex(cc, NULL, NULL, key, has_iv && ivlen ? iv : NULL, enc) == 1;
    }
    if (!ok) {
        EVP_CIPHER_CTX_free(cc);
        return throw_openssl(ctx, exc, "crypto: cipher initialisation failed");
    }
    JSObjectRef o = handle_new(ctx, NULL, NULL);
    crypto_handle_t *h = JSObjectGetPrivate(o);
    h->cipher = cc;
    h->encrypt = enc;
    h->tag_len = (int)tag;
    return o;
}

/* cipherUpdate(handle, bytes) → Buffer; throws OpenSSL's error */
BINDING(crypto_cipher_update) {
    (void)fn, (void)self;
    crypto_handle_t *h = cipher_arg(ctx, ARG(0), exc);
    uint8_t *in;
    size_t len;
    if (h == NULL) return NULL;
    if (!ct_js_bytes(ctx, ARG(1), &in, &len) || len > INT32_MAX)
        return ct_throw_type(ctx, exc, "cipherUpdate: bytes expected");
    int block = EVP_CIPHER_CTX_get_block_size(h->cipher);
    uint8_t *out = malloc(len + (size_t)block + 1);
    CT_CHECK(out != NULL);
    int n = 0;
    if (EVP_CipherUpdate(h->cipher, out, &n, in, (int)len) != 1) {
        free(out);
        return throw_openssl(ctx, exc, "Trying to add data in unsupported state");
    }
    return ct_js_buffer_take(ctx, out, (size_t)n);
}

/* cipherFinal(handle) → Buffer; a failed authentication or padding check
 * throws (JS gives Node's texts) */
BINDING(crypto_cipher_final) {
    (void)fn, (void)self;
    crypto_handle_t *h = cipher_arg(ctx, ARG(0), exc);
    if (h == NULL) return NULL;
    uint8_t *out = malloc((size_t)EVP_CIPHER_CTX_get_block_size(h->cipher) + 1);
    CT_CHECK(out != NULL);
    int n = 0;
    int mode = EVP_CIPHER_CTX_get_mode(h->cipher);
    if (EVP_CipherFinal_ex(h->cipher, out, &n) != 1) {
        free(out);
        bool aead = mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
                    EVP_CIPHER_CTX_get_nid(h->cipher) == NID_chacha20_poly1305;
        if (aead && !h->encrypt) {
            ERR_clear_error();
            return ct_throw_error(ctx, exc, "Unsupported state or unable to authenticate data");
        }
        return throw_openssl(ctx, exc, "crypto: final failed");
    }
    return ct_js_buffer_take(ctx, out, (size_t)n);
}

/* cipherCtl(handle, what, value): 'padding' (bool), 'aad' (bytes),
 * 'setTag' (bytes), 'getTag' → Buffer. false when OpenSSL refuses. */
BINDING(crypto_cipher_ctl) {
    (void)fn, (void)self;
    crypto_handle_t *h = cipher_arg(ctx, ARG(0), exc);
    if (h == NULL) return NULL;
    char *what = ct_js_to_utf8(ctx, ARG(1), exc);
    if (what == NULL) return NULL;
    uint8_t *b;
    size_t n;
    JSValueRef r = JSValueMakeBoolean(ctx, false);
    if (strcmp(what, "padding") == 0) {
        r = JSValueMakeBoolean(ctx, EVP_CIPHER_CTX_set_padding(h->cipher, JSValueToBoolean(ctx, ARG(2))) == 1);
    } else if (strcmp(what, "aad") == 0 && ct_js_bytes(ctx, ARG(2), &b, &n) && n <= INT32_MAX) {
        int outl = 0;
        r = JSValueMakeBoolean(ctx, EVP_CipherUpdate(h->cipher, NULL, &outl, b, (int)n) == 1);
    } else if (strcmp(what, "setTag") == 0 && ct_js_bytes(ctx, ARG(2), &b, &n) && n > 0 && n <= 16) {
        r = JSValueMakeBoolean(ctx, EVP_CIPHER_CTX_ctrl(h->cipher, EVP_CTRL_AEAD_SET_TAG, (int)n, b) == 1);
    } else if (strcmp(what, "getTag") == 0) {
        int len = h->tag_len > 0 && h->tag_len <= 16 ? h->tag_len : 16;
        uint8_t *tag = malloc((size_t)len);
        CT_CHECK(tag != NULL);
        if (EVP_CIPHER_CTX_ctrl(h->cipher, EVP_CTRL_AEAD_GET_TAG, len, tag) == 1) {
            r = ct_js_buffer_take(ctx, tag, (size_t)len);
        } else {
            free(tag);
        }
    }
    ERR_clear_error();
    free(what);
    return r;
}

static void add_cipher_name(const EVP_CIPHER *c, const char *from, const char *to, void *arg) {
    (void)c;
    (void)to;
    GPtrArray *names = arg;
    if (from != NULL) g_ptr_array_add(names, g_strdup(from));
}

/* hkdf(digest, key, salt, info, keylen) → Buffer, or null for an unknown
 * digest */
BINDING(crypto_hkdf) {
    (void)fn, (void)self;
    const EVP_MD *md = digest_arg(ctx, ARG(0));
    if (md == NULL) return JSValueMakeNull(ctx);
    double keylen = JSValueToNumber(ctx, ARG(4), NULL);
    uint8_t *key, *salt, *info;
    size_t klen, slen, ilen;
    if (!ct_js_bytes(ctx, ARG(1), &key, &klen) || !ct_js_bytes(ctx, ARG(2), &salt, &slen) ||
        !ct_js_bytes(ctx, ARG(3), &info, &ilen) || !(keylen >= 0 && keylen <= 255 * 64))
        return ct_throw_type(ctx, exc, "hkdf: bad arguments");
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
    EVP_KDF_CTX *kc = kdf != NULL ? EVP_KDF_CTX_new(kdf) : NULL;
    EVP_KDF_free(kdf);
    if (kc == NULL) return ct_throw_error(ctx, exc, "HKDF is not available");
    static uint8_t empty[1];
    OSSL_PARAM params[5] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, klen ? key : empty, klen),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, slen ? salt : empty, slen),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, ilen ? info : empty, ilen),
        OSSL_PARAM_construct_end(),
    };
    uint8_t *out = malloc(keylen > 0 ? (size_t)keylen : 1);
    CT_CHECK(out != NULL);
    int ok = keylen == 0 || EVP_KDF_derive(kc, out, (size_t)keylen, params) == 1;
    EVP_KDF_CTX_free(kc);
    if (!ok) {
        free(out);
        return throw_openssl(ctx, exc, "crypto: hkdf failed");
    }
    return ct_js_buffer_take(ctx, out, (size_t)keylen);
}

/* randomFill(bytes, offset, size): OpenSSL's CSPRNG into bytes[offset..) */
BINDING(crypto_random_fill) {
    (void)fn, (void)self;
    uint8_t *data;
    size_t len;
    if (!ct_js_bytes(ctx, ARG(0), &data, &len)) return ct_throw_type(ctx, exc, "randomFill: bytes expected");
    double off = JSValueToNumber(ctx, ARG(1), NULL), n = JSValueToNumber(ctx, ARG(2), NULL);
    if (!(off >= 0 && n >= 0 && off + n <= (double)len)) return ct_throw_type(ctx, exc, "randomFill: bad range");
    if (n > 0 && RAND_bytes(data + (size_t)off, (int)n) != 1) return ct_throw_error(ctx, exc, "crypto: no randomness");
    return JSValueMakeUndefined(ctx);
}

/* pbkdf2(password, salt, iterations, keylen, digest) → Buffer, or null
 * for an unknown digest */
BINDING(crypto_pbkdf2) {
    (void)fn, (void)self;
    const EVP_MD *md = digest_arg(ctx, ARG(4));
    if (md == NULL) return JSValueMakeNull(ctx);
    double iter = JSValueToNumber(ctx, ARG(2), NULL), keylen = JSValueToNumber(ctx, ARG(3), NULL);
    if (!(iter >= 1 && iter <= 2147483647 && keylen >= 0 && keylen <= 2147483647))
        return ct_throw_type(ctx, exc, "pbkdf2: bad sizes");
    uint8_t *pass, *salt;
    size_t passlen, saltlen;
    if (!ct_js_bytes(ctx, ARG(0), &pass, &passlen) || !ct_js_bytes(ctx, ARG(1), &salt, &saltlen))
        return ct_throw_type(ctx, exc, "pbkdf2: bytes expected");
    uint8_t *out = malloc(keylen > 0 ? (size_t)keylen : 1);
    CT_CHECK(out != NULL);
    if (PKCS5_PBKDF2_HMAC((const char *)pass, (int)passlen, salt, (int)saltlen, (int)iter, md, (int)keylen,
                          out) != 1) {
        free(out);
        return ct_throw_error(ctx, exc, "crypto: pbkdf2 failed");
    }
    return ct_js_buffer_take(ctx, out, (size_t)keylen);
}

/* scrypt(password, salt, N, r, p, maxmem, keylen) → Buffer, or null when
 * OpenSSL refuses the parameters (JS reports Node's error) */
BINDING(crypto_scrypt) {
    (void)fn, (void)self;
    uint8_t *pass, *salt;
    size_t passlen, saltlen;
    if (!ct_js_bytes(ctx, ARG(0), &pass, &passlen) || !ct_js_bytes(ctx, ARG(1), &salt, &saltlen))
        return ct_throw_type(ctx, exc, "scrypt: bytes expected");
    double n = JSValueToNumber(ctx, ARG(2), NULL), r = JSValueToNumber(ctx, ARG(3), NULL);
    double p = JSValueToNumber(ctx, ARG(4), NULL), maxmem = JSValueToNumber(ctx, ARG(5), NULL);
    double keylen = JSValueToNumber(ctx, ARG(6), NULL);
    if (!(n >= 0 && r >= 0 && p >= 0 && maxmem >= 0 && keylen >= 0 && keylen <= 2147483647))
        return JSValueMakeNull(ctx);
    uint8_t *out = malloc(keylen > 0 ? (size_t)keylen : 1);
    CT_CHECK(out != NULL);
    if (EVP_PBE_scrypt((const char *)pass, passlen, salt, saltlen, (uint64_t)n, (uint64_t)r, (uint64_t)p,
                       (uint64_t)maxmem, out, (size_t)keylen) != 1) {
        free(out);
        return JSValueMakeNull(ctx);
    }
    return ct_js_buffer_take(ctx, out, (size_t)keylen);
}

/* timingSafeEqual(a, b) → bool; same lengths checked by JS */
BINDING(crypto_timing_safe_equal) {
    (void)fn, (void)self;
    uint8_t *a, *b;
    size_t alen, blen;
    if (!ct_js_bytes(ctx, ARG(0), &a, &alen) || !ct_js_bytes(ctx, ARG(1), &b, &blen) || alen != blen)
        return ct_throw_type(ctx, exc, "timingSafeEqual: two byte arrays of one length expected");
    return JSValueMakeBoolean(ctx, CRYPTO_memcmp(a, b, alen) == 0);
}

static void add_digest_name(const EVP_MD *md, const char *from, const char *to, void *arg) {
    (void)md;
    (void)to;
    GPtrArray *names = arg;
    if (from != NULL) g_ptr_array_add(names, g_strdup(from));
}

/* hashes() / ciphers() → the names (and aliases) OpenSSL knows */
static JSValueRef names_array(JSContextRef ctx, bool ciphers, JSValueRef *exc) {
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    if (ciphers) EVP_CIPHER_do_all_sorted(add_cipher_name, names);
    else EVP_MD_do_all_sorted(add_digest_name, names);
    JSValueRef *vals = g_new(JSValueRef, names->len ? names->len : 1);
    for (guint i = 0; i < names->len; i++) vals[i] = ct_js_str(ctx, g_ptr_array_index(names, i));
    JSObjectRef a = JSObjectMakeArray(ctx, names->len, vals, exc);
    g_free(vals);
    g_ptr_array_free(names, TRUE);
    return a;
}

BINDING(crypto_hashes) {
    (void)fn, (void)self, (void)argc, (void)argv;
    return names_array(ctx, false, exc);
}

BINDING(crypto_ciphers) {
    (void)fn, (void)self, (void)argc, (void)argv;
    return names_array(ctx, true, exc);
}

static const ct_binding_fn crypto_fns[] = {
    { "cipherCtl", crypto_cipher_ctl, 3 },
    { "cipherFinal", crypto_cipher_final, 1 },
    { "cipherNew", crypto_cipher_new, 5 },
    { "cipherUpdate", crypto_cipher_update, 2 },
    { "ciphers", crypto_ciphers, 0 },
    { "copy", crypto_copy, 1 },
    { "digest", crypto_digest, 2 },
    { "hashNew", crypto_hash_new, 1 },
    { "hashes", crypto_hashes, 0 },
    { "hkdf", crypto_hkdf, 5 },
    { "hmacNew", crypto_hmac_new, 2 },
    { "pbkdf2", crypto_pbkdf2, 5 },
    { "randomFill", crypto_random_fill, 3 },
    { "scrypt", crypto_scrypt, 7 },
    { "timingSafeEqual", crypto_timing_safe_equal, 2 },
    { "update", crypto_update, 2 },
    { NULL, NULL, 0 }
};

void ct_crypto_init(JSContextRef ctx, JSObjectRef target) {
    if (handle_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "CryptoHandle";
        def.finalize = handle_finalize;
        handle_class = JSClassCreate(&def); /* lives as long as the process */
    }
    ct_binding_install(ctx, target, crypto_fns);
}

/* process.versions.openssl: "3.0.17", say */
const char *ct__openssl_version(void) {
    return OpenSSL_version(OPENSSL_VERSION_STRING);
}
