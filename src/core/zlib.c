/* SPDX-License-Identifier: MIT
 *
 * zlib.c — internalBinding('zlib'): the system zlib and Brotli behind
 * lib/node/zlib.js: a "ZlibHandle" object wrapping one z_stream (deflate or
 * inflate in the raw, zlib and gzip formats, plus unzip = gzip/zlib
 * auto-detection) or one Brotli encoder/decoder, a write primitive run
 * synchronously or on libuv's threadpool, reset / params / close, and crc32.
 *
 * Policy (option checks, defaults, chunking, the Transform stream, Node's
 * ERR_* codes) is JS. Errors from zlib itself are thrown (sync) or passed to
 * the callback (async) as Node's shape: message from zlib, `errno` the Z_*
 * number, `code` its name. An async write copies its input and output so the
 * pool thread never touches JS memory; the handle object stays protected
 * until the completion callback has run. Loop thread only, except
 * zlib_run / brotli_run / write_work_cb, which run on the pool and touch
 * only C memory.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#define BINDING(name)                                                               \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,       \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define ARG(i) ct_js_arg(ctx, argc, argv, (i))

/* Node's mode numbers (zlib.constants.DEFLATE ...) */
enum {
    ZM_NONE, ZM_DEFLATE, ZM_INFLATE, ZM_GZIP, ZM_GUNZIP, ZM_DEFLATERAW, ZM_INFLATERAW, ZM_UNZIP,
    ZM_BROTLI_DECODE, ZM_BROTLI_ENCODE
};

/* Brotli parameters Node accepts (BROTLI_PARAM_* / BROTLI_DECODER_PARAM_*
 * ids 0..8); UINT32_MAX marks one as unset */
#define ZLIB__BROTLI_NPARAMS 9

/* One compression or decompression stream: the private data of a
 * "ZlibHandle". Freed by the handle's finalizer only; the finalizer cannot
 * run during an async write because the write protects the handle object.
 * Brotli handles use strm's next_in/avail_in/next_out/avail_out as their
 * I/O registers and enc/dec as the state. */
typedef struct {
    z_stream strm;
    BrotliEncoderState *enc; /* owned, Brotli encode mode only */
    BrotliDecoderState *dec; /* owned, Brotli decode mode only */
    uint32_t bparams[ZLIB__BROTLI_NPARAMS];
    const char *code;  /* the last error's code when not a Z_* name, or NULL */
    char code_buf[80]; /* storage for a Brotli decoder's code */
    int mode, level, window_bits, mem_level, strategy;
    uint8_t *dict;     /* owned, or NULL */
    size_t dict_len;
    bool ready;        /* strm initialised, or the Brotli instance made */
    bool busy;         /* an async write is in flight */
    /* reset / params / close called during that write: applied when it
     * lands (the pool thread owns strm until then) */
    bool pending_reset, pending_params, pending_close;
    int pending_level, pending_strategy;
    int gzip_magic;    /* unzip: 0 nothing seen, 1 saw 0x1f, 2 gzip, 3 zlib */
    int err;           /* the last run's Z_* result */
    const char *msg;   /* static or zlib's: the last error's message, or NULL */
} zlib_handle_t;

static JSClassRef handle_class;

static bool is_brotli(int mode) {
    return mode == ZM_BROTLI_DECODE || mode == ZM_BROTLI_ENCODE;
}

static void handle_end(zlib_handle_t *h) {
    if (!h->ready) return;
    if (is_brotli(h->mode)) {
        if (h->enc != NULL) BrotliEncoderDestroyInstance(h->enc);
        if (h->dec != NULL) BrotliDecoderDestroyInstance(h->dec);
        h->enc = NULL;
        h->dec = NULL;
    } else if (h->mode == ZM_DEFLATE || h->mode == ZM_GZIP || h->mode == ZM_DEFLATERAW)
        deflateEnd(&h->strm);
    else
        inflateEnd(&h->strm);
    h->ready = false;
}

static void handle_finalize(JSObjectRef o) {
    zlib_handle_t *h = JSObjectGetPrivate(o);
    if (h == NULL) return;
    handle_end(h);
    free(h->dict);
    free(h);
}

static bool is_deflate(int mode) {
    return mode == ZM_DEFLATE || mode == ZM_GZIP || mode == ZM_DEFLATERAW;
}

