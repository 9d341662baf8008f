/* SPDX-License-Identifier: MIT
 *
 * fs.c — internalBinding('fs'): file-system calls for lib/node/fs.js, the
 * module loaders and stdio: the request machinery and the operations on
 * paths and descriptors (whole-file jobs and the loaders' fast paths are in
 * fs_file.c).
 *
 * Every operation takes its arguments plus a last `req`: undefined runs it
 * synchronously on the calling thread (uv_fs_* with no callback) and returns
 * the result or throws; a function runs it on libuv's threadpool and calls
 * back (err) or (null, result) through ct_js_call. Policy (defaults, argument
 * validation, Stats objects, encodings) is in lib/node/internal/fs/. Work on
 * the threadpool never touches JSC. Paths arrive as strings or as bytes
 * (Buffer paths), NUL bytes already refused by JS. Loop thread only.
 */
#include "fs_impl.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define UNUSED_ARGS (void)ctx, (void)fn, (void)self, (void)argc, (void)argv, (void)exc
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* ---- the request: one operation, sync or async ---- */

static uv_loop_t *req_loop(fs_req_t *r) {
    return ct_runtime_loop(r->rt);
}

void ct__fs_req_free(fs_req_t *r) {
    JSContextRef ctx = ct_runtime_context(r->rt);
    if (r->cb != NULL) JSValueUnprotect(ctx, r->cb);
    if (r->keep != NULL) JSValueUnprotect(ctx, r->keep);
    uv_fs_req_cleanup(&r->fs);
    free(r->path);
    free(r->dest);
    free(r->bufs);
    if (r->data_owned) free(r->data);
    free(r);
}

/* A new request for the binding call's last argument `last` (undefined or a
 * callback). Cannot fail. */
fs_req_t *ct__fs_req_new(JSContextRef ctx, JSValueRef last, const char *syscall,
                         fs_result_fn result) {
    fs_req_t *r = calloc(1, sizeof *r);
    CT_CHECK(r != NULL);
    r->rt = ct_runtime_from(ctx);
    r->syscall = syscall;
    r->result = result;
    r->fd = -1;
    if (JSValueIsObject(ctx, last) && JSObjectIsFunction(ctx, (JSObjectRef)last)) {
        r->cb = (JSObjectRef)last;
        JSValueProtect(ctx, r->cb);
    }
    return r;
}

void ct__fs_req_keep(JSContextRef ctx, fs_req_t *r, JSValueRef v) {
    r->keep = v;
    JSValueProtect(ctx, v);
}

static int req_status(fs_req_t *r) {
    return r->job != NULL ? r->err : (int)(r->fs.result < 0 ? r->fs.result : 0);
}

/* The error for a failed request: Node's message and properties. */
static JSObjectRef req_error(JSContextRef ctx, fs_req_t *r, int err) {
    return ct_uv_error(ctx, err, r->syscall, r->path, r->dest);
}

static void req_complete(fs_req_t *r) {
    JSContextRef ctx = ct_runtime_context(r->rt);
    int err = req_status(r);
    JSValueRef args[2];
    size_t n;
    if (err < 0) {
        args[0] = req_error(ctx, r, err);
        n = 1;
    } else {
        args[0] = JSValueMakeNull(ctx);
        args[1] = r->result(ctx, r);
        /* Node calls back (null) alone when there is no result */
        n = r->result == ct__fs_res_undefined ? 1 : 2;
    }
    ct_js_call(ctx, r->cb, NULL, n, args);
    ct__fs_req_free(r);
}

static void fs_done_cb(uv_fs_t *req) {
    req_complete(CT_CONTAINER_OF(req, fs_req_t, fs));
}

static void job_work_cb(uv_work_t *w) {
    fs_req_t *r = CT_CONTAINER_OF(w, fs_req_t, work);
    r->job(r);
}

static void job_after_cb(uv_work_t *w, int status) {
    fs_req_t *r = CT_CONTAINER_OF(w, fs_req_t, work);
    if (status < 0) r->err = status;
    req_complete(r);
}

/* The uv callback to pass: NULL runs the operation synchronously. */
#define CB(r) ((r)->cb != NULL ? fs_done_cb : NULL)

