/* SPDX-License-Identifier: MIT
 *
 * dns.c — internalBinding('dns'): name resolution through the system
 * resolver (getaddrinfo / getnameinfo on libuv's threadpool) for
 * lib/node/dns.js and net's connect(). Results come back as
 * callback(errCode | null, ...): errCode is libuv's negative UV_EAI_* / errno
 * value, which JS turns into Node's dns errors. Loop thread only.
 */
#include "internal.h"

#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* One request in flight: owned by the loop until its callback has run. */
typedef struct {
    union {
        uv_getaddrinfo_t ai;
        uv_getnameinfo_t ni;
    } u;
    ct_runtime_t *rt;  /* borrowed */
    JSObjectRef cb;    /* protected until the completion */
} dns_req_t;

static dns_req_t *req_new(JSContextRef ctx, JSValueRef cb) {
    dns_req_t *r = calloc(1, sizeof *r);
    CT_CHECK(r != NULL);
    r->rt = ct_runtime_from(ctx);
    r->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, r->cb);
    return r;
}

static void req_done(dns_req_t *r, size_t argc, JSValueRef *argv) {
    JSContextRef ctx = ct_runtime_context(r->rt);
    if (!ct_runtime_disposed(r->rt)) ct_js_call(ctx, r->cb, NULL, argc, argv);
    JSValueUnprotect(ctx, r->cb);
    free(r);
}

static void on_addrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
    dns_req_t *r = CT_CONTAINER_OF(req, dns_req_t, u.ai);
    JSContextRef ctx = ct_runtime_context(r->rt);
    if (ct_runtime_disposed(r->rt)) {
        uv_freeaddrinfo(res);
        req_done(r, 0, NULL);
        return;
    }
    if (status < 0) {
        uv_freeaddrinfo(res);
        JSValueRef a[1] = { JSValueMakeNumber(ctx, status) };
        req_done(r, 1, a);
        return;
    }
    /* [address, family, address, family, ...] in the resolver's order,
     * without the duplicates one entry per socket type would give */
    size_t n = 0, cap = 8;
    JSValueRef *vals = malloc(cap * sizeof *vals);
    CT_CHECK(vals != NULL);
    char seen[64][INET6_ADDRSTRLEN];
    size_t nseen = 0;
    for (struct addrinfo *p = res; p != NULL; p = p->ai_next) {
        char ip[INET6_ADDRSTRLEN];
        int family;
        if (p->ai_family == AF_INET) {
            uv_ip4_name((const struct sockaddr_in *)p->ai_addr, ip, sizeof ip);
            family = 4;
        } else if (p->ai_family == AF_INET6) {
            uv_ip6_name((const struct sockaddr_in6 *)p->ai_addr, ip, sizeof ip);
            family = 6;
        } else {
            continue;
        }
        bool dup = false;
        for (size_t i = 0; i < nseen && !dup; i++) dup = strcmp(seen[i], ip) == 0;
        if (dup) continue;
        if (nseen < CT_ARRAY_SIZE(seen)) strcpy(seen[nseen++], ip);
        if (n + 2 > cap) {
            cap *= 2;
            vals = realloc(vals, cap * sizeof *vals);
            CT_CHECK(vals != NULL);
        }
        vals[n++] = ct_js_str(ctx, ip);
        vals[n++] = JSValueMakeNumber(ctx, family);
    }
    uv_freeaddrinfo(res);
    JSValueRef a[2] = { JSValueMakeNull(ctx), JSObjectMakeArray(ctx, n, vals, NULL) };
    free(vals);
    req_done(r, 2, a);
}

/* getaddrinfo(hostname, family (0, 4, 6), hints, callback) */
BINDING(dns_getaddrinfo) {
    (void)fn, (void)self;
    JSValueRef cb = ARG(3);
    if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb))
        return ct_throw_type(ctx, exc, "getaddrinfo: callback expected");
    char *host = ct_js_to_utf8(ctx, ARG(0), exc);
    if (host == NULL) return NULL;
    int family = (int)JSValueToNumber(ctx, ARG(1), NULL);
    struct addrinfo hints = { 0 };
    hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = (int)JSValueToNumber(ctx, ARG(2), NULL) & (AI_ADDRCONFIG | AI_V4MAPPED | AI_ALL);
    dns_req_t *r = req_new(ctx, cb);
    int rc = uv_getaddrinfo(ct_runtime_loop(r->rt), &r->u.ai, on_addrinfo, host, NULL, &hints);
    free(host);
    if (rc < 0) {
        JSValueUnprotect(ctx, r->cb);
        free(r);
        return JSValueMakeNumber(ctx, rc);
    }
    return JSValueMakeNumber(ctx, 0);
}