/* A new Brotli encoder or decoder with h->bparams applied. Returns Z_OK, or
 * Z_STREAM_ERROR (h->msg set) when Brotli refuses a parameter. Plain C. */
static int brotli_init(zlib_handle_t *h) {
    memset(&h->strm, 0, sizeof h->strm);
    bool ok = true;
    if (h->mode == ZM_BROTLI_ENCODE) {
        h->enc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
        CT_CHECK(h->enc != NULL);
        for (int i = 0; i < ZLIB__BROTLI_NPARAMS; i++)
            if (h->bparams[i] != UINT32_MAX)
                ok = ok && BrotliEncoderSetParameter(h->enc, (BrotliEncoderParameter)i, h->bparams[i]);
    } else {
        h->dec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
        CT_CHECK(h->dec != NULL);
        for (int i = 0; i < ZLIB__BROTLI_NPARAMS; i++)
            if (h->bparams[i] != UINT32_MAX)
                ok = ok && BrotliDecoderSetParameter(h->dec, (BrotliDecoderParameter)i, h->bparams[i]);
    }
    h->ready = true;
    if (!ok) {
        handle_end(h);
        h->msg = "Initialization failed";
        return Z_STREAM_ERROR;
    }
    return Z_OK;
}

/* The name Node puts after "ERR_" in a Brotli decoder error's code, such as
 * "_ERROR_FORMAT_PADDING_1": prefix and name from decode.h's own list
 * (libbrotli 1.0's BrotliDecoderErrorString drops the prefix). Static. */
static const char *brotli_error_name(BrotliDecoderErrorCode e) {
#define ZLIB__BROTLI_CASE(PREFIX, NAME, CODE) case CODE: return #PREFIX #NAME;
#define ZLIB__BROTLI_SEP
    switch ((int)e) {
    BROTLI_DECODER_ERROR_CODES_LIST(ZLIB__BROTLI_CASE, ZLIB__BROTLI_SEP)
    default: return "_ERROR_UNKNOWN";
    }
#undef ZLIB__BROTLI_CASE
#undef ZLIB__BROTLI_SEP
}

/* One Brotli step over strm's I/O registers, judged as Node does. Same
 * contract as zlib_run. */
static bool brotli_run(zlib_handle_t *h, int flush) {
    size_t avail_in = h->strm.avail_in, avail_out = h->strm.avail_out;
    const uint8_t *next_in = h->strm.next_in;
    uint8_t *next_out = h->strm.next_out;
    bool ok = true;
    if (h->mode == ZM_BROTLI_ENCODE) {
        if (!BrotliEncoderCompressStream(h->enc, (BrotliEncoderOperation)flush, &avail_in, &next_in, &avail_out,
                                         &next_out, NULL)) {
            h->err = -1;
            h->code = "ERR_BROTLI_COMPRESSION_FAILED";
            h->msg = "Compression failed";
            ok = false;
        }
    } else {
        BrotliDecoderResult r = BrotliDecoderDecompressStream(h->dec, &avail_in, &next_in, &avail_out, &next_out, NULL);
        if (r == BROTLI_DECODER_RESULT_ERROR) {
            BrotliDecoderErrorCode e = BrotliDecoderGetErrorCode(h->dec);
            snprintf(h->code_buf, sizeof h->code_buf, "ERR_%s", brotli_error_name(e));
            h->err = (int)e;
            h->code = h->code_buf;
            h->msg = "Decompression failed";
            ok = false;
        } else if (flush == BROTLI_OPERATION_FINISH && r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
            /* Brotli cannot tell truncated input from input still to come */
            h->err = Z_BUF_ERROR;
            h->msg = "unexpected end of file";
            ok = false;
        }
    }
    h->strm.next_in = (Bytef *)next_in;
    h->strm.avail_in = (uInt)avail_in;
    h->strm.next_out = next_out;
    h->strm.avail_out = (uInt)avail_out;
    return ok;
}

/* (Re)initialises h->strm from h's settings. Returns a Z_* code; on
 * failure h->msg says why. Plain C. */