/* Ends a binding call after uv_fs_*(…) returned rc (or a job was set up,
 * rc 0): sync → the result or a thrown error; async → undefined, the callback
 * comes later. Submission errors are thrown synchronously in both cases. */
JSValueRef ct__fs_req_finish(JSContextRef ctx, fs_req_t *r, int rc, JSValueRef *exc) {
    if (r->cb != NULL && rc >= 0) {
        if (r->job == NULL) return JSValueMakeUndefined(ctx);
        rc = uv_queue_work(req_loop(r), &r->work, job_work_cb, job_after_cb);
        if (rc == 0) return JSValueMakeUndefined(ctx);
    }
    if (rc >= 0 && r->cb == NULL && r->job != NULL) {
        r->job(r);
        rc = r->err;
    }
    JSValueRef out;
    if (rc < 0) {
        *exc = req_error(ctx, r, rc);
        out = NULL;
    } else {
        out = r->result(ctx, r);
    }
    ct__fs_req_free(r);
    return out;
}

/* ---- argument reading ---- */

/* A path argument: a string, or bytes (a Buffer path). Caller frees with
 * free(); NULL with *exc set when conversion throws. */
char *ct__fs_path_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    uint8_t *bytes;
    size_t len;
    if (ct_js_bytes(ctx, v, &bytes, &len)) {
        char *p = malloc(len + 1);
        CT_CHECK(p != NULL);
        memcpy(p, bytes, len);
        p[len] = 0;
        return p;
    }
    return ct_js_to_utf8(ctx, v, exc);
}

static double num_arg(JSContextRef ctx, JSValueRef v) {
    return JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : 0;
}

int ct__fs_int_arg(JSContextRef ctx, JSValueRef v) {
    double d = num_arg(ctx, v);
    return d != d ? 0 : d > INT_MAX ? INT_MAX : d < INT_MIN ? INT_MIN : (int)d;
}

/* A position: a number >= 0, or anything else for "the current position". */
static int64_t pos_arg(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsNumber(ctx, v)) return -1;
    double d = JSValueToNumber(ctx, v, NULL);
    return d >= 0 && d < 9007199254740992.0 ? (int64_t)d : -1;
}

/* ---- result converters ---- */

JSValueRef ct__fs_res_undefined(JSContextRef ctx, fs_req_t *r) {
    (void)r;
    return JSValueMakeUndefined(ctx);
}

static JSValueRef res_int(JSContextRef ctx, fs_req_t *r) {
    return JSValueMakeNumber(ctx, (double)r->fs.result);
}

/* Stats as Node's binding lays them out: dev, mode, nlink, uid, gid, rdev,
 * blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime,
 * ctime, birthtime. Float64Array, or BigInt64Array for { bigint: true }. */
#define FS_STAT_FIELDS 18
static void free_stat_mem(void *bytes, void *unused) {
    (void)unused;
    free(bytes);
}

JSValueRef ct__fs_stat_array(JSContextRef ctx, const uv_stat_t *s, bool bigint) {
    int64_t v[FS_STAT_FIELDS] = {
        (int64_t)s->st_dev, (int64_t)s->st_mode, (int64_t)s->st_nlink, (int64_t)s->st_uid,
        (int64_t)s->st_gid, (int64_t)s->st_rdev, (int64_t)s->st_blksize, (int64_t)s->st_ino,
        (int64_t)s->st_size, (int64_t)s->st_blocks,
        s->st_atim.tv_sec, s->st_atim.tv_nsec, s->st_mtim.tv_sec, s->st_mtim.tv_nsec,
        s->st_ctim.tv_sec, s->st_ctim.tv_nsec, s->st_birthtim.tv_sec, s->st_birthtim.tv_nsec,
    };
    if (ct__caged) {
        /* in a web process JSC must own the memory (see ct__caged) */
        JSObjectRef a = JSObjectMakeTypedArray(
            ctx, bigint ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array,
            FS_STAT_FIELDS, NULL);
        uint8_t *p;
        size_t n;
        CT_CHECK(a != NULL && ct_js_bytes(ctx, a, &p, &n) && n == sizeof v);
        if (bigint) {
            memcpy(p, v, sizeof v);
        } else {
            double *d = (double *)(void *)p;
            for (int i = 0; i < FS_STAT_FIELDS; i++) d[i] = (double)v[i];
        }
        return a;
    }
    void *mem = malloc(sizeof v);
    CT_CHECK(mem != NULL);
    if (bigint) {
        memcpy(mem, v, sizeof v);
    } else {
        double *d = mem;
        for (int i = 0; i < FS_STAT_FIELDS; i++) d[i] = (double)v[i];
    }
    return JSObjectMakeTypedArrayWithBytesNoCopy(
        ctx, bigint ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, mem,
        sizeof v, free_stat_mem, NULL, NULL);
}

