/* SPDX-License-Identifier: MIT
 *
 * process.c — internalBinding('process'): what lib/node/internal/process/
 * needs from the OS: argv, environment, cwd, ids, clocks, memory, signals,
 * exit, and the handle type of the standard streams.
 *
 * process.env is a Proxy in JS over envGet/envSet/envDelete/envKeys, so it
 * reads and writes the real environment as child processes will see it.
 * startup() also reports the versions of the libraries really in use
 * (libuv, OpenSSL, zlib, Brotli, JavaScriptCore, the ICU behind Intl).
 */
#include "internal.h"
#include "jsc_private.h"

#include <dlfcn.h>
#include <errno.h>
#include <jsc/jsc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static const ct_runtime_options_t *opts_for_bootstrap;

void ct__process_set_options(const ct_runtime_options_t *opts) {
    opts_for_bootstrap = opts;
}

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

static JSObjectRef str_array(JSContextRef ctx, int n, char **v) {
    JSValueRef *vals = calloc(n > 0 ? n : 1, sizeof *vals);
    for (int i = 0; i < n; i++) vals[i] = ct_js_str(ctx, v[i]);
    JSObjectRef a = JSObjectMakeArray(ctx, n, vals, NULL);
    free(vals);
    return a;
}

BINDING(process_cwd) {
    UNUSED_ARGS;
    char buf[4096];
    size_t len = sizeof buf;
    int r = uv_cwd(buf, &len);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "uv_cwd", NULL, NULL);
    return ct_js_str(ctx, buf);
}

BINDING(process_chdir) {
    UNUSED_ARGS;
    char *dir = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (dir == NULL) return NULL;
    int r = uv_chdir(dir);
    JSValueRef out = JSValueMakeUndefined(ctx);
    if (r < 0) {
        /* Node: "ENOENT: no such file or directory, chdir <cwd> -> 'dir'" */
        char cwd[4096];
        size_t len = sizeof cwd;
        if (uv_cwd(cwd, &len) < 0) cwd[0] = 0;
        char sys[4200];
        snprintf(sys, sizeof sys, "chdir %s -> '%s'", cwd, dir);
        JSObjectRef e = ct_uv_error(ctx, r, "chdir", NULL, NULL);
        char msg[4400];
        snprintf(msg, sizeof msg, "%s: %s, %s", uv_err_name(r), uv_strerror(r), sys);
        ct_js_set(ctx, e, "message", ct_js_str(ctx, msg));
        ct_js_set(ctx, e, "path", ct_js_str(ctx, cwd));
        ct_js_set(ctx, e, "dest", ct_js_str(ctx, dir));
        *exc = e;
        out = NULL;
    }
    free(dir);
    return out;
}

BINDING(process_umask) {
    UNUSED_ARGS;
    JSValueRef a = ct_js_arg(ctx, argc, argv, 0);
    mode_t old;
    if (JSValueIsUndefined(ctx, a)) {
        old = umask(0);
        umask(old);
    } else {
        old = umask((mode_t)JSValueToNumber(ctx, a, exc));
    }
    return JSValueMakeNumber(ctx, old);
}

/* hrtime() -> [seconds, nanoseconds] of the monotonic clock */
BINDING(process_hrtime) {
    UNUSED_ARGS;
    uint64_t t = uv_hrtime();
    JSValueRef v[2] = { JSValueMakeNumber(ctx, (double)(t / 1000000000u)),
                        JSValueMakeNumber(ctx, (double)(t % 1000000000u)) };
    return JSObjectMakeArray(ctx, 2, v, exc);
}

BINDING(process_hrtime_bigint) {
    UNUSED_ARGS;
    return JSBigIntCreateWithUInt64(ctx, uv_hrtime(), exc);
}

BINDING(process_uptime) {
    UNUSED_ARGS;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    return JSValueMakeNumber(ctx, (double)(uv_hrtime() - rt->start_ns) / 1e9);
}

/* memoryUsage() -> [rss, heapTotal, heapUsed, external, arrayBuffers] */
BINDING(process_memory_usage) {
    UNUSED_ARGS;
    size_t rss = 0;
    uv_resident_set_memory(&rss);
    JSValueRef v[5] = { JSValueMakeNumber(ctx, (double)rss), JSValueMakeNumber(ctx, 0),
                        JSValueMakeNumber(ctx, 0), JSValueMakeNumber(ctx, 0),
                        JSValueMakeNumber(ctx, 0) };
    return JSObjectMakeArray(ctx, 5, v, exc);
}

BINDING(process_rss) {
    UNUSED_ARGS;
    size_t rss = 0;
    uv_resident_set_memory(&rss);
    return JSValueMakeNumber(ctx, (double)rss);
}

