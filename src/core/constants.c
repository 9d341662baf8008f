/* SPDX-License-Identifier: MIT
 *
 * constants.c — internalBinding('constants'): the numbers behind os.constants
 * (errno, signals, priority, dlopen), libuv's error table and its UV_* codes.
 *
 * The shape follows Node's binding: { os: { UV_UDP_REUSEADDR, dlopen, errno,
 * signals, priority }, uv: { UV_EOF, ... } } plus uvErrmap(), which
 * lib/node/internal/errors.js uses to name a negative errno. fs constants
 * live with the fs binding. The tables are built from the C headers of the
 * machine we were compiled on, so the values are this platform's.
 */
#include "internal.h"

#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>

typedef struct {
    const char *name;
    int value;
} constant_t;

#define C(x) { #x, x }

static const constant_t errno_constants[] = {
    C(E2BIG), C(EACCES), C(EADDRINUSE), C(EADDRNOTAVAIL), C(EAFNOSUPPORT), C(EAGAIN),
    C(EALREADY), C(EBADF), C(EBADMSG), C(EBUSY), C(ECANCELED), C(ECHILD), C(ECONNABORTED),
    C(ECONNREFUSED), C(ECONNRESET), C(EDEADLK), C(EDESTADDRREQ), C(EDOM), C(EDQUOT),
    C(EEXIST), C(EFAULT), C(EFBIG), C(EHOSTUNREACH), C(EIDRM), C(EILSEQ), C(EINPROGRESS),
    C(EINTR), C(EINVAL), C(EIO), C(EISCONN), C(EISDIR), C(ELOOP), C(EMFILE), C(EMLINK),
    C(EMSGSIZE), C(EMULTIHOP), C(ENAMETOOLONG), C(ENETDOWN), C(ENETRESET), C(ENETUNREACH),
    C(ENFILE), C(ENOBUFS), C(ENODATA), C(ENODEV), C(ENOENT), C(ENOEXEC), C(ENOLCK),
    C(ENOLINK), C(ENOMEM), C(ENOMSG), C(ENOPROTOOPT), C(ENOSPC), C(ENOSR), C(ENOSTR),
    C(ENOSYS), C(ENOTCONN), C(ENOTDIR), C(ENOTEMPTY), C(ENOTSOCK), C(ENOTSUP), C(ENOTTY),
    C(ENXIO), C(EOPNOTSUPP), C(EOVERFLOW), C(EPERM), C(EPIPE), C(EPROTO),
    C(EPROTONOSUPPORT), C(EPROTOTYPE), C(ERANGE), C(EROFS), C(ESPIPE), C(ESRCH), C(ESTALE),
    C(ETIME), C(ETIMEDOUT), C(ETXTBSY), C(EWOULDBLOCK), C(EXDEV),
};

static const constant_t signal_constants[] = {
    C(SIGHUP), C(SIGINT), C(SIGQUIT), C(SIGILL), C(SIGTRAP), C(SIGABRT), C(SIGIOT),
    C(SIGBUS), C(SIGFPE), C(SIGKILL), C(SIGUSR1), C(SIGSEGV), C(SIGUSR2), C(SIGPIPE),
    C(SIGALRM), C(SIGTERM), C(SIGCHLD), C(SIGSTKFLT), C(SIGCONT), C(SIGSTOP), C(SIGTSTP),
    C(SIGTTIN), C(SIGTTOU), C(SIGURG), C(SIGXCPU), C(SIGXFSZ), C(SIGVTALRM), C(SIGPROF),
    C(SIGWINCH), C(SIGIO), C(SIGPOLL), C(SIGPWR), C(SIGSYS),
};

/* Node's names for nice values; libuv defines the same numbers. */
static const constant_t priority_constants[] = {
    { "PRIORITY_LOW", UV_PRIORITY_LOW },
    { "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL },
    { "PRIORITY_NORMAL", UV_PRIORITY_NORMAL },
    { "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL },
    { "PRIORITY_HIGH", UV_PRIORITY_HIGH },
    { "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST },
};

static const constant_t dlopen_constants[] = {
    C(RTLD_LAZY), C(RTLD_NOW), C(RTLD_GLOBAL), C(RTLD_LOCAL), C(RTLD_DEEPBIND),
};

#undef C

static const constant_t uv_constants[] = {
#define CT__UV_CONST(name, msg) { "UV_" #name, UV_##name },
    UV_ERRNO_MAP(CT__UV_CONST)
#undef CT__UV_CONST
};

static JSObjectRef make_table(JSContextRef ctx, const constant_t *t, size_t n) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    for (size_t i = 0; i < n; i++) ct_js_set(ctx, o, t[i].name, JSValueMakeNumber(ctx, t[i].value));
    return o;
}

#define MAKE_TABLE(ctx, t) make_table(ctx, t, CT_ARRAY_SIZE(t))

/* uvErrmap() -> { [negative errno]: [name, message] } for every UV_E* code.
 * A fresh object per call; cannot fail. */
static JSValueRef constants_uv_errmap(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                      size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn, (void)self, (void)argc, (void)argv, (void)exc;
    JSObjectRef map = JSObjectMake(ctx, NULL, NULL);
    for (size_t i = 0; i < CT_ARRAY_SIZE(uv_constants); i++) {
        int err = uv_constants[i].value;
        JSValueRef pair[2] = { ct_js_str(ctx, uv_err_name(err)), ct_js_str(ctx, uv_strerror(err)) };
        char key[16];
        snprintf(key, sizeof key, "%d", err); /* negative: a string key, not an index */
        ct_js_set(ctx, map, key, JSObjectMakeArray(ctx, 2, pair, NULL));
    }
    return map;
}

static const ct_binding_fn constants_fns[] = {
    { "uvErrmap", constants_uv_errmap, 0 },
    { NULL, NULL, 0 }
};

void ct_constants_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, constants_fns);
    JSObjectRef os = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, os, "UV_UDP_REUSEADDR", JSValueMakeNumber(ctx, UV_UDP_REUSEADDR));
    ct_js_set(ctx, os, "dlopen", MAKE_TABLE(ctx, dlopen_constants));
    ct_js_set(ctx, os, "errno", MAKE_TABLE(ctx, errno_constants));
    ct_js_set(ctx, os, "signals", MAKE_TABLE(ctx, signal_constants));
    ct_js_set(ctx, os, "priority", MAKE_TABLE(ctx, priority_constants));
    ct_js_set(ctx, target, "os", os);
    ct_js_set(ctx, target, "uv", MAKE_TABLE(ctx, uv_constants));
}