static int handle_init(zlib_handle_t *h) {
    int wb = h->window_bits, rc;
    if (is_brotli(h->mode)) return brotli_init(h);
    memset(&h->strm, 0, sizeof h->strm);
    if (h->mode == ZM_GZIP || h->mode == ZM_GUNZIP) wb += 16;
    if (h->mode == ZM_UNZIP) wb += 32;
    if (h->mode == ZM_DEFLATERAW || h->mode == ZM_INFLATERAW) wb = -(wb == 8 ? 9 : wb);
    if (is_deflate(h->mode))
        rc = deflateInit2(&h->strm, h->level, Z_DEFLATED, wb, h->mem_level, h->strategy);
    else
        rc = inflateInit2(&h->strm, wb);
    if (rc != Z_OK) {
        h->msg = "Init error";
        return rc;
    }
    h->ready = true;
    h->gzip_magic = 0;
    if (h->dict != NULL && (is_deflate(h->mode) || h->mode == ZM_INFLATERAW)) {
        rc = is_deflate(h->mode) ? deflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len)
                                 : inflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
        if (rc != Z_OK) {
            h->msg = "Failed to set dictionary";
            return rc;
        }
    }
    return Z_OK;
}

/* Resets the stream keeping its settings (and dictionary). Plain C. */
static int handle_reset(zlib_handle_t *h) {
    if (is_brotli(h->mode)) { /* Brotli has no reset: a new instance */
        handle_end(h);
        return brotli_init(h);
    }
    int rc = is_deflate(h->mode) ? deflateReset(&h->strm) : inflateReset(&h->strm);
    h->gzip_magic = 0;
    if (rc == Z_OK && h->dict != NULL && h->mode == ZM_INFLATERAW)
        rc = inflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
    if (rc == Z_OK && h->dict != NULL && is_deflate(h->mode))
        rc = deflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
    return rc;
}

/* deflateParams with a scratch output: zlib first flushes the current block
 * with Z_BLOCK, which needs an output pointer even when, as after the
 * Z_SYNC_FLUSH lib/node/zlib.js does first, there is nothing to write. */
static int params_now(zlib_handle_t *h, int level, int strategy) {
    uint8_t scratch[64];
    h->strm.next_out = scratch;
    h->strm.avail_out = sizeof scratch;
    int rc = deflateParams(&h->strm, level, strategy);
    h->strm.next_out = NULL;
    h->strm.avail_out = 0;
    return rc;
}

/* unzip: notes whether the input starts with gzip's magic, which decides
 * whether concatenated members are accepted (as in gunzip). */
static void sniff_magic(zlib_handle_t *h) {
    const uint8_t *p = h->strm.next_in;
    for (uInt i = 0; i < h->strm.avail_in && h->gzip_magic < 2; i++) {
        if (h->gzip_magic == 0) h->gzip_magic = p[i] == 0x1f ? 1 : 3;
        else h->gzip_magic = p[i] == 0x8b ? 2 : 3;
    }
}

/* Runs deflate/inflate over strm's current next_in/next_out with `flush`,
 * then decides whether the result is an error as Node does. Returns true on
 * success; false sets h->err and h->msg. Safe on a pool thread: touches only
 * h's C memory. */
static bool zlib_run(zlib_handle_t *h, int flush) {
    int err;
    h->msg = NULL;
    h->code = NULL;
    if (is_brotli(h->mode)) return brotli_run(h, flush);
    if (is_deflate(h->mode)) {
        err = deflate(&h->strm, flush);
    } else {
        if (h->mode == ZM_UNZIP && h->gzip_magic < 2) sniff_magic(h);
        err = inflate(&h->strm, flush);
        if (err == Z_NEED_DICT && h->dict != NULL && h->mode != ZM_INFLATERAW) {
            err = inflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
            if (err == Z_OK) err = inflate(&h->strm, flush);
            else if (err == Z_DATA_ERROR) err = Z_NEED_DICT; /* reported as a bad dictionary */
        }
        /* gzip allows concatenated members; zero bytes after one are padding */
        bool gz = h->mode == ZM_GUNZIP || (h->mode == ZM_UNZIP && h->gzip_magic == 2);
        while (gz && err == Z_STREAM_END && h->strm.avail_in > 0 && h->strm.next_in[0] != 0) {
            inflateReset(&h->strm);
            err = inflate(&h->strm, flush);
        }
    }
    h->err = err;
    switch (err) {
    case Z_OK:
    case Z_BUF_ERROR:
        if (h->strm.avail_out != 0 && flush == Z_FINISH) {
            h->err = Z_BUF_ERROR;
            h->msg = "unexpected end of file";
            return false;
        }
        return true;
    case Z_STREAM_END:
        return true;
    case Z_NEED_DICT:
        h->msg = h->dict == NULL ? "Missing dictionary" : "Bad dictionary";
        return false;
    default:
        h->msg = h->strm.msg != NULL ? h->strm.msg : "Zlib error";
        return false;
    }
}

