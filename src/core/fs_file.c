/* SPDX-License-Identifier: MIT
 *
 * fs_file.c — internalBinding('fs')'s whole-file operations: readFile and
 * writeFile as one job each on libuv's threadpool (open, read or write to
 * the end, close; or synchronously), and the synchronous fast paths of the
 * module loaders and stdio (internalModuleStat, readFileUtf8, writeString,
 * writeBuffer). The request machinery is fs.c's (fs_impl.h). Loop thread
 * only; jobs touch no JS.
 */
#include "fs_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* ---- whole-file jobs ---- */

/* Reads fd to its end into malloc'd memory (*out, never NULL on success).
 * Returns 0 or a negative errno. Any thread. */
static int read_fd_all(int fd, char **out, size_t *outlen) {
    size_t cap = 65536, len = 0;
    struct stat st;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) return UV_EISDIR;
        /* Node refuses files over 2 GiB (JS turns EFBIG into
         * ERR_FS_FILE_TOO_LARGE); files in /proc report 0: read those in
         * chunks until EOF */
        if (S_ISREG(st.st_mode) && st.st_size > INT32_MAX) return UV_EFBIG;
        if (S_ISREG(st.st_mode) && st.st_size > 0) cap = (size_t)st.st_size + 1;
    }
    char *buf = malloc(cap);
    if (buf == NULL) return UV_ENOMEM;
    for (;;) {
        if (len == cap) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                return UV_ENOMEM;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0) {
            if (errno == EINTR) continue;
            int e = uv_translate_sys_error(errno);
            free(buf);
            return e;
        }
        if (n == 0) break;
        len += (size_t)n;
    }
    *out = buf;
    *outlen = len;
    return 0;
}

/* Reads a whole file by path. Returns 0 or a negative errno; *out is
 * malloc'd. Used by the loaders' readFileUtf8. */
static int read_all(const char *path, char **out, size_t *outlen) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return uv_translate_sys_error(errno);
    int r = read_fd_all(fd, out, outlen);
    close(fd);
    return r;
}

/* readFile: open (unless given an fd), read to EOF, close. The syscall in an
 * error names the step that failed, as Node's does. */
static void read_file_job(fs_req_t *r) {
    int fd = r->fd;
    if (r->path != NULL) {
        fd = open(r->path, r->flags | O_CLOEXEC, 0666);
        if (fd < 0) {
            r->err = uv_translate_sys_error(errno);
            return;
        }
    }
    char *buf = NULL;
    r->err = read_fd_all(fd, &buf, &r->len);
    if (r->path != NULL) close(fd);
    if (r->err < 0) {
        /* Node names no path when the read fails ("EISDIR: ..., read") */
        r->syscall = "read";
        free(r->path);
        r->path = NULL;
    }
    r->data = (uint8_t *)buf;
    r->data_owned = r->err == 0;
}

static JSValueRef res_read_file(JSContextRef ctx, fs_req_t *r) {
    if (r->utf8) return ct_js_strn(ctx, (const char *)r->data, r->len);
    r->data_owned = false; /* the Buffer owns it now */
    return ct_js_buffer_take(ctx, r->data, r->len);
}

/* readFile(pathOrFd, flags, utf8, req) -> Buffer, or a string when utf8 */
BINDING(fs_read_file) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(3), "open", res_read_file);
    if (JSValueIsNumber(ctx, ARG(0))) {
        r->fd = ct__fs_int_arg(ctx, ARG(0));
        r->syscall = "read";
    } else {
        r->path = ct__fs_path_arg(ctx, ARG(0), exc);
        if (r->path == NULL) {
            ct__fs_req_free(r);
            return NULL;
        }
    }
    r->flags = ct__fs_int_arg(ctx, ARG(1));
    r->utf8 = JSValueToBoolean(ctx, ARG(2));
    r->job = read_file_job;
    return ct__fs_req_finish(ctx, r, 0, exc);
}

/* Writes all of buf to fd, waiting (poll) when a non-blocking fd is full.
 * Returns 0 or a negative errno. Any thread. */
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

static void write_file_job(fs_req_t *r) {
    int fd = r->fd;
    if (r->path != NULL) {
        fd = open(r->path, r->flags | O_CLOEXEC, r->mode);
        if (fd < 0) {
            r->err = uv_translate_sys_error(errno);
            return;
        }
    }
    r->err = write_all(fd, r->data, r->len);
    if (r->err < 0) r->syscall = "write";
    if (r->path != NULL && close(fd) < 0 && r->err == 0) {
        r->err = uv_translate_sys_error(errno);
        r->syscall = "close";
    }
}