static JSValueRef res_stat(JSContextRef ctx, fs_req_t *r) {
    return ct__fs_stat_array(ctx, &r->fs.statbuf, r->bigint);
}

/* statfs: type, bsize, blocks, bfree, bavail, files, ffree. */
static JSValueRef res_statfs(JSContextRef ctx, fs_req_t *r) {
    const uv_statfs_t *s = r->fs.ptr;
    int64_t v[7] = { (int64_t)s->f_type, (int64_t)s->f_bsize, (int64_t)s->f_blocks,
                     (int64_t)s->f_bfree, (int64_t)s->f_bavail, (int64_t)s->f_files,
                     (int64_t)s->f_ffree };
    JSValueRef out[7];
    for (int i = 0; i < 7; i++) {
        out[i] = r->bigint ? JSBigIntCreateWithInt64(ctx, v[i], NULL)
                           : JSValueMakeNumber(ctx, (double)v[i]);
    }
    return JSObjectMakeArray(ctx, 7, out, NULL);
}

static JSValueRef res_ptr_string(JSContextRef ctx, fs_req_t *r) {
    const char *s = r->fs.ptr;
    return ct_js_strn(ctx, s, strlen(s));
}

static JSValueRef res_mkdtemp(JSContextRef ctx, fs_req_t *r) {
    return ct_js_strn(ctx, r->fs.path, strlen(r->fs.path));
}

/* scandir: names, or [names, types] with types as UV_DIRENT_* numbers. */
static JSValueRef res_scandir(JSContextRef ctx, fs_req_t *r) {
    JSObjectRef names = JSObjectMakeArray(ctx, 0, NULL, NULL);
    JSObjectRef types = JSObjectMakeArray(ctx, 0, NULL, NULL);
    uv_dirent_t ent;
    unsigned i = 0;
    while (uv_fs_scandir_next(&r->fs, &ent) == 0) {
        size_t len = strlen(ent.name);
        JSValueRef name;
        if (r->utf8) {
            name = ct_js_strn(ctx, ent.name, len);
        } else {
            /* encoding 'buffer': the name's exact bytes (rm needs them for
             * names that are not UTF-8) */
            uint8_t *copy = malloc(len ? len : 1);
            CT_CHECK(copy != NULL);
            memcpy(copy, ent.name, len);
            name = ct_js_buffer_take(ctx, copy, len);
        }
        JSObjectSetPropertyAtIndex(ctx, names, i, name, NULL);
        JSObjectSetPropertyAtIndex(ctx, types, i, JSValueMakeNumber(ctx, ent.type), NULL);
        i++;
    }
    if (!r->with_types) return names;
    JSValueRef both[2] = { names, types };
    return JSObjectMakeArray(ctx, 2, both, NULL);
}

/* ---- operations on paths and descriptors ---- */

/* open(path, flags, mode, req) -> fd */
BINDING(fs_open) {
    UNUSED_ARGS;
    char *path = ct__fs_path_arg(ctx, ARG(0), exc);
    if (path == NULL) return NULL;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(3), "open", res_int);
    r->path = path;
    int rc = uv_fs_open(req_loop(r), &r->fs, path, ct__fs_int_arg(ctx, ARG(1)), ct__fs_int_arg(ctx, ARG(2)), CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

/* close(fd, req) */
BINDING(fs_close) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(1), "close", ct__fs_res_undefined);
    return ct__fs_req_finish(ctx, r, uv_fs_close(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), CB(r)), exc);
}

/* Fills r->bufs with one buffer: bytes [off, off+len) of `view`, which JS has
 * bounds-checked. Returns false if view holds no bytes. */
