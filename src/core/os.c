/* SPDX-License-Identifier: MIT
 *
 * os.c — internalBinding('os'): host facts for lib/node/os.js (hostname,
 * uname, cpus, memory, load, interfaces, users, process priority).
 *
 * Every function is a thin wrapper over one libuv call. Functions that can
 * fail in ways Node reports as ERR_SYSTEM_ERROR take a context object as
 * their last argument, fill it with { errno, code, message, syscall } and
 * return undefined; os.js turns that into the SystemError. Loop thread only.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

/* Fills Node's error context object for ERR_SYSTEM_ERROR; returns undefined. */
static JSValueRef fail_ctx(JSContextRef ctx, JSValueRef target, int err, const char *syscall) {
    if (JSValueIsObject(ctx, target)) {
        JSObjectRef o = (JSObjectRef)target;
        ct_js_set(ctx, o, "errno", JSValueMakeNumber(ctx, err));
        ct_js_set(ctx, o, "code", ct_js_str(ctx, uv_err_name(err)));
        ct_js_set(ctx, o, "message", ct_js_str(ctx, uv_strerror(err)));
        ct_js_set(ctx, o, "syscall", ct_js_str(ctx, syscall));
    }
    return JSValueMakeUndefined(ctx);
}

BINDING(os_get_hostname) {
    UNUSED_ARGS;
    char buf[UV_MAXHOSTNAMESIZE];
    size_t len = sizeof buf;
    int r = uv_os_gethostname(buf, &len);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 0), r, "uv_os_gethostname");
    return ct_js_str(ctx, buf);
}

/* getOSInformation(ctx) -> [sysname, version, release, machine] */
BINDING(os_get_os_information) {
    UNUSED_ARGS;
    uv_utsname_t u;
    int r = uv_os_uname(&u);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 0), r, "uv_os_uname");
    JSValueRef v[4] = { ct_js_str(ctx, u.sysname), ct_js_str(ctx, u.version),
                        ct_js_str(ctx, u.release), ct_js_str(ctx, u.machine) };
    return JSObjectMakeArray(ctx, 4, v, NULL);
}

/* getHomeDirectory(ctx): $HOME, else the password database (libuv's order). */
BINDING(os_get_home_directory) {
    UNUSED_ARGS;
    char buf[4096];
    size_t len = sizeof buf;
    int r = uv_os_homedir(buf, &len);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 0), r, "uv_os_homedir");
    return ct_js_str(ctx, buf);
}

/* getUserInfo(ctx) -> { uid, gid, username, homedir, shell } as strings;
 * os.js converts to Buffers when asked for encoding 'buffer'. */
BINDING(os_get_user_info) {
    UNUSED_ARGS;
    uv_passwd_t pw;
    int r = uv_os_get_passwd(&pw);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 0), r, "uv_os_get_passwd");
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    ct_js_set(ctx, o, "uid", JSValueMakeNumber(ctx, (double)pw.uid));
    ct_js_set(ctx, o, "gid", JSValueMakeNumber(ctx, (double)pw.gid));
    ct_js_set(ctx, o, "username", ct_js_str(ctx, pw.username));
    ct_js_set(ctx, o, "homedir", ct_js_str(ctx, pw.homedir));
    ct_js_set(ctx, o, "shell", pw.shell ? ct_js_str(ctx, pw.shell) : JSValueMakeNull(ctx));
    uv_os_free_passwd(&pw);
    return o;
}

/* getCPUs() -> flat array [model, speed, user, nice, sys, idle, irq, ...] */
BINDING(os_get_cpus) {
    UNUSED_ARGS;
    uv_cpu_info_t *cpus;
    int n;
    if (uv_cpu_info(&cpus, &n) < 0) return JSObjectMakeArray(ctx, 0, NULL, NULL);
    JSValueRef *v = calloc((size_t)n * 7 + 1, sizeof *v);
    CT_CHECK(v != NULL);
    for (int i = 0; i < n; i++) {
        JSValueRef *c = v + i * 7;
        c[0] = ct_js_str(ctx, cpus[i].model ? cpus[i].model : "unknown");
        c[1] = JSValueMakeNumber(ctx, cpus[i].speed);
        c[2] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.user);
        c[3] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.nice);
        c[4] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.sys);
        c[5] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.idle);
        c[6] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.irq);
    }
    JSObjectRef a = JSObjectMakeArray(ctx, (size_t)n * 7, v, NULL);
    free(v);
    uv_free_cpu_info(cpus, n);
    return a;
}

BINDING(os_get_load_avg) {
    UNUSED_ARGS;
    double avg[3];
    uv_loadavg(avg);
    JSValueRef v[3] = { JSValueMakeNumber(ctx, avg[0]), JSValueMakeNumber(ctx, avg[1]),
                        JSValueMakeNumber(ctx, avg[2]) };
    return JSObjectMakeArray(ctx, 3, v, NULL);
}