/* cpuUsage() -> [user µs, system µs] */
BINDING(process_cpu_usage) {
    UNUSED_ARGS;
    uv_rusage_t ru;
    int r = uv_getrusage(&ru);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "uv_getrusage", NULL, NULL);
    JSValueRef v[2] = {
        JSValueMakeNumber(ctx, (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec),
        JSValueMakeNumber(ctx, (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec)
    };
    return JSObjectMakeArray(ctx, 2, v, exc);
}

BINDING(process_resource_usage) {
    UNUSED_ARGS;
    uv_rusage_t ru;
    int r = uv_getrusage(&ru);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "uv_getrusage", NULL, NULL);
    double f[] = { (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec,
                   (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec,
                   (double)ru.ru_maxrss, (double)ru.ru_ixrss, (double)ru.ru_idrss,
                   (double)ru.ru_isrss, (double)ru.ru_minflt, (double)ru.ru_majflt,
                   (double)ru.ru_nswap, (double)ru.ru_inblock, (double)ru.ru_oublock,
                   (double)ru.ru_msgsnd, (double)ru.ru_msgrcv, (double)ru.ru_nsignals,
                   (double)ru.ru_nvcsw, (double)ru.ru_nivcsw };
    JSValueRef v[16];
    for (int i = 0; i < 16; i++) v[i] = JSValueMakeNumber(ctx, f[i]);
    return JSObjectMakeArray(ctx, 16, v, exc);
}

/* kill(pid, signal) -> 0 or a negative errno (JS throws) */
BINDING(process_kill) {
    UNUSED_ARGS;
    int pid = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    int sig = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    return JSValueMakeNumber(ctx, uv_kill(pid, sig));
}

BINDING(process_really_exit) {
    UNUSED_ARGS;
    int code = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    fflush(stdout);
    fflush(stderr);
    _exit(code & 0xff);
}

BINDING(process_abort) {
    UNUSED_ARGS;
    abort();
}

BINDING(process_ids) {
    UNUSED_ARGS;
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "pid", JSValueMakeNumber(ctx, getpid()));
    ct_js_set(ctx, o, "ppid", JSValueMakeNumber(ctx, getppid()));
    ct_js_set(ctx, o, "uid", JSValueMakeNumber(ctx, getuid()));
    ct_js_set(ctx, o, "euid", JSValueMakeNumber(ctx, geteuid()));
    ct_js_set(ctx, o, "gid", JSValueMakeNumber(ctx, getgid()));
    ct_js_set(ctx, o, "egid", JSValueMakeNumber(ctx, getegid()));
    return o;
}

BINDING(process_getgroups) {
    UNUSED_ARGS;
    gid_t groups[256];
    int n = getgroups(256, groups);
    if (n < 0) n = 0;
    JSValueRef v[257];
    for (int i = 0; i < n; i++) v[i] = JSValueMakeNumber(ctx, groups[i]);
    return JSObjectMakeArray(ctx, (size_t)n, v, exc);
}

BINDING(process_ppid) {
    UNUSED_ARGS;
    return JSValueMakeNumber(ctx, getppid());
}

/* ---- environment ---- */

BINDING(process_env_get) {
    UNUSED_ARGS;
    char *k = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (k == NULL) return NULL;
    const char *v = getenv(k);
    free(k);
    return v ? ct_js_str(ctx, v) : JSValueMakeUndefined(ctx);
}

BINDING(process_env_set) {
    UNUSED_ARGS;
    char *k = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    char *v = k ? ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 1), exc) : NULL;
    if (k && v && k[0] != 0 && strchr(k, '=') == NULL) setenv(k, v, 1);
    free(k);
    free(v);
    return JSValueMakeUndefined(ctx);
}

BINDING(process_env_delete) {
    UNUSED_ARGS;
    char *k = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (k == NULL) return NULL;
    if (k[0] != 0 && strchr(k, '=') == NULL) unsetenv(k);
    free(k);
    return JSValueMakeBoolean(ctx, true);
}

BINDING(process_env_keys) {
    UNUSED_ARGS;
    size_t n = 0;
    for (char **e = environ; *e; e++) n++;
    JSValueRef *vals = calloc(n + 1, sizeof *vals);
    size_t m = 0;
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e) continue;
        vals[m++] = ct_js_strn(ctx, *e, (size_t)(eq - *e));
    }
    JSObjectRef a = JSObjectMakeArray(ctx, m, vals, exc);
    free(vals);
    return a;
}

/* ---- start-up data ---- */

/* ICU's versions, asked of the library JavaScriptCore's Intl runs on. ICU's
 * symbols carry its major version (u_getVersion_72); the headers, when the
 * build has them, say which suffix, and only that library is asked: a
 * different ICU at run time reports nothing rather than a guess. */