static bool one_buf(JSContextRef ctx, fs_req_t *r, JSValueRef view, double off, double len) {
    uint8_t *data;
    size_t size;
    if (!ct_js_bytes(ctx, view, &data, &size)) return false;
    if (off < 0 || off > (double)size) off = (double)size;
    if (len < 0 || off + len > (double)size) len = (double)size - off;
    r->bufs = malloc(sizeof *r->bufs);
    CT_CHECK(r->bufs != NULL);
    r->bufs[0] = uv_buf_init((char *)data + (size_t)off, (unsigned)len);
    r->nbufs = 1;
    ct__fs_req_keep(ctx, r, view);
    return true;
}

/* read(fd, buffer, offset, length, position, req) -> bytesRead */
BINDING(fs_read) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(5), "read", res_int);
    if (!one_buf(ctx, r, ARG(1), num_arg(ctx, ARG(2)), num_arg(ctx, ARG(3)))) {
        ct__fs_req_free(r);
        return ct_throw_type(ctx, exc, "read: buffer expected");
    }
    int rc = uv_fs_read(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), r->bufs, 1, pos_arg(ctx, ARG(4)), CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

/* write(fd, bufferOrString, offset, length, position, req) -> bytesWritten.
 * A string is written as UTF-8 (offset and length ignored). */
BINDING(fs_write) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(5), "write", res_int);
    if (JSValueIsString(ctx, ARG(1))) {
        char *s = ct_js_to_utf8(ctx, ARG(1), exc);
        if (s == NULL) {
            ct__fs_req_free(r);
            return NULL;
        }
        r->data = (uint8_t *)s;
        r->data_owned = true;
        r->bufs = malloc(sizeof *r->bufs);
        CT_CHECK(r->bufs != NULL);
        r->bufs[0] = uv_buf_init(s, (unsigned)strlen(s));
        r->nbufs = 1;
    } else if (!one_buf(ctx, r, ARG(1), num_arg(ctx, ARG(2)), num_arg(ctx, ARG(3)))) {
        ct__fs_req_free(r);
        return ct_throw_type(ctx, exc, "write: buffer expected");
    }
    int rc = uv_fs_write(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), r->bufs, 1, pos_arg(ctx, ARG(4)), CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

/* Fills r->bufs from an array of views (kept alive through the array). */
static bool many_bufs(JSContextRef ctx, fs_req_t *r, JSValueRef arr) {
    if (!JSValueIsArray(ctx, arr)) return false;
    JSObjectRef a = (JSObjectRef)arr;
    unsigned n = (unsigned)num_arg(ctx, ct_js_get(ctx, a, "length"));
    r->bufs = calloc(n ? n : 1, sizeof *r->bufs);
    CT_CHECK(r->bufs != NULL);
    for (unsigned i = 0; i < n; i++) {
        uint8_t *data;
        size_t size;
        if (!ct_js_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, a, i, NULL), &data, &size)) return false;
        r->bufs[i] = uv_buf_init((char *)data, (unsigned)size);
    }
    r->nbufs = n;
    ct__fs_req_keep(ctx, r, arr);
    return true;
}

/* readv(fd, buffers, position, req) / writev(...) -> bytes */
static JSValueRef vector_io(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, bool write) {
    fs_req_t *r = ct__fs_req_new(ctx, ARG(3), write ? "write" : "read", res_int);
    if (!many_bufs(ctx, r, ARG(1))) {
        ct__fs_req_free(r);
        return ct_throw_type(ctx, exc, "buffers expected");
    }
    int fd = ct__fs_int_arg(ctx, ARG(0));
    int64_t pos = pos_arg(ctx, ARG(2));
    int rc = write ? uv_fs_write(req_loop(r), &r->fs, fd, r->bufs, r->nbufs, pos, CB(r))
                   : uv_fs_read(req_loop(r), &r->fs, fd, r->bufs, r->nbufs, pos, CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

BINDING(fs_readv) {
    UNUSED_ARGS;
    return vector_io(ctx, argc, argv, exc, false);
}

BINDING(fs_writev) {
    UNUSED_ARGS;
    return vector_io(ctx, argc, argv, exc, true);
}

/* fsync(fd, req), fdatasync(fd, req) */
BINDING(fs_fsync) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(1), "fsync", ct__fs_res_undefined);
    return ct__fs_req_finish(ctx, r, uv_fs_fsync(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), CB(r)), exc);
}