static void on_nameinfo(uv_getnameinfo_t *req, int status, const char *host, const char *service) {
    dns_req_t *r = CT_CONTAINER_OF(req, dns_req_t, u.ni);
    JSContextRef ctx = ct_runtime_context(r->rt);
    if (ct_runtime_disposed(r->rt)) {
        req_done(r, 0, NULL);
        return;
    }
    if (status < 0) {
        JSValueRef a[1] = { JSValueMakeNumber(ctx, status) };
        req_done(r, 1, a);
        return;
    }
    JSValueRef a[3] = { JSValueMakeNull(ctx), ct_js_str(ctx, host), ct_js_str(ctx, service) };
    req_done(r, 3, a);
}

/* getnameinfo(ip, port, callback); returns 0, or a negative errno for an
 * address that does not parse */
BINDING(dns_getnameinfo) {
    (void)fn, (void)self;
    JSValueRef cb = ARG(2);
    if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb))
        return ct_throw_type(ctx, exc, "getnameinfo: callback expected");
    char *ip = ct_js_to_utf8(ctx, ARG(0), exc);
    if (ip == NULL) return NULL;
    int port = (int)JSValueToNumber(ctx, ARG(1), NULL);
    struct sockaddr_storage ss;
    int rc = strchr(ip, ':') != NULL ? uv_ip6_addr(ip, port, (struct sockaddr_in6 *)&ss)
                                     : uv_ip4_addr(ip, port, (struct sockaddr_in *)&ss);
    free(ip);
    if (rc < 0) return JSValueMakeNumber(ctx, rc);
    dns_req_t *r = req_new(ctx, cb);
    rc = uv_getnameinfo(ct_runtime_loop(r->rt), &r->u.ni, on_nameinfo, (struct sockaddr *)&ss, NI_NAMEREQD);
    if (rc < 0) {
        JSValueUnprotect(ctx, r->cb);
        free(r);
        return JSValueMakeNumber(ctx, rc);
    }
    return JSValueMakeNumber(ctx, 0);
}

/* errName(code) → "ENOTFOUND"-style names as Node's dns reports them */
BINDING(dns_err_name) {
    (void)fn, (void)self, (void)exc;
    int code = (int)JSValueToNumber(ctx, ARG(0), NULL);
    const char *name;
    switch (code) {
    case UV_EAI_NONAME:
    case UV_EAI_NODATA: name = "ENOTFOUND"; break;
    case UV_EAI_AGAIN: name = "EAI_AGAIN"; break;
    case UV_EAI_FAIL: name = "EAI_FAIL"; break;
    case UV_EAI_FAMILY: name = "EAI_FAMILY"; break;
    case UV_EAI_MEMORY: name = "EAI_MEMORY"; break;
    case UV_EAI_SERVICE: name = "EAI_SERVICE"; break;
    case UV_EAI_SOCKTYPE: name = "EAI_SOCKTYPE"; break;
    case UV_EAI_BADFLAGS: name = "EAI_BADFLAGS"; break;
    case UV_EAI_CANCELED: name = "ECANCELLED"; break;
    default: name = uv_err_name(code); break;
    }
    return ct_js_str(ctx, name);
}

static const ct_binding_fn dns_fns[] = {
    { "errName", dns_err_name, 1 },
    { "getaddrinfo", dns_getaddrinfo, 4 },
    { "getnameinfo", dns_getnameinfo, 3 },
    { NULL, NULL, 0 }
};

void ct_dns_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, dns_fns);
    ct_js_set(ctx, target, "ADDRCONFIG", JSValueMakeNumber(ctx, AI_ADDRCONFIG));
    ct_js_set(ctx, target, "V4MAPPED", JSValueMakeNumber(ctx, AI_V4MAPPED));
    ct_js_set(ctx, target, "ALL", JSValueMakeNumber(ctx, AI_ALL));
}