#if defined(__has_include)
#if __has_include(<unicode/uvernum.h>)
#include <unicode/uvernum.h>
#define CT_STR2(x) #x
#define CT_STR(x) CT_STR2(x)
#define CT_ICU_SUFFIX CT_STR(U_ICU_VERSION_SUFFIX)
#endif
#endif

#ifdef CT_ICU_SUFFIX
static void *icu_symbol(const char *name) {
    char full[64];
    snprintf(full, sizeof full, "%s%s", name, CT_ICU_SUFFIX);
    return dlsym(RTLD_DEFAULT, full);
}

/* ICU's UVersionInfo as u_versionToString writes it: major.minor, then the
 * further fields up to the last one that is not zero */
static void version_string(const uint8_t v[4], char *out, size_t n) {
    int last = 1;
    for (int i = 2; i < 4; i++)
        if (v[i] != 0) last = i;
    size_t len = 0;
    for (int i = 0; i <= last && len < n; i++)
        len += (size_t)snprintf(out + len, n - len, i == 0 ? "%u" : ".%u", v[i]);
}

static void set_icu_versions(JSContextRef ctx, JSObjectRef r) {
    typedef void (*version_fn)(uint8_t *);
    typedef void (*version_err_fn)(uint8_t *, int *);
    typedef const char *(*tz_fn)(int *);
    version_fn get_version, get_unicode;
    version_err_fn get_cldr;
    tz_fn get_tz;
    void *p;
    char buf[32];
    uint8_t v[4];
    int err;
    /* a data pointer to a function pointer through memcpy (ISO C has no cast) */
    if ((p = icu_symbol("u_getVersion")) != NULL) {
        memcpy(&get_version, &p, sizeof p);
        memset(v, 0, sizeof v);
        get_version(v);
        version_string(v, buf, sizeof buf);
        ct_js_set(ctx, r, "icuVersion", ct_js_str(ctx, buf));
    }
    if ((p = icu_symbol("u_getUnicodeVersion")) != NULL) {
        memcpy(&get_unicode, &p, sizeof p);
        memset(v, 0, sizeof v);
        get_unicode(v);
        version_string(v, buf, sizeof buf);
        ct_js_set(ctx, r, "unicodeVersion", ct_js_str(ctx, buf));
    }
    if ((p = icu_symbol("ulocdata_getCLDRVersion")) != NULL) {
        memcpy(&get_cldr, &p, sizeof p);
        memset(v, 0, sizeof v);
        err = 0;
        get_cldr(v, &err);
        if (err <= 0) {
            version_string(v, buf, sizeof buf);
            ct_js_set(ctx, r, "cldrVersion", ct_js_str(ctx, buf));
        }
    }
    if ((p = icu_symbol("ucal_getTZDataVersion")) != NULL) {
        memcpy(&get_tz, &p, sizeof p);
        err = 0;
        const char *tz = get_tz(&err);
        if (err <= 0 && tz != NULL) ct_js_set(ctx, r, "tzVersion", ct_js_str(ctx, tz));
    }
}
#endif

BINDING(process_startup) {
    UNUSED_ARGS;
    const ct_runtime_options_t *o = opts_for_bootstrap;
    JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
    char exe[4096];
    size_t len = sizeof exe;
    if (o != NULL && o->exec_path != NULL) snprintf(exe, sizeof exe, "%s", o->exec_path);
    else if (uv_exepath(exe, &len) < 0) strcpy(exe, "cathode");
    ct_js_set(ctx, r, "execPath", ct_js_str(ctx, exe));
    /* process.argv0: argv[0] exactly as our parent passed it (spawn's
     * argv0 option), which the options no longer carry */
    FILE *f = fopen("/proc/self/cmdline", "rb");
    if (f != NULL) {
        char arg0[4096];
        size_t n = fread(arg0, 1, sizeof arg0 - 1, f);
        fclose(f);
        arg0[n] = 0;
        if (n > 0) ct_js_set(ctx, r, "argv0", ct_js_str(ctx, arg0));
    }
    if (o != NULL) {
        ct_js_set(ctx, r, "argv", str_array(ctx, o->argc, o->argv));
        ct_js_set(ctx, r, "execArgv", str_array(ctx, o->exec_argc, o->exec_argv));
        if (o->eval) ct_js_set(ctx, r, "eval", ct_js_str(ctx, o->eval));
        ct_js_set(ctx, r, "printEval", JSValueMakeBoolean(ctx, o->print_eval));
    }
    ct_js_set(ctx, r, "version", ct_js_str(ctx, CT_VERSION));
    ct_js_set(ctx, r, "nodeVersion", ct_js_str(ctx, CT_NODE_VERSION));
    ct_js_set(ctx, r, "electronVersion", ct_js_str(ctx, CT_ELECTRON_VERSION));
    ct_js_set(ctx, r, "uvVersion", ct_js_str(ctx, uv_version_string()));
    ct_js_set(ctx, r, "opensslVersion", ct_js_str(ctx, ct__openssl_version()));
    ct_js_set(ctx, r, "zlibVersion", ct_js_str(ctx, ct__zlib_version()));
    char brotli[32];
    ct__brotli_version(brotli, sizeof brotli);
    ct_js_set(ctx, r, "brotliVersion", ct_js_str(ctx, brotli));
    /* the JavaScriptCore in use, which is its WebKitGTK release's */
    char webkit[32];
    snprintf(webkit, sizeof webkit, "%u.%u.%u", jsc_get_major_version(), jsc_get_minor_version(),
             jsc_get_micro_version());
    ct_js_set(ctx, r, "webkitVersion", ct_js_str(ctx, webkit));
    ct_js_set(ctx, r, "chromeVersion", ct_js_str(ctx, CT_CHROME_VERSION));
#ifdef CT_ICU_SUFFIX
    set_icu_versions(ctx, r);
#endif
    return r;
}