BINDING(fs_fdatasync) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(1), "fdatasync", ct__fs_res_undefined);
    return ct__fs_req_finish(ctx, r, uv_fs_fdatasync(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), CB(r)), exc);
}

/* ftruncate(fd, len, req) */
BINDING(fs_ftruncate) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(2), "ftruncate", ct__fs_res_undefined);
    int64_t len = (int64_t)num_arg(ctx, ARG(1));
    return ct__fs_req_finish(ctx, r, uv_fs_ftruncate(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), len, CB(r)), exc);
}

/* stat(path, bigint, req), lstat(...), fstat(fd, bigint, req) -> stat array */
static JSValueRef stat_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, const char *syscall) {
    fs_req_t *r = ct__fs_req_new(ctx, ARG(2), syscall, res_stat);
    r->bigint = JSValueToBoolean(ctx, ARG(1));
    int rc;
    if (syscall[0] == 'f') {
        rc = uv_fs_fstat(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), CB(r));
        return ct__fs_req_finish(ctx, r, rc, exc);
    }
    r->path = ct__fs_path_arg(ctx, ARG(0), exc);
    if (r->path == NULL) {
        ct__fs_req_free(r);
        return NULL;
    }
    if (syscall[0] == 'l') rc = uv_fs_lstat(req_loop(r), &r->fs, r->path, CB(r));
    else rc = uv_fs_stat(req_loop(r), &r->fs, r->path, CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

BINDING(fs_stat) {
    UNUSED_ARGS;
    return stat_common(ctx, argc, argv, exc, "stat");
}

BINDING(fs_lstat) {
    UNUSED_ARGS;
    return stat_common(ctx, argc, argv, exc, "lstat");
}

BINDING(fs_fstat) {
    UNUSED_ARGS;
    return stat_common(ctx, argc, argv, exc, "fstat");
}

/* A request whose first argument is a path, already read into r->path.
 * NULL (with *exc set) when the path cannot be read. */
static fs_req_t *path_req(JSContextRef ctx, JSValueRef path, JSValueRef last,
                          const char *syscall, fs_result_fn result, JSValueRef *exc) {
    char *p = ct__fs_path_arg(ctx, path, exc);
    if (p == NULL) return NULL;
    fs_req_t *r = ct__fs_req_new(ctx, last, syscall, result);
    r->path = p;
    return r;
}

/* Same with a second path (rename, link, symlink, copyfile) in r->dest. */
static fs_req_t *two_path_req(JSContextRef ctx, JSValueRef a, JSValueRef b, JSValueRef last,
                              const char *syscall, JSValueRef *exc) {
    fs_req_t *r = path_req(ctx, a, last, syscall, ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    r->dest = ct__fs_path_arg(ctx, b, exc);
    if (r->dest == NULL) {
        ct__fs_req_free(r);
        return NULL;
    }
    return r;
}

/* statfs(path, bigint, req) -> [type, bsize, blocks, bfree, bavail, files, ffree] */
BINDING(fs_statfs) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(2), "statfs", res_statfs, exc);
    if (r == NULL) return NULL;
    r->bigint = JSValueToBoolean(ctx, ARG(1));
    return ct__fs_req_finish(ctx, r, uv_fs_statfs(req_loop(r), &r->fs, r->path, CB(r)), exc);
}

/* access(path, mode, req) */
BINDING(fs_access) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(2), "access", ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_access(req_loop(r), &r->fs, r->path, ct__fs_int_arg(ctx, ARG(1)), CB(r)), exc);
}

/* unlink(path, req), rmdir(path, req) */
BINDING(fs_unlink) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(1), "unlink", ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_unlink(req_loop(r), &r->fs, r->path, CB(r)), exc);
}

BINDING(fs_rmdir) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(1), "rmdir", ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_rmdir(req_loop(r), &r->fs, r->path, CB(r)), exc);
}

/* Creates path and its missing parents; *first gets the shallowest directory
 * created (malloc'd) or stays NULL. Returns 0 or a negative errno. Any
 * thread. */
