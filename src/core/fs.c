/* SPDX-License-Identifier: MIT
 *
 * fs.c — internalBinding('fs'): file-system calls for lib/node/fs.js and the
 * module loaders. Synchronous calls throw Node-shaped errors built by error.c.
 */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc

/* internalModuleStat(path) -> 0 file, 1 directory, negative errno otherwise.
 * The loader's hot path: no exception, no object. */
BINDING(fs_internal_module_stat) {
    UNUSED_ARGS;
    char *path = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (path == NULL) return NULL;
    struct stat st;
    int r = stat(path, &st) == 0 ? (S_ISDIR(st.st_mode) ? 1 : 0) : -2;
    free(path);
    return JSValueMakeNumber(ctx, r);
}

/* Reads a whole file; returns 0 or a negative errno. *out is malloc'd. */
static int read_all(const char *path, char **out, size_t *outlen) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return uv_translate_sys_error(errno);
    size_t cap = 65536, len = 0;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return UV_EISDIR;
    }
    if (fstat(fd, &st) == 0 && st.st_size > 0) cap = (size_t)st.st_size + 1;
    char *buf = malloc(cap);
    if (buf == NULL) {
        close(fd);
        return UV_ENOMEM;
    }
    for (;;) {
        if (len == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                close(fd);
                return UV_ENOMEM;
            }
            buf = nb;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0) {
            if (errno == EINTR) continue;
            int e = uv_translate_sys_error(errno);
            free(buf);
            close(fd);
            return e;
        }
        if (n == 0) break;
        len += (size_t)n;
    }
    close(fd);
    *out = buf;
    *outlen = len;
    return 0;
}

/* readFileUtf8(path) -> string; throws ENOENT & co with syscall 'open' */
BINDING(fs_read_file_utf8) {
    UNUSED_ARGS;
    char *path = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (path == NULL) return NULL;
    char *data = NULL;
    size_t len = 0;
    int r = read_all(path, &data, &len);
    JSValueRef out;
    if (r < 0) {
        out = ct_throw_uv(ctx, exc, r, r == UV_EISDIR ? "read" : "open", r == UV_EISDIR ? NULL : path, NULL);
        out = NULL;
    } else {
        size_t skip = (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
                       (unsigned char)data[2] == 0xBF) ? 3 : 0;
        out = ct_js_strn(ctx, data + skip, len - skip);
    }
    free(data);
    free(path);
    return out;
}

/* realpath(path) -> string */
BINDING(fs_realpath) {
    UNUSED_ARGS;
    char *path = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (path == NULL) return NULL;
    char *real = realpath(path, NULL);
    JSValueRef out;
    if (real == NULL) {
        ct_throw_uv(ctx, exc, uv_translate_sys_error(errno), "realpath", path, NULL);
        out = NULL;
    } else {
        out = ct_js_str(ctx, real);
        free(real);
    }
    free(path);
    return out;
}

/* Writes all of buf to fd, waiting (poll) when a non-blocking fd is full.
 * Returns 0 or a negative errno. */
static int write_all(int fd, const uint8_t *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) {
                struct pollfd p = { .fd = fd, .events = POLLOUT };
                poll(&p, 1, -1);
                continue;
            }
            return uv_translate_sys_error(errno);
        }
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

/* writeString(fd, string) -> bytes written (UTF-8); throws on error */
BINDING(fs_write_string) {
    UNUSED_ARGS;
    int fd = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    JSStringRef s = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    if (s == NULL) return NULL;
    char *utf8 = ct_js_string_to_utf8(s);
    JSStringRelease(s);
    size_t len = strlen(utf8);
    int r = write_all(fd, (const uint8_t *)utf8, len);
    free(utf8);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "write", NULL, NULL);
    return JSValueMakeNumber(ctx, (double)len);
}

/* writeBuffer(fd, bytes) -> bytes written; throws on error */
BINDING(fs_write_buffer) {
    UNUSED_ARGS;
    int fd = (int)JSValueToNumber(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    uint8_t *data;
    size_t len;
    if (!ct_js_bytes(ctx, ct_js_arg(ctx, argc, argv, 1), &data, &len))
        return ct_throw_type(ctx, exc, "writeBuffer: bytes expected");
    int r = write_all(fd, data, len);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "write", NULL, NULL);
    return JSValueMakeNumber(ctx, (double)len);
}

static const ct_binding_fn fs_fns[] = {
    { "writeString", fs_write_string, 2 },
    { "writeBuffer", fs_write_buffer, 2 },
    { "internalModuleStat", fs_internal_module_stat, 1 },
    { "readFileUtf8", fs_read_file_utf8, 1 },
    { "realpath", fs_realpath, 1 },
    { NULL, NULL, 0 }
};

void ct_fs_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, fs_fns);
}