/* guessHandleType(fd) -> 'TTY' | 'FILE' | 'PIPE' | 'UNIX' | 'TCP' | 'UDP' | 'UNKNOWN' */
BINDING(process_guess_handle_type) {
    UNUSED_ARGS;
    int fd = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    const char *t = "UNKNOWN";
    switch (uv_guess_handle(fd)) {
    case UV_TTY: t = "TTY"; break;
    case UV_FILE: t = "FILE"; break;
    case UV_NAMED_PIPE: t = "PIPE"; break;
    case UV_TCP: t = "TCP"; break;
    case UV_UDP: t = "UDP"; break;
    default: break;
    }
    return ct_js_str(ctx, t);
}

/* ttyWindowSize(fd) -> [columns, rows] or undefined */
BINDING(process_tty_window_size) {
    UNUSED_ARGS;
    int fd = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) < 0) return JSValueMakeUndefined(ctx);
    JSValueRef v[2] = { JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row) };
    return JSObjectMakeArray(ctx, 2, v, exc);
}

BINDING(process_set_title) {
    UNUSED_ARGS;
    char *t = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (t == NULL) return NULL;
    uv_set_process_title(t);
    free(t);
    return JSValueMakeUndefined(ctx);
}

/* global.gc() under --expose-gc: Node's collects before it returns, and
 * tests rely on that (FinalizationRegistry, WeakRef), so a synchronous one. */
BINDING(process_gc) {
    UNUSED_ARGS;
    JSSynchronousGarbageCollectForDebugging(ctx);
    return JSValueMakeUndefined(ctx);
}

/* Whether the runtime's libuv loop has anything left that keeps it alive
 * (ref'd active handles or requests): Electron's main process starts its
 * app when the main script's code has loaded or, failing that, when this
 * loop has gone idle. */
BINDING(process_loop_alive) {
    UNUSED_ARGS;
    ct_runtime_t *rt = ct_runtime_from(ctx);
    return JSValueMakeBoolean(ctx, rt != NULL && uv_loop_alive(rt->loop) != 0);
}

static const ct_binding_fn process_fns[] = {
    { "abort", process_abort, 0 },
    { "chdir", process_chdir, 1 },
    { "cpuUsage", process_cpu_usage, 0 },
    { "cwd", process_cwd, 0 },
    { "envDelete", process_env_delete, 1 },
    { "envGet", process_env_get, 1 },
    { "envKeys", process_env_keys, 0 },
    { "envSet", process_env_set, 2 },
    { "gc", process_gc, 0 },
    { "getgroups", process_getgroups, 0 },
    { "guessHandleType", process_guess_handle_type, 1 },
    { "hrtime", process_hrtime, 0 },
    { "hrtimeBigInt", process_hrtime_bigint, 0 },
    { "ids", process_ids, 0 },
    { "loopAlive", process_loop_alive, 0 },
    { "kill", process_kill, 2 },
    { "memoryUsage", process_memory_usage, 0 },
    { "ppid", process_ppid, 0 },
    { "reallyExit", process_really_exit, 1 },
    { "resourceUsage", process_resource_usage, 0 },
    { "rss", process_rss, 0 },
    { "setTitle", process_set_title, 1 },
    { "startup", process_startup, 0 },
    { "ttyWindowSize", process_tty_window_size, 1 },
    { "umask", process_umask, 1 },
    { "uptime", process_uptime, 0 },
    { NULL, NULL, 0 }
};

void ct_process_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, process_fns);
}