static int mkdirp(char *path, int mode, char **first) {
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') path[--n] = 0;
    if (mkdir(path, (mode_t)mode) == 0) {
        if (*first == NULL) *first = strdup(path);
        return 0;
    }
    int e = errno;
    struct stat st;
    if (e == EEXIST) return stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : UV_EEXIST;
    if (e != ENOENT) return uv_translate_sys_error(e);
    char *slash = strrchr(path, '/');
    if (slash == NULL || slash == path) return UV_ENOENT;
    *slash = 0;
    int r = mkdirp(path, mode, first);
    *slash = '/';
    if (r < 0) return r;
    if (mkdir(path, (mode_t)mode) == 0) {
        if (*first == NULL) *first = strdup(path);
        return 0;
    }
    e = errno;
    if (e == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
    return uv_translate_sys_error(e);
}

static void mkdirp_job(fs_req_t *r) {
    char *work = strdup(r->path);
    char *first = NULL;
    r->err = work ? mkdirp(work, r->mode, &first) : UV_ENOMEM;
    free(work);
    r->data = (uint8_t *)first;
    r->data_owned = true;
}

static JSValueRef res_mkdirp(JSContextRef ctx, fs_req_t *r) {
    if (r->data == NULL) return JSValueMakeUndefined(ctx);
    return ct_js_strn(ctx, (const char *)r->data, strlen((const char *)r->data));
}

/* mkdir(path, mode, recursive, req) -> undefined, or with recursive the first
 * directory created (undefined when none was) */
BINDING(fs_mkdir) {
    UNUSED_ARGS;
    bool recursive = JSValueToBoolean(ctx, ARG(2));
    fs_req_t *r = path_req(ctx, ARG(0), ARG(3), "mkdir", recursive ? res_mkdirp : ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    r->mode = ct__fs_int_arg(ctx, ARG(1));
    if (recursive) {
        r->job = mkdirp_job;
        return ct__fs_req_finish(ctx, r, 0, exc);
    }
    return ct__fs_req_finish(ctx, r, uv_fs_mkdir(req_loop(r), &r->fs, r->path, r->mode, CB(r)), exc);
}

/* mkdtemp(prefix, req) -> path (prefix + 6 random characters) */
BINDING(fs_mkdtemp) {
    UNUSED_ARGS;
    char *prefix = ct__fs_path_arg(ctx, ARG(0), exc);
    if (prefix == NULL) return NULL;
    size_t n = strlen(prefix);
    char *tpl = malloc(n + 7);
    CT_CHECK(tpl != NULL);
    memcpy(tpl, prefix, n);
    memcpy(tpl + n, "XXXXXX", 7);
    free(prefix);
    fs_req_t *r = ct__fs_req_new(ctx, ARG(1), "mkdtemp", res_mkdtemp);
    r->path = tpl;
    return ct__fs_req_finish(ctx, r, uv_fs_mkdtemp(req_loop(r), &r->fs, tpl, CB(r)), exc);
}

/* readdir(path, withTypes, asBuffers, req) -> names (strings, or Buffers
 * with asBuffers), or [names, types] */
BINDING(fs_readdir) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(3), "scandir", res_scandir, exc);
    if (r == NULL) return NULL;
    r->with_types = JSValueToBoolean(ctx, ARG(1));
    r->utf8 = !JSValueToBoolean(ctx, ARG(2));
    return ct__fs_req_finish(ctx, r, uv_fs_scandir(req_loop(r), &r->fs, r->path, 0, CB(r)), exc);
}

/* rename(old, new, req) */
BINDING(fs_rename) {
    UNUSED_ARGS;
    fs_req_t *r = two_path_req(ctx, ARG(0), ARG(1), ARG(2), "rename", exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_rename(req_loop(r), &r->fs, r->path, r->dest, CB(r)), exc);
}