/* writeFile(pathOrFd, data, flags, mode, req): data is a string (UTF-8) or
 * bytes */
BINDING(fs_write_file) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(4), "open", ct__fs_res_undefined);
    if (JSValueIsNumber(ctx, ARG(0))) {
        r->fd = ct__fs_int_arg(ctx, ARG(0));
        r->syscall = "write";
    } else if ((r->path = ct__fs_path_arg(ctx, ARG(0), exc)) == NULL) {
        ct__fs_req_free(r);
        return NULL;
    }
    if (JSValueIsString(ctx, ARG(1))) {
        char *s = ct_js_to_utf8(ctx, ARG(1), exc);
        if (s == NULL) {
            ct__fs_req_free(r);
            return NULL;
        }
        r->data = (uint8_t *)s;
        r->len = strlen(s);
        r->data_owned = true;
    } else if (ct_js_bytes(ctx, ARG(1), &r->data, &r->len)) {
        ct__fs_req_keep(ctx, r, ARG(1));
    } else {
        ct__fs_req_free(r);
        return ct_throw_type(ctx, exc, "writeFile: data expected");
    }
    r->flags = ct__fs_int_arg(ctx, ARG(2));
    r->mode = ct__fs_int_arg(ctx, ARG(3));
    r->job = write_file_job;
    return ct__fs_req_finish(ctx, r, 0, exc);
}

/* ---- the loaders' and stdio's fast paths (synchronous, no req) ---- */

/* internalModuleStat(path) -> 0 file, 1 directory, negative errno otherwise.
 * The loader's hot path: no exception, no object. */
BINDING(fs_internal_module_stat) {
    UNUSED_ARGS;
    char *path = ct_js_to_utf8(ctx, ARG(0), exc);
    if (path == NULL) return NULL;
    struct stat st;
    int r = stat(path, &st) == 0 ? (S_ISDIR(st.st_mode) ? 1 : 0) : -2;
    free(path);
    return JSValueMakeNumber(ctx, r);
}

/* readFileUtf8(path) -> string without a BOM; throws ENOENT & co with
 * syscall 'open' */
BINDING(fs_read_file_utf8) {
    UNUSED_ARGS;
    char *path = ct_js_to_utf8(ctx, ARG(0), exc);
    if (path == NULL) return NULL;
    char *data = NULL;
    size_t len = 0;
    int r = read_all(path, &data, &len);
    JSValueRef out;
    if (r < 0) {
        ct_throw_uv(ctx, exc, r, r == UV_EISDIR ? "read" : "open", r == UV_EISDIR ? NULL : path, NULL);
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

/* writeString(fd, string) -> bytes written (UTF-8); throws on error */
BINDING(fs_write_string) {
    UNUSED_ARGS;
    int fd = ct__fs_int_arg(ctx, ARG(0));
    char *utf8 = ct_js_to_utf8(ctx, ARG(1), exc);
    if (utf8 == NULL) return NULL;
    size_t len = strlen(utf8);
    int r = write_all(fd, (const uint8_t *)utf8, len);
    free(utf8);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "write", NULL, NULL);
    return JSValueMakeNumber(ctx, (double)len);
}

/* writeBuffer(fd, bytes) -> bytes written; throws on error */
BINDING(fs_write_buffer) {
    UNUSED_ARGS;
    int fd = ct__fs_int_arg(ctx, ARG(0));
    uint8_t *data;
    size_t len;
    if (!ct_js_bytes(ctx, ARG(1), &data, &len))
        return ct_throw_type(ctx, exc, "writeBuffer: bytes expected");
    int r = write_all(fd, data, len);
    if (r < 0) return ct_throw_uv(ctx, exc, r, "write", NULL, NULL);
    return JSValueMakeNumber(ctx, (double)len);
}

static const ct_binding_fn fs_file_fns[] = {
    { "internalModuleStat", fs_internal_module_stat, 1 },
    { "readFile", fs_read_file, 4 },
    { "readFileUtf8", fs_read_file_utf8, 1 },
    { "writeBuffer", fs_write_buffer, 2 },
    { "writeFile", fs_write_file, 5 },
    { "writeString", fs_write_string, 2 },
    { NULL, NULL, 0 }
};

void ct__fs_file_install(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, fs_file_fns);
}