static const char *code_name(int err) {
    switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN";
    }
}

/* Node's zlib error for h's last failure: message, errno, code. Cannot fail. */
static JSValueRef handle_error(JSContextRef ctx, zlib_handle_t *h) {
    JSValueRef e = NULL;
    const char *code = h->code != NULL ? h->code : code_name(h->err);
    ct_throw_code(ctx, &e, "Error", code, "%s", h->msg != NULL ? h->msg : "Zlib error");
    ct_js_set(ctx, (JSObjectRef)e, "errno", JSValueMakeNumber(ctx, h->err));
    return e;
}

/* The handle argument v. A write in flight makes it an error unless
 * allow_busy (the caller then defers its work to write_after_cb). */
static zlib_handle_t *handle_arg(JSContextRef ctx, JSValueRef v, bool allow_busy, JSValueRef *exc) {
    zlib_handle_t *h = JSValueIsObjectOfClass(ctx, v, handle_class) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
    if (h == NULL) {
        ct_throw_type(ctx, exc, "zlib: a zlib handle expected");
        return NULL;
    }
    if (h->busy && !allow_busy) {
        ct_throw_error(ctx, exc, "zlib: a write is in progress");
        return NULL;
    }
    return h;
}

static int int_arg(JSContextRef ctx, JSValueRef v, int def) {
    if (!JSValueIsNumber(ctx, v)) return def;
    double d = JSValueToNumber(ctx, v, NULL);
    return d == d && d >= -2147483648.0 && d <= 2147483647.0 ? (int)d : def;
}

/* A byte range [off, off+len) of the bytes of v, checked. NULL (and a
 * thrown TypeError) when v is not bytes or the range is outside them. */
static uint8_t *range_arg(JSContextRef ctx, JSValueRef v, JSValueRef voff, JSValueRef vlen, size_t *out_len,
                          JSValueRef *exc) {
    uint8_t *data;
    size_t len;
    if (!ct_js_bytes(ctx, v, &data, &len)) {
        ct_throw_type(ctx, exc, "zlib: bytes expected");
        return NULL;
    }
    double off = JSValueIsNumber(ctx, voff) ? JSValueToNumber(ctx, voff, NULL) : -1;
    double n = JSValueIsNumber(ctx, vlen) ? JSValueToNumber(ctx, vlen, NULL) : -1;
    if (!(off >= 0 && n >= 0 && off + n <= (double)len && n <= (double)UINT32_MAX)) {
        ct_throw_type(ctx, exc, "zlib: byte range out of bounds");
        return NULL;
    }
    *out_len = (size_t)n;
    return data + (size_t)off;
}

/* init(mode, level, windowBits, memLevel, strategy, dictionary|undefined)
 * → handle; throws Node's zlib error when zlib refuses the settings.
 * Brotli modes: init(mode, params) with params a Uint32Array of
 * ZLIB__BROTLI_NPARAMS values (0xffffffff = unset) → handle, or null when
 * Brotli refuses one (JS throws ERR_ZLIB_INITIALIZATION_FAILED). */