/* copyFile(src, dest, mode, req) */
BINDING(fs_copy_file) {
    UNUSED_ARGS;
    fs_req_t *r = two_path_req(ctx, ARG(0), ARG(1), ARG(3), "copyfile", exc);
    if (r == NULL) return NULL;
    int rc = uv_fs_copyfile(req_loop(r), &r->fs, r->path, r->dest, ct__fs_int_arg(ctx, ARG(2)), CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

/* link(existing, new, req) */
BINDING(fs_link) {
    UNUSED_ARGS;
    fs_req_t *r = two_path_req(ctx, ARG(0), ARG(1), ARG(2), "link", exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_link(req_loop(r), &r->fs, r->path, r->dest, CB(r)), exc);
}

/* symlink(target, path, flags, req) */
BINDING(fs_symlink) {
    UNUSED_ARGS;
    fs_req_t *r = two_path_req(ctx, ARG(0), ARG(1), ARG(3), "symlink", exc);
    if (r == NULL) return NULL;
    int rc = uv_fs_symlink(req_loop(r), &r->fs, r->path, r->dest, ct__fs_int_arg(ctx, ARG(2)), CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

/* readlink(path, req) -> string */
BINDING(fs_readlink) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(1), "readlink", res_ptr_string, exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_readlink(req_loop(r), &r->fs, r->path, CB(r)), exc);
}

/* realpath(path, req) -> string. The loaders call it with one argument. */
BINDING(fs_realpath) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(1), "realpath", res_ptr_string, exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_realpath(req_loop(r), &r->fs, r->path, CB(r)), exc);
}