BINDING(os_get_uptime) {
    UNUSED_ARGS;
    double up = 0;
    int r = uv_uptime(&up);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 0), r, "uv_uptime");
    return JSValueMakeNumber(ctx, up);
}

BINDING(os_get_total_mem) {
    UNUSED_ARGS;
    return JSValueMakeNumber(ctx, (double)uv_get_total_memory());
}

BINDING(os_get_free_mem) {
    UNUSED_ARGS;
    return JSValueMakeNumber(ctx, (double)uv_get_free_memory());
}

BINDING(os_get_available_parallelism) {
    UNUSED_ARGS;
    return JSValueMakeNumber(ctx, uv_available_parallelism());
}

static void format_mac(char out[18], const char mac[6]) {
    snprintf(out, 18, "%02x:%02x:%02x:%02x:%02x:%02x", (unsigned char)mac[0],
             (unsigned char)mac[1], (unsigned char)mac[2], (unsigned char)mac[3],
             (unsigned char)mac[4], (unsigned char)mac[5]);
}

/* getInterfaceAddresses(ctx) -> flat array of
 * [name, address, netmask, family, mac, internal, scopeid] per address;
 * scopeid is -1 for IPv4. */
BINDING(os_get_interface_addresses) {
    UNUSED_ARGS;
    uv_interface_address_t *ifs;
    int n;
    int r = uv_interface_addresses(&ifs, &n);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 0), r, "uv_interface_addresses");
    JSValueRef *v = calloc((size_t)n * 7 + 1, sizeof *v);
    CT_CHECK(v != NULL);
    for (int i = 0; i < n; i++) {
        char addr[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "", mac[18];
        bool v6 = ifs[i].address.address4.sin_family == AF_INET6;
        if (v6) {
            uv_ip6_name(&ifs[i].address.address6, addr, sizeof addr);
            uv_ip6_name(&ifs[i].netmask.netmask6, mask, sizeof mask);
        } else {
            uv_ip4_name(&ifs[i].address.address4, addr, sizeof addr);
            uv_ip4_name(&ifs[i].netmask.netmask4, mask, sizeof mask);
        }
        format_mac(mac, ifs[i].phys_addr);
        JSValueRef *c = v + i * 7;
        c[0] = ct_js_str(ctx, ifs[i].name);
        c[1] = ct_js_str(ctx, addr);
        c[2] = ct_js_str(ctx, mask);
        c[3] = ct_js_str(ctx, v6 ? "IPv6" : "IPv4");
        c[4] = ct_js_str(ctx, mac);
        c[5] = JSValueMakeBoolean(ctx, ifs[i].is_internal);
        c[6] = JSValueMakeNumber(ctx, v6 ? (double)ifs[i].address.address6.sin6_scope_id : -1);
    }
    JSObjectRef a = JSObjectMakeArray(ctx, (size_t)n * 7, v, NULL);
    free(v);
    uv_free_interface_addresses(ifs, n);
    return a;
}

/* getPriority(pid, ctx) -> nice value, or undefined with ctx filled */
BINDING(os_get_priority) {
    UNUSED_ARGS;
    int pid = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    int prio = 0;
    int r = uv_os_getpriority(pid, &prio);
    if (r < 0) return fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 1), r, "uv_os_getpriority");
    return JSValueMakeNumber(ctx, prio);
}

/* setPriority(pid, priority, ctx) -> 0, or a negative errno with ctx filled */
BINDING(os_set_priority) {
    UNUSED_ARGS;
    int pid = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), NULL);
    int prio = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 1), NULL);
    int r = uv_os_setpriority(pid, prio);
    if (r < 0) fail_ctx(ctx, ct_js_arg(ctx, argc, argv, 2), r, "uv_os_setpriority");
    return JSValueMakeNumber(ctx, r);
}

static const ct_binding_fn os_fns[] = {
    { "getAvailableParallelism", os_get_available_parallelism, 0 },
    { "getCPUs", os_get_cpus, 0 },
    { "getFreeMem", os_get_free_mem, 0 },
    { "getHomeDirectory", os_get_home_directory, 1 },
    { "getHostname", os_get_hostname, 1 },
    { "getInterfaceAddresses", os_get_interface_addresses, 1 },
    { "getLoadAvg", os_get_load_avg, 0 },
    { "getOSInformation", os_get_os_information, 1 },
    { "getPriority", os_get_priority, 2 },
    { "getTotalMem", os_get_total_mem, 0 },
    { "getUptime", os_get_uptime, 1 },
    { "getUserInfo", os_get_user_info, 1 },
    { "setPriority", os_set_priority, 3 },
    { NULL, NULL, 0 }
};

void ct_os_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, os_fns);
}