BINDING(zlib_init) {
    (void)fn, (void)self;
    int mode = int_arg(ctx, ARG(0), 0);
    if (mode < ZM_DEFLATE || mode > ZM_BROTLI_ENCODE) return ct_throw_type(ctx, exc, "zlib: bad mode");
    zlib_handle_t *h = calloc(1, sizeof *h);
    CT_CHECK(h != NULL);
    h->mode = mode;
    h->level = int_arg(ctx, ARG(1), Z_DEFAULT_COMPRESSION);
    h->window_bits = int_arg(ctx, ARG(2), 15);
    h->mem_level = int_arg(ctx, ARG(3), 8);
    h->strategy = int_arg(ctx, ARG(4), Z_DEFAULT_STRATEGY);
    uint8_t *dict;
    size_t dict_len;
    if (is_brotli(mode)) {
        memset(h->bparams, 0xff, sizeof h->bparams);
        if (ct_js_bytes(ctx, ARG(1), &dict, &dict_len))
            memcpy(h->bparams, dict, dict_len < sizeof h->bparams ? dict_len : sizeof h->bparams);
    } else if (ct_js_bytes(ctx, ARG(5), &dict, &dict_len) && dict_len > 0) {
        h->dict = malloc(dict_len);
        CT_CHECK(h->dict != NULL);
        memcpy(h->dict, dict, dict_len);
        h->dict_len = dict_len;
    }
    JSObjectRef o = JSObjectMake(ctx, handle_class, h); /* the finalizer owns h from here */
    int rc = handle_init(h);
    if (rc != Z_OK && is_brotli(mode)) return JSValueMakeNull(ctx);
    if (rc != Z_OK) {
        h->err = rc;
        *exc = handle_error(ctx, h);
        return NULL;
    }
    return o;
}

/* writeSync(handle, flush, in, inOff, inLen, out, outOff, outLen)
 * → [availOutAfter, availInAfter]; throws Node's zlib error */
BINDING(zlib_write_sync) {
    (void)fn, (void)self;
    zlib_handle_t *h = handle_arg(ctx, ARG(0), false, exc);
    size_t in_len, out_len;
    if (h == NULL) return NULL;
    if (!h->ready) return ct_throw_error(ctx, exc, "zlib binding closed");
    int flush = int_arg(ctx, ARG(1), Z_NO_FLUSH);
    uint8_t *in = range_arg(ctx, ARG(2), ARG(3), ARG(4), &in_len, exc);
    if (in == NULL) return NULL;
    uint8_t *out = range_arg(ctx, ARG(5), ARG(6), ARG(7), &out_len, exc);
    if (out == NULL) return NULL;
    h->strm.next_in = in;
    h->strm.avail_in = (uInt)in_len;
    h->strm.next_out = out;
    h->strm.avail_out = (uInt)out_len;
    bool ok = zlib_run(h, flush);
    uInt avail_in = h->strm.avail_in, avail_out = h->strm.avail_out;
    h->strm.next_in = h->strm.next_out = NULL; /* no pointer into JS memory outlives the call */
    if (!ok) {
        *exc = handle_error(ctx, h);
        return NULL;
    }
    JSValueRef r[2] = { JSValueMakeNumber(ctx, avail_out), JSValueMakeNumber(ctx, avail_in) };
    return JSObjectMakeArray(ctx, 2, r, exc);
}

/* ---- async writes ---- */

/* Runs what reset / params / close deferred while a write was in flight.
 * Their failures are not reported: Node reports none for params, and a
 * failed reset leaves a stream whose next write fails. */
static void apply_pending(zlib_handle_t *h) {
    if (h->pending_close) handle_end(h);
    if (h->ready && h->pending_reset) handle_reset(h);
    if (h->ready && h->pending_params && is_deflate(h->mode))
        params_now(h, h->pending_level, h->pending_strategy);
    if (h->pending_params) {
        h->level = h->pending_level;
        h->strategy = h->pending_strategy;
    }
    h->pending_reset = h->pending_params = h->pending_close = false;
}

/* One write on the threadpool. Owned by the loop from uv_queue_work until
 * write_after_cb, which frees it. The pool thread sees only h's z_stream and
 * the two owned copies. */
typedef struct {
    uv_work_t work;
    ct_runtime_t *rt;     /* borrowed */
    zlib_handle_t *h;     /* borrowed: kept alive by `handle` */
    JSObjectRef handle;   /* protected, unprotected in write_after_cb */
    JSObjectRef out_obj;  /* protected, unprotected in write_after_cb */
    JSObjectRef cb;       /* protected, unprotected in write_after_cb */
    size_t out_off;
    uint8_t *in, *out;    /* owned copies */
    size_t in_len, out_len;
    int flush;
    bool ok;
} zlib_write_t;

static void write_work_cb(uv_work_t *w) {
    zlib_write_t *r = CT_CONTAINER_OF(w, zlib_write_t, work);
    zlib_handle_t *h = r->h;
    h->strm.next_in = r->in;
    h->strm.avail_in = (uInt)r->in_len;
    h->strm.next_out = r->out;
    h->strm.avail_out = (uInt)r->out_len;
    r->ok = zlib_run(h, r->flush);
}

