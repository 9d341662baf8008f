/* SPDX-License-Identifier: MIT
 *
 * fs_impl.h — what fs.c (the request machinery and the operations on paths
 * and descriptors) shares with fs_file.c (whole-file jobs and the loaders'
 * fast paths): the request, its life cycle and the argument readers. Private
 * to those two files.
 */
#ifndef CT_CORE_FS_IMPL_H
#define CT_CORE_FS_IMPL_H

#include "internal.h"

typedef struct fs_req fs_req_t;
/* Turns a successful request into its JS result. Loop thread. */
typedef JSValueRef (*fs_result_fn)(JSContextRef ctx, fs_req_t *r);

/* Owned by the binding call (sync) or by the loop until the completion
 * callback has run (async); released by ct__fs_req_free only. */
struct fs_req {
    uv_fs_t fs;                /* the libuv request, for uv_fs_* operations */
    uv_work_t work;            /* a threadpool job, for what libuv lacks */
    void (*job)(fs_req_t *r);  /* that job: pool thread, plain C, sets err */
    ct_runtime_t *rt;          /* borrowed */
    JSObjectRef cb;            /* protected, unprotected in ct__fs_req_free; NULL = sync */
    JSValueRef keep;           /* protected, unprotected in ct__fs_req_free: memory the
                                * operation reads or writes while in flight */
    fs_result_fn result;
    const char *syscall;       /* static */
    char *path, *dest;         /* owned: arguments and error-message paths */
    int err;                   /* a job's 0 or negative errno */
    int fd, flags, mode;
    bool bigint, with_types, utf8;
    uint8_t *data;             /* job data: owned when data_owned, else in keep */
    size_t len;
    bool data_owned;
    uv_buf_t *bufs;            /* owned array (buffers themselves in keep) */
    unsigned nbufs;
};

/* A new request for the binding call's last argument `last` (undefined or a
 * callback). Cannot fail. */
fs_req_t *ct__fs_req_new(JSContextRef ctx, JSValueRef last, const char *syscall, fs_result_fn result);
void ct__fs_req_free(fs_req_t *r);
/* Keeps v alive (protected) while the request is in flight. */
void ct__fs_req_keep(JSContextRef ctx, fs_req_t *r, JSValueRef v);
/* Ends a binding call after uv_fs_*(...) returned rc or a job was set up
 * (rc 0): sync → the result or a thrown error; async → undefined. */
JSValueRef ct__fs_req_finish(JSContextRef ctx, fs_req_t *r, int rc, JSValueRef *exc);
/* A path argument (string or bytes); caller frees; NULL with *exc set. */
char *ct__fs_path_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc);
/* An int argument, NaN as 0, clamped to int's range. */
int ct__fs_int_arg(JSContextRef ctx, JSValueRef v);
/* The result converter of operations without a result: Node calls back (null). */
JSValueRef ct__fs_res_undefined(JSContextRef ctx, fs_req_t *r);

/* fs_file.c: readFile, writeFile, internalModuleStat, readFileUtf8,
 * writeString, writeBuffer on the binding object. */
void ct__fs_file_install(JSContextRef ctx, JSObjectRef target);

#endif /* CT_CORE_FS_IMPL_H */