/* chmod(path, mode, req), fchmod(fd, mode, req) */
BINDING(fs_chmod) {
    UNUSED_ARGS;
    fs_req_t *r = path_req(ctx, ARG(0), ARG(2), "chmod", ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    return ct__fs_req_finish(ctx, r, uv_fs_chmod(req_loop(r), &r->fs, r->path, ct__fs_int_arg(ctx, ARG(1)), CB(r)), exc);
}

BINDING(fs_fchmod) {
    UNUSED_ARGS;
    fs_req_t *r = ct__fs_req_new(ctx, ARG(2), "fchmod", ct__fs_res_undefined);
    int rc = uv_fs_fchmod(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), ct__fs_int_arg(ctx, ARG(1)), CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

/* chown(path, uid, gid, req), lchown(...), fchown(fd, uid, gid, req) */
static JSValueRef chown_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, const char *syscall) {
    uv_uid_t uid = (uv_uid_t)num_arg(ctx, ARG(1));
    uv_gid_t gid = (uv_gid_t)num_arg(ctx, ARG(2));
    fs_req_t *r;
    int rc;
    if (syscall[0] == 'f') {
        r = ct__fs_req_new(ctx, ARG(3), syscall, ct__fs_res_undefined);
        rc = uv_fs_fchown(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), uid, gid, CB(r));
        return ct__fs_req_finish(ctx, r, rc, exc);
    }
    r = path_req(ctx, ARG(0), ARG(3), syscall, ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    if (syscall[0] == 'l') rc = uv_fs_lchown(req_loop(r), &r->fs, r->path, uid, gid, CB(r));
    else rc = uv_fs_chown(req_loop(r), &r->fs, r->path, uid, gid, CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

BINDING(fs_chown) {
    UNUSED_ARGS;
    return chown_common(ctx, argc, argv, exc, "chown");
}

BINDING(fs_lchown) {
    UNUSED_ARGS;
    return chown_common(ctx, argc, argv, exc, "lchown");
}

BINDING(fs_fchown) {
    UNUSED_ARGS;
    return chown_common(ctx, argc, argv, exc, "fchown");
}

/* utimes(path, atime, mtime, req), lutimes(...), futimes(fd, atime, mtime,
 * req): times in seconds (fractions kept) */
static JSValueRef utime_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, const char *syscall) {
    double at = num_arg(ctx, ARG(1)), mt = num_arg(ctx, ARG(2));
    fs_req_t *r;
    int rc;
    if (syscall[0] == 'f') {
        r = ct__fs_req_new(ctx, ARG(3), syscall, ct__fs_res_undefined);
        rc = uv_fs_futime(req_loop(r), &r->fs, ct__fs_int_arg(ctx, ARG(0)), at, mt, CB(r));
        return ct__fs_req_finish(ctx, r, rc, exc);
    }
    r = path_req(ctx, ARG(0), ARG(3), syscall, ct__fs_res_undefined, exc);
    if (r == NULL) return NULL;
    if (syscall[0] == 'l') rc = uv_fs_lutime(req_loop(r), &r->fs, r->path, at, mt, CB(r));
    else rc = uv_fs_utime(req_loop(r), &r->fs, r->path, at, mt, CB(r));
    return ct__fs_req_finish(ctx, r, rc, exc);
}

BINDING(fs_utimes) {
    UNUSED_ARGS;
    return utime_common(ctx, argc, argv, exc, "utime");
}

BINDING(fs_lutimes) {
    UNUSED_ARGS;
    return utime_common(ctx, argc, argv, exc, "lutime");
}

BINDING(fs_futimes) {
    UNUSED_ARGS;
    return utime_common(ctx, argc, argv, exc, "futime");
}

static const ct_binding_fn fs_fns[] = {
    { "access", fs_access, 3 },
    { "chmod", fs_chmod, 3 },
    { "chown", fs_chown, 4 },
    { "close", fs_close, 2 },
    { "copyFile", fs_copy_file, 4 },
    { "fchmod", fs_fchmod, 3 },
    { "fchown", fs_fchown, 4 },
    { "fdatasync", fs_fdatasync, 2 },
    { "fstat", fs_fstat, 3 },
    { "fsync", fs_fsync, 2 },
    { "ftruncate", fs_ftruncate, 3 },
    { "futimes", fs_futimes, 4 },
    { "lchown", fs_lchown, 4 },
    { "link", fs_link, 3 },
    { "lstat", fs_lstat, 3 },
    { "lutimes", fs_lutimes, 4 },
    { "mkdir", fs_mkdir, 4 },
    { "mkdtemp", fs_mkdtemp, 2 },
    { "open", fs_open, 4 },
    { "read", fs_read, 6 },
    { "readdir", fs_readdir, 4 },
    { "readlink", fs_readlink, 2 },
    { "readv", fs_readv, 4 },
    { "realpath", fs_realpath, 2 },
    { "rename", fs_rename, 3 },
    { "rmdir", fs_rmdir, 2 },
    { "stat", fs_stat, 3 },
    { "statfs", fs_statfs, 3 },
    { "symlink", fs_symlink, 4 },
    { "unlink", fs_unlink, 2 },
    { "utimes", fs_utimes, 4 },
    { "write", fs_write, 6 },
    { "writev", fs_writev, 4 },
    { NULL, NULL, 0 }
};

/* fs.constants, with this system's values. */
static const struct { const char *name; int value; } fs_constants[] = {
#define C(x) { #x, x }
    { "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR }, { "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION },
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR),
    { "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN }, { "UV_DIRENT_FILE", UV_DIRENT_FILE },
    { "UV_DIRENT_DIR", UV_DIRENT_DIR }, { "UV_DIRENT_LINK", UV_DIRENT_LINK },
    { "UV_DIRENT_FIFO", UV_DIRENT_FIFO }, { "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET },
    { "UV_DIRENT_CHAR", UV_DIRENT_CHAR }, { "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK },
    { "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0 }, { "EXTENSIONLESS_FORMAT_WASM", 1 },
    C(S_IFMT), C(S_IFREG), C(S_IFDIR), C(S_IFCHR), C(S_IFBLK), C(S_IFIFO), C(S_IFLNK), C(S_IFSOCK),
    C(O_CREAT), C(O_EXCL), { "UV_FS_O_FILEMAP", 0 }, C(O_NOCTTY), C(O_TRUNC), C(O_APPEND),
    C(O_DIRECTORY), C(O_NOATIME), C(O_NOFOLLOW), C(O_SYNC), C(O_DSYNC), C(O_DIRECT), C(O_NONBLOCK),
    C(S_IRWXU), C(S_IRUSR), C(S_IWUSR), C(S_IXUSR), C(S_IRWXG), C(S_IRGRP), C(S_IWGRP), C(S_IXGRP),
    C(S_IRWXO), C(S_IROTH), C(S_IWOTH), C(S_IXOTH),
    C(F_OK), C(R_OK), C(W_OK), C(X_OK),
    { "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL }, { "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL },
    { "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE }, { "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE },
    { "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
    { "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
#undef C
};

void ct_fs_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, fs_fns);
    ct__fs_file_install(ctx, target);
    JSObjectRef c = JSObjectMake(ctx, NULL, NULL);
    for (size_t i = 0; i < CT_ARRAY_SIZE(fs_constants); i++)
        ct_js_set(ctx, c, fs_constants[i].name, JSValueMakeNumber(ctx, fs_constants[i].value));
    ct_js_set(ctx, target, "constants", c);
}