static void write_after_cb(uv_work_t *w, int status) {
    zlib_write_t *r = CT_CONTAINER_OF(w, zlib_write_t, work);
    zlib_handle_t *h = r->h;
    JSContextRef ctx = ct_runtime_context(r->rt);
    uInt avail_in = h->strm.avail_in, avail_out = h->strm.avail_out;
    h->strm.next_in = h->strm.next_out = NULL;
    h->busy = false;
    apply_pending(h);
    if (!ct_runtime_disposed(r->rt)) {
        JSValueRef args[3];
        size_t n = 1;
        uint8_t *dst;
        size_t dst_len;
        size_t produced = r->out_len - avail_out;
        if (status < 0) {
            h->err = Z_STREAM_ERROR;
            h->msg = "write cancelled";
            args[0] = handle_error(ctx, h);
        } else if (!r->ok) {
            args[0] = handle_error(ctx, h);
        } else if (!ct_js_bytes(ctx, r->out_obj, &dst, &dst_len) || r->out_off + produced > dst_len) {
            h->err = Z_BUF_ERROR;
            h->msg = "output buffer detached";
            args[0] = handle_error(ctx, h);
        } else {
            memcpy(dst + r->out_off, r->out, produced);
            args[0] = JSValueMakeNull(ctx);
            args[1] = JSValueMakeNumber(ctx, avail_out);
            args[2] = JSValueMakeNumber(ctx, avail_in);
            n = 3;
        }
        ct_js_call(ctx, r->cb, NULL, n, args);
    }
    JSValueUnprotect(ctx, r->cb);
    JSValueUnprotect(ctx, r->out_obj);
    JSValueUnprotect(ctx, r->handle);
    free(r->in);
    free(r->out);
    free(r);
}

/* write(handle, flush, in, inOff, inLen, out, outOff, outLen, callback):
 * runs on the threadpool, then callback(err) or
 * callback(null, availOutAfter, availInAfter). The input is copied now; the
 * output is copied into `out` on completion. */
BINDING(zlib_write) {
    (void)fn, (void)self;
    zlib_handle_t *h = handle_arg(ctx, ARG(0), false, exc);
    size_t in_len, out_len;
    if (h == NULL) return NULL;
    if (!h->ready) return ct_throw_error(ctx, exc, "zlib binding closed");
    JSValueRef cb = ARG(8);
    if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb))
        return ct_throw_type(ctx, exc, "zlib: callback expected");
    uint8_t *in = range_arg(ctx, ARG(2), ARG(3), ARG(4), &in_len, exc);
    if (in == NULL) return NULL;
    if (range_arg(ctx, ARG(5), ARG(6), ARG(7), &out_len, exc) == NULL) return NULL;
    zlib_write_t *r = calloc(1, sizeof *r);
    CT_CHECK(r != NULL);
    r->rt = ct_runtime_from(ctx);
    r->h = h;
    r->flush = int_arg(ctx, ARG(1), Z_NO_FLUSH);
    r->in = malloc(in_len ? in_len : 1);
    r->out = malloc(out_len ? out_len : 1);
    CT_CHECK(r->in != NULL && r->out != NULL);
    memcpy(r->in, in, in_len);
    r->in_len = in_len;
    r->out_len = out_len;
    r->out_off = (size_t)JSValueToNumber(ctx, ARG(6), NULL);
    r->handle = (JSObjectRef)ARG(0);
    r->out_obj = (JSObjectRef)ARG(5);
    r->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, r->handle);
    JSValueProtect(ctx, r->out_obj);
    JSValueProtect(ctx, r->cb);
    h->busy = true;
    int rc = uv_queue_work(ct_runtime_loop(r->rt), &r->work, write_work_cb, write_after_cb);
    if (rc < 0) {
        h->busy = false;
        JSValueUnprotect(ctx, r->cb);
        JSValueUnprotect(ctx, r->out_obj);
        JSValueUnprotect(ctx, r->handle);
        free(r->in);
        free(r->out);
        free(r);
        return ct_throw_uv(ctx, exc, rc, "uv_queue_work", NULL, NULL);
    }
    return JSValueMakeUndefined(ctx);
}

/* reset(handle): back to the start of a stream, same settings; after the
 * write in flight, if any */
BINDING(zlib_reset) {
    (void)fn, (void)self;
    zlib_handle_t *h = handle_arg(ctx, ARG(0), true, exc);
    if (h == NULL) return NULL;
    if (!h->ready) return ct_throw_error(ctx, exc, "zlib binding closed");
    if (h->busy) {
        h->pending_reset = true;
        return JSValueMakeUndefined(ctx);
    }
    int rc = handle_reset(h);
    if (rc != Z_OK) {
        h->err = rc;
        h->msg = "Failed to reset stream";
        *exc = handle_error(ctx, h);
        return NULL;
    }
    return JSValueMakeUndefined(ctx);
}

/* params(handle, level, strategy): deflate only; JS flushes first */
BINDING(zlib_params) {
    (void)fn, (void)self;
    zlib_handle_t *h = handle_arg(ctx, ARG(0), true, exc);
    if (h == NULL) return NULL;
    if (!h->ready) return ct_throw_error(ctx, exc, "zlib binding closed");
    int level = int_arg(ctx, ARG(1), h->level), strategy = int_arg(ctx, ARG(2), h->strategy);
    if (h->busy) {
        h->pending_params = true;
        h->pending_level = level;
        h->pending_strategy = strategy;
        return JSValueMakeUndefined(ctx);
    }
    if (is_deflate(h->mode)) { /* Brotli keeps its parameters */
        int rc = params_now(h, level, strategy);
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            h->err = rc;
            h->msg = "Failed to set parameters";
            *exc = handle_error(ctx, h);
            return NULL;
        }
    }
    h->level = level;
    h->strategy = strategy;
    return JSValueMakeUndefined(ctx);
}

/* close(handle): releases zlib's memory now, or when the write in flight
 * lands; later writes throw */
BINDING(zlib_close) {
    (void)fn, (void)self;
    zlib_handle_t *h = handle_arg(ctx, ARG(0), true, exc);
    if (h == NULL) return NULL;
    if (h->busy) h->pending_close = true;
    else handle_end(h);
    return JSValueMakeUndefined(ctx);
}

/* crc32(bytes, value) → the CRC-32 of bytes continuing from value */
BINDING(zlib_crc32) {
    (void)fn, (void)self;
    uint8_t *data;
    size_t len;
    if (!ct_js_bytes(ctx, ARG(0), &data, &len)) return ct_throw_type(ctx, exc, "crc32: bytes expected");
    double v = JSValueIsNumber(ctx, ARG(1)) ? JSValueToNumber(ctx, ARG(1), NULL) : 0;
    uLong crc = v >= 0 && v <= 4294967295.0 ? (uLong)v : 0;
    while (len > 0) { /* crc32() takes a uInt length */
        uInt n = len > 0x40000000 ? 0x40000000 : (uInt)len;
        crc = crc32(crc, data, n);
        data += n;
        len -= n;
    }
    return JSValueMakeNumber(ctx, (double)crc);
}

static const ct_binding_fn zlib_fns[] = {
    { "close", zlib_close, 1 },
    { "crc32", zlib_crc32, 2 },
    { "init", zlib_init, 6 },
    { "params", zlib_params, 3 },
    { "reset", zlib_reset, 1 },
    { "write", zlib_write, 9 },
    { "writeSync", zlib_write_sync, 8 },
    { NULL, NULL, 0 }
};

void ct_zlib_init(JSContextRef ctx, JSObjectRef target) {
    if (handle_class == NULL) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "ZlibHandle";
        def.finalize = handle_finalize;
        handle_class = JSClassCreate(&def); /* lives as long as the process */
    }
    ct_binding_install(ctx, target, zlib_fns);
    ct_js_set(ctx, target, "ZLIB_VERNUM", JSValueMakeNumber(ctx, ZLIB_VERNUM));
    ct_js_set(ctx, target, "ZLIB_VERSION", ct_js_str(ctx, zlibVersion()));
}

/* process.versions.zlib and .brotli */
const char *ct__zlib_version(void) {
    return zlibVersion();
}

void ct__brotli_version(char *out, size_t n) {
    uint32_t v = BrotliEncoderVersion();
    snprintf(out, n, "%u.%u.%u", v >> 24, (v >> 12) & 0xfff, v & 0xfff);
}
