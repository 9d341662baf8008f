/* SPDX-License-Identifier: MIT
 *
 * native_image.c — nativeImage's pixels: decode, encode, resize, crop.
 * Main process (internalBinding('native_image')).
 *
 * A NativeImage is a JS object of the C class below whose private data is a
 * list of representations, one cairo ARGB32 image surface per scale factor,
 * sorted by scale. lib/electron/common/native_image.js gives those objects
 * their prototype (setPrototype) and does everything that is policy:
 * argument checks, Electron's error texts, data URLs, @2x file lookup,
 * which scale a call means. Decoding goes through gdk-pixbuf, PNG encoding
 * through cairo, JPEG encoding through gdk-pixbuf.
 *
 * Pixels stay premultiplied BGRA (cairo's ARGB32 on little-endian), which is
 * also what Electron's toBitmap()/createFromBitmap() use (Skia's N32 premul),
 * so those two are plain copies. Nothing here depends on GTK or WebKit, so
 * the file can move to core when renderers get nativeImage. Main loop thread
 * only; images are not shared between contexts.
 */
#include "native_image.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Exported by libjavascriptcoregtk, declared in JSBasePrivate.h, which Debian
 * does not ship: tells the GC that a small object keeps big pixels alive. */
JS_EXPORT void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

typedef struct {
    double scale;
    cairo_surface_t *surface; /* owned reference: ARGB32 image surface */
} ni_rep_t;

/* Private data of one NativeImage object; freed by its class finalizer. */
typedef struct {
    ni_rep_t *reps; /* owned, sorted by scale; NULL when empty */
    int n;
} ni_image_t;

static JSClassRef ni_class;
/* The prototype native_image.js registered, protected for the life of the
 * process (the main process has one runtime and never frees it early). */
static JSObjectRef ni_proto;
static JSGlobalContextRef ni_proto_ctx;

/* ---- representations: plain C, no JS ---- */

static void ni_finalize(JSObjectRef obj) {
    ni_image_t *img = JSObjectGetPrivate(obj);
    if (img == NULL) return;
    for (int i = 0; i < img->n; i++) cairo_surface_destroy(img->reps[i].surface);
    free(img->reps);
    free(img);
}

static size_t surface_bytes(cairo_surface_t *s) {
    return (size_t)cairo_image_surface_get_stride(s) * (size_t)cairo_image_surface_get_height(s);
}

/* Adds (or replaces) the representation at `scale`; takes the reference. */
static void image_add(ni_image_t *img, cairo_surface_t *s, double scale) {
    cairo_surface_set_device_scale(s, scale, scale);
    for (int i = 0; i < img->n; i++) {
        if (img->reps[i].scale == scale) {
            cairo_surface_destroy(img->reps[i].surface);
            img->reps[i].surface = s;
            return;
        }
    }
    ni_rep_t *r = realloc(img->reps, (size_t)(img->n + 1) * sizeof *r);
    if (r == NULL) abort();
    img->reps = r;
    int i = img->n++;
    while (i > 0 && r[i - 1].scale > scale) {
        r[i] = r[i - 1];
        i--;
    }
    r[i].scale = scale;
    r[i].surface = s;
}

/* The representation for `scale`: exact, else the nearest (the larger one
 * on a tie), as Chromium's ImageSkia does when it cannot generate one.
 * NULL when the image is empty. Borrowed. */
static ni_rep_t *image_rep(ni_image_t *img, double scale) {
    ni_rep_t *best = NULL;
    for (int i = 0; i < img->n; i++) {
        ni_rep_t *r = &img->reps[i];
        if (best == NULL || fabs(r->scale - scale) <= fabs(best->scale - scale)) best = r;
    }
    return best;
}

static const cairo_user_data_key_t pixels_key;

/* A new ARGB32 surface, width/height > 0, whose pixels are NOT cleared: every
 * caller writes all of them, and clearing would touch the memory twice. NULL
 * when cairo refuses the size. */
static cairo_surface_t *surface_new(int w, int h) {
    int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, w);
    if (stride <= 0 || h <= 0 || h > 32767) return NULL;
    uint8_t *px = malloc((size_t)stride * (size_t)h);
    if (px == NULL) abort();
    cairo_surface_t *s = cairo_image_surface_create_for_data(px, CAIRO_FORMAT_ARGB32, w, h, stride);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS ||
        cairo_surface_set_user_data(s, &pixels_key, px, free) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        free(px);
        return NULL;
    }
    return s;
}

/* Premultiplied BGRA, tightly packed (w*4 per row), into a new surface. */
static cairo_surface_t *surface_from_bgra(const uint8_t *src, int w, int h) {
    cairo_surface_t *s = surface_new(w, h);
    if (s == NULL) return NULL;
    cairo_surface_flush(s);
    uint8_t *dst = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    for (int y = 0; y < h; y++) memcpy(dst + (size_t)y * stride, src + (size_t)y * w * 4, (size_t)w * 4);
    cairo_surface_mark_dirty(s);
    return s;
}

static inline uint8_t premul(unsigned c, unsigned a) {
    unsigned t = c * a + 128;
    return (uint8_t)((t + (t >> 8)) >> 8);
}

static cairo_surface_t *surface_from_pixbuf(GdkPixbuf *pb) {
    int w = gdk_pixbuf_get_width(pb), h = gdk_pixbuf_get_height(pb);
    int n = gdk_pixbuf_get_n_channels(pb), ps = gdk_pixbuf_get_rowstride(pb);
    bool alpha = gdk_pixbuf_get_has_alpha(pb);
    if (gdk_pixbuf_get_bits_per_sample(pb) != 8 || n < 3 || w <= 0 || h <= 0) return NULL;
    cairo_surface_t *s = surface_new(w, h);
    if (s == NULL) return NULL;
    cairo_surface_flush(s);
    const uint8_t *src = gdk_pixbuf_read_pixels(pb);
    uint8_t *dst = cairo_image_surface_get_data(s);
    int ds = cairo_image_surface_get_stride(s);
    for (int y = 0; y < h; y++) {
        const uint8_t *p = src + (size_t)y * ps;
        uint32_t *q = (uint32_t *)(dst + (size_t)y * ds);
        for (int x = 0; x < w; x++, p += n) {
            unsigned a = alpha ? p[3] : 255;
            q[x] = (uint32_t)a << 24 | (uint32_t)premul(p[0], a) << 16 |
                   (uint32_t)premul(p[1], a) << 8 | premul(p[2], a);
        }
    }
    cairo_surface_mark_dirty(s);
    return s;
}

/* A new RGB(A) pixbuf of an ARGB32 surface. With alpha the colours are
 * unpremultiplied; without, the premultiplied values are kept, which is the
 * image composited over black (what Skia's JPEG encoder gives too). */
static GdkPixbuf *pixbuf_from_surface(cairo_surface_t *s, bool alpha) {
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    GdkPixbuf *pb = gdk_pixbuf_new(GDK_COLORSPACE_RGB, alpha, 8, w, h);
    if (pb == NULL) return NULL;
    cairo_surface_flush(s);
    const uint8_t *src = cairo_image_surface_get_data(s);
    int ss = cairo_image_surface_get_stride(s);
    uint8_t *dst = gdk_pixbuf_get_pixels(pb);
    int ds = gdk_pixbuf_get_rowstride(pb), n = alpha ? 4 : 3;
    for (int y = 0; y < h; y++) {
        const uint32_t *p = (const uint32_t *)(src + (size_t)y * ss);
        uint8_t *q = dst + (size_t)y * ds;
        for (int x = 0; x < w; x++, q += n) {
            uint32_t v = p[x];
            unsigned a = v >> 24, r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
            if (alpha && a != 0 && a != 255) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            q[0] = (uint8_t)r;
            q[1] = (uint8_t)g;
            q[2] = (uint8_t)b;
            if (alpha) q[3] = (uint8_t)a;
        }
    }
    return pb;
}

/* The image types createFromBuffer may decode: Electron takes PNG and JPEG;
 * GIF and WebP are added because their signatures cannot be mistaken for
 * raw pixels an app meant as a bitmap. */
static const char *sniff(const uint8_t *p, size_t len) {
    if (len >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0) return "png";
    if (len >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF) return "jpeg";
    if (len >= 6 && (memcmp(p, "GIF87a", 6) == 0 || memcmp(p, "GIF89a", 6) == 0)) return "gif";
    if (len >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0) return "webp";
    return NULL;
}

/* Decodes bytes (only the sniffed types when `any` is false, else whatever
 * gdk-pixbuf's loaders recognise) into a new surface, or NULL. */
static cairo_surface_t *decode(const uint8_t *p, size_t len, bool any) {
    const char *type = sniff(p, len);
    if (type == NULL && !any) return NULL;
    GdkPixbufLoader *l = NULL;
    if (type != NULL) l = gdk_pixbuf_loader_new_with_type(type, NULL);
    if (l == NULL) l = gdk_pixbuf_loader_new();
    cairo_surface_t *s = NULL;
    bool ok = gdk_pixbuf_loader_write(l, p, len, NULL);
    ok = gdk_pixbuf_loader_close(l, NULL) && ok;
    GdkPixbuf *pb = ok ? gdk_pixbuf_loader_get_pixbuf(l) : NULL; /* borrowed from l */
    if (pb != NULL) {
        GdkPixbuf *oriented = gdk_pixbuf_apply_embedded_orientation(pb);
        if (oriented != NULL) {
            s = surface_from_pixbuf(oriented);
            g_object_unref(oriented);
        }
    }
    g_object_unref(l);
    return s;
}

static cairo_status_t png_write_cb(void *closure, const unsigned char *data, unsigned int len) {
    GByteArray *out = closure;
    g_byte_array_append(out, data, len);
    return CAIRO_STATUS_SUCCESS;
}

/* A resized copy of s at w x h pixels (both > 0). */
static cairo_surface_t *surface_scaled(cairo_surface_t *s, int w, int h, cairo_filter_t filter) {
    cairo_surface_t *d = surface_new(w, h);
    if (d == NULL) return NULL;
    int sw = cairo_image_surface_get_width(s), sh = cairo_image_surface_get_height(s);
    double dsx, dsy;
    cairo_surface_get_device_scale(s, &dsx, &dsy);
    cairo_surface_set_device_scale(s, 1, 1); /* work in pixels */
    cairo_t *cr = cairo_create(d);
    cairo_scale(cr, (double)w / sw, (double)h / sh);
    cairo_set_source_surface(cr, s, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), filter);
    cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD);
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_set_device_scale(s, dsx, dsy);
    return d;
}

/* ---- JS objects ---- */

static JSObjectRef image_new(JSContextRef ctx, ni_image_t **out) {
    ni_image_t *img = calloc(1, sizeof *img);
    if (img == NULL) abort();
    JSObjectRef obj = JSObjectMake(ctx, ni_class, img);
    if (ni_proto != NULL) JSObjectSetPrototype(ctx, obj, ni_proto);
    if (out != NULL) *out = img;
    return obj;
}

/* Adds s to the image of obj and tells the GC about its memory. */
static void image_add_js(JSContextRef ctx, ni_image_t *img, cairo_surface_t *s, double scale) {
    JSReportExtraMemoryCost(ctx, surface_bytes(s));
    image_add(img, s, scale);
}

static ni_image_t *image_of(JSContextRef ctx, JSValueRef v) {
    if (ni_class == NULL || v == NULL || !JSValueIsObjectOfClass(ctx, v, ni_class)) return NULL;
    return JSObjectGetPrivate((JSObjectRef)v);
}

/* Argument i as an image, or NULL with a TypeError thrown. */
static ni_image_t *image_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                             JSValueRef *exc) {
    ni_image_t *img = image_of(ctx, ct_js_arg(ctx, argc, argv, i));
    if (img == NULL) ct_throw_type(ctx, exc, "Illegal invocation");
    return img;
}

static double num_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, double def) {
    JSValueRef v = ct_js_arg(ctx, argc, argv, i);
    if (!JSValueIsNumber(ctx, v)) return def;
    double d = JSValueToNumber(ctx, v, NULL);
    return isfinite(d) ? d : def;
}

/* Pixel dimensions must stay well inside int and cairo's limit (32767). */
static int dim_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    double d = num_arg(ctx, argc, argv, i, 0);
    if (d <= 0) return 0;
    return d > 32767 ? 32767 : (int)d;
}

static double scale_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
    double s = num_arg(ctx, argc, argv, i, 1.0);
    return s > 0 ? s : 1.0;
}

#define NI_FN(name)                                                                                \
    static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,        \
                           const JSValueRef argv[], JSValueRef *exc)
#define NI_UNUSED (void)fn, (void)self, (void)exc

/* setPrototype(proto): the prototype every NativeImage gets. */
NI_FN(ni_set_prototype) {
    NI_UNUSED;
    JSValueRef p = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsObject(ctx, p)) return ct_throw_type(ctx, exc, "prototype must be an object");
    if (ni_proto != NULL) JSValueUnprotect(ni_proto_ctx, ni_proto);
    ni_proto = (JSObjectRef)p;
    ni_proto_ctx = JSContextGetGlobalContext(ctx);
    JSValueProtect(ctx, ni_proto);
    return JSValueMakeUndefined(ctx);
}

/* create() -> a new empty image */
NI_FN(ni_create) {
    NI_UNUSED;
    (void)argc, (void)argv;
    return image_new(ctx, NULL);
}

/* isImage(v) */
NI_FN(ni_is_image) {
    NI_UNUSED;
    return JSValueMakeBoolean(ctx, image_of(ctx, ct_js_arg(ctx, argc, argv, 0)) != NULL);
}

/* addEncoded(img, bytes, scale, any) -> bool: decodes PNG/JPEG/... bytes. */
NI_FN(ni_add_encoded) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    uint8_t *p;
    size_t len;
    if (img == NULL) return NULL;
    if (!ct_js_bytes(ctx, ct_js_arg(ctx, argc, argv, 1), &p, &len))
        return ct_throw_type(ctx, exc, "buffer must be a node Buffer");
    bool any = JSValueToBoolean(ctx, ct_js_arg(ctx, argc, argv, 3));
    cairo_surface_t *s = len > 0 ? decode(p, len, any) : NULL;
    if (s == NULL) return JSValueMakeBoolean(ctx, false);
    image_add_js(ctx, img, s, scale_arg(ctx, argc, argv, 2));
    return JSValueMakeBoolean(ctx, true);
}

/* addFile(img, path, scale) -> bool: reads and decodes any image file
 * gdk-pixbuf knows; false when it is missing or unreadable. */
NI_FN(ni_add_file) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    char *path = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    if (path == NULL) return NULL;
    gchar *data = NULL;
    gsize len = 0;
    cairo_surface_t *s = NULL;
    if (g_file_get_contents(path, &data, &len, NULL) && len > 0) s = decode((const uint8_t *)data, len, true);
    g_free(data);
    free(path);
    if (s == NULL) return JSValueMakeBoolean(ctx, false);
    image_add_js(ctx, img, s, scale_arg(ctx, argc, argv, 2));
    return JSValueMakeBoolean(ctx, true);
}

/* addBitmap(img, bytes, width, height, scale) -> bool: premultiplied BGRA;
 * false when a side is 0 or the buffer holds fewer than width*height*4. */
NI_FN(ni_add_bitmap) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    uint8_t *p;
    size_t len;
    if (img == NULL) return NULL;
    if (!ct_js_bytes(ctx, ct_js_arg(ctx, argc, argv, 1), &p, &len))
        return ct_throw_type(ctx, exc, "buffer must be a node Buffer");
    int w = dim_arg(ctx, argc, argv, 2), h = dim_arg(ctx, argc, argv, 3);
    if (w == 0 || h == 0 || len / 4 / (size_t)w < (size_t)h) return JSValueMakeBoolean(ctx, false);
    cairo_surface_t *s = surface_from_bgra(p, w, h);
    if (s == NULL) return JSValueMakeBoolean(ctx, false);
    image_add_js(ctx, img, s, scale_arg(ctx, argc, argv, 4));
    return JSValueMakeBoolean(ctx, true);
}

/* scales(img) -> [scale...], ascending */
NI_FN(ni_scales) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
    for (int i = 0; arr != NULL && i < img->n; i++)
        JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, JSValueMakeNumber(ctx, img->reps[i].scale), NULL);
    return arr;
}

/* size(img, scale) -> [width, height, pixelWidth, pixelHeight, repScale];
 * DIP sizes as Chromium's ImageSkiaRep computes them (pixels / scale,
 * truncated). All zero for an empty image. */
NI_FN(ni_size) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    ni_rep_t *r = image_rep(img, scale_arg(ctx, argc, argv, 1));
    double pw = r ? cairo_image_surface_get_width(r->surface) : 0;
    double ph = r ? cairo_image_surface_get_height(r->surface) : 0;
    double sc = r ? r->scale : 1;
    JSValueRef v[5] = { JSValueMakeNumber(ctx, (int)(pw / sc)), JSValueMakeNumber(ctx, (int)(ph / sc)),
                        JSValueMakeNumber(ctx, pw), JSValueMakeNumber(ctx, ph), JSValueMakeNumber(ctx, sc) };
    return JSObjectMakeArray(ctx, 5, v, exc);
}

/* bitmap(img, scale) -> Buffer of premultiplied BGRA, width*4 per row;
 * empty for an empty image. */
NI_FN(ni_bitmap) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    ni_rep_t *r = image_rep(img, scale_arg(ctx, argc, argv, 1));
    if (r == NULL) return ct_js_buffer_take(ctx, NULL, 0);
    cairo_surface_t *s = r->surface;
    cairo_surface_flush(s);
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    size_t row = (size_t)w * 4;
    uint8_t *out = malloc(row * (size_t)h + 1);
    if (out == NULL) abort();
    const uint8_t *src = cairo_image_surface_get_data(s);
    if ((size_t)stride == row) memcpy(out, src, row * (size_t)h);
    else
        for (int y = 0; y < h; y++) memcpy(out + row * (size_t)y, src + (size_t)stride * y, row);
    return ct_js_buffer_take(ctx, out, row * (size_t)h);
}

/* png(img, scale) -> Buffer; empty for an empty image. */
NI_FN(ni_png) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    ni_rep_t *r = image_rep(img, scale_arg(ctx, argc, argv, 1));
    GByteArray *out = g_byte_array_new();
    if (r != NULL && cairo_surface_write_to_png_stream(r->surface, png_write_cb, out) != CAIRO_STATUS_SUCCESS)
        g_byte_array_set_size(out, 0);
    size_t len = out->len;
    uint8_t *bytes = g_byte_array_free(out, FALSE); /* g_malloc'd == malloc in GLib >= 2.46 */
    return ct_js_buffer_take(ctx, bytes, len);
}

/* jpeg(img, quality) -> Buffer of the 1x representation; empty for an empty
 * image. Alpha is dropped (composited over black). */
NI_FN(ni_jpeg) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    double q = num_arg(ctx, argc, argv, 1, 90);
    q = q < 0 ? 0 : q > 100 ? 100 : q;
    ni_rep_t *r = image_rep(img, 1.0);
    gchar *buf = NULL;
    gsize len = 0;
    if (r != NULL) {
        GdkPixbuf *pb = pixbuf_from_surface(r->surface, false);
        char qs[8];
        snprintf(qs, sizeof qs, "%d", (int)q);
        if (pb == NULL || !gdk_pixbuf_save_to_buffer(pb, &buf, &len, "jpeg", NULL, "quality", qs, NULL)) {
            g_free(buf);
            buf = NULL;
            len = 0;
        }
        if (pb != NULL) g_object_unref(pb);
    }
    return ct_js_buffer_take(ctx, (uint8_t *)buf, len);
}

/* resize(img, width, height, quality) -> new image: every representation
 * scaled to width x height DIPs; quality 0 good, 1 better, 2 best. */
NI_FN(ni_resize) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    int w = dim_arg(ctx, argc, argv, 1), h = dim_arg(ctx, argc, argv, 2);
    int quality = (int)num_arg(ctx, argc, argv, 3, 2);
    /* pixman's GOOD is a box filter when shrinking and bilinear when growing;
     * BEST is its higher-order (slower) kernel. */
    cairo_filter_t filter = quality >= 2 ? CAIRO_FILTER_BEST : CAIRO_FILTER_GOOD;
    ni_image_t *out;
    JSObjectRef obj = image_new(ctx, &out);
    for (int i = 0; w > 0 && h > 0 && i < img->n; i++) {
        double sc = img->reps[i].scale;
        int pw = (int)lround(w * sc), ph = (int)lround(h * sc);
        cairo_surface_t *s = pw > 0 && ph > 0 ? surface_scaled(img->reps[i].surface, pw, ph, filter) : NULL;
        if (s != NULL) image_add_js(ctx, out, s, sc);
    }
    return obj;
}

/* crop(img, x, y, width, height) -> new image of the rect (DIPs) clipped to
 * the image; empty when nothing is left. */
NI_FN(ni_crop) {
    NI_UNUSED;
    ni_image_t *img = image_arg(ctx, argc, argv, 0, exc);
    if (img == NULL) return NULL;
    double x = num_arg(ctx, argc, argv, 1, 0), y = num_arg(ctx, argc, argv, 2, 0);
    double w = num_arg(ctx, argc, argv, 3, 0), h = num_arg(ctx, argc, argv, 4, 0);
    ni_image_t *out;
    JSObjectRef obj = image_new(ctx, &out);
    for (int i = 0; w > 0 && h > 0 && i < img->n; i++) {
        double sc = img->reps[i].scale;
        cairo_surface_t *src = img->reps[i].surface;
        int sw = cairo_image_surface_get_width(src), sh = cairo_image_surface_get_height(src);
        double x0 = fmax(0, floor(x * sc)), y0 = fmax(0, floor(y * sc));
        double x1 = fmin(sw, ceil((x + w) * sc)), y1 = fmin(sh, ceil((y + h) * sc));
        if (x1 <= x0 || y1 <= y0) continue;
        int cw = (int)(x1 - x0), ch = (int)(y1 - y0);
        cairo_surface_flush(src);
        int stride = cairo_image_surface_get_stride(src);
        const uint8_t *base = cairo_image_surface_get_data(src) + (size_t)y0 * stride + (size_t)x0 * 4;
        cairo_surface_t *s = surface_new(cw, ch);
        if (s == NULL) continue;
        uint8_t *dst = cairo_image_surface_get_data(s);
        int ds = cairo_image_surface_get_stride(s);
        for (int r = 0; r < ch; r++) memcpy(dst + (size_t)r * ds, base + (size_t)r * stride, (size_t)cw * 4);
        cairo_surface_mark_dirty(s);
        image_add_js(ctx, out, s, sc);
    }
    return obj;
}

static const ct_binding_fn native_image_fns[] = {
    { "addBitmap", ni_add_bitmap, 5 },
    { "addEncoded", ni_add_encoded, 4 },
    { "addFile", ni_add_file, 3 },
    { "bitmap", ni_bitmap, 2 },
    { "create", ni_create, 0 },
    { "crop", ni_crop, 5 },
    { "isImage", ni_is_image, 1 },
    { "jpeg", ni_jpeg, 2 },
    { "png", ni_png, 2 },
    { "resize", ni_resize, 4 },
    { "scales", ni_scales, 1 },
    { "setPrototype", ni_set_prototype, 1 },
    { "size", ni_size, 2 },
    { NULL, NULL, 0 }
};

static void ensure_class(void) {
    if (ni_class != NULL) return;
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "NativeImage";
    def.finalize = ni_finalize;
    ni_class = JSClassCreate(&def);
}

void ctm_native_image_init(JSContextRef ctx, JSObjectRef target) {
    ensure_class();
    ct_binding_install(ctx, target, native_image_fns);
}

/* ---- the C API of native_image.h ---- */

/* Makes sure native_image.js has run, so new images get its prototype. */
static void ensure_prototype(JSContextRef ctx) {
    ensure_class();
    if (ni_proto != NULL) return;
    JSValueRef mod = ct_require_builtin(ctx, "electron/common/native_image");
    /* the module registers the prototype on its first binding call */
    JSValueRef ni = mod && JSValueIsObject(ctx, mod) ? ct_js_get(ctx, (JSObjectRef)mod, "nativeImage") : NULL;
    JSValueRef create = ni && JSValueIsObject(ctx, ni) ? ct_js_get(ctx, (JSObjectRef)ni, "createEmpty") : NULL;
    if (create != NULL && JSValueIsObject(ctx, create) && JSObjectIsFunction(ctx, (JSObjectRef)create))
        ct_js_call(ctx, (JSObjectRef)create, NULL, 0, NULL);
}

JSObjectRef ctm_native_image_from_surface(JSContextRef ctx, cairo_surface_t *surface) {
    ensure_prototype(ctx);
    ni_image_t *img;
    JSObjectRef obj = image_new(ctx, &img);
    if (surface == NULL || cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) return obj;
    double sx = 1, sy = 1;
    cairo_surface_get_device_scale(surface, &sx, &sy);
    if (!(sx > 0)) sx = 1;
    cairo_surface_t *s = NULL;
    if (cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE &&
        cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32) {
        if (cairo_image_surface_get_width(surface) > 0 && cairo_image_surface_get_height(surface) > 0)
            s = cairo_surface_reference(surface);
    } else {
        /* Pixel extents: of an image surface directly, of anything else
         * through a throw-away context's clip (in device units). A
         * sub-surface reports its target's type but has no image size. */
        int w = 0, h = 0;
        if (cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE &&
            cairo_image_surface_get_width(surface) > 0) {
            w = cairo_image_surface_get_width(surface);
            h = cairo_image_surface_get_height(surface);
        } else {
            cairo_t *cr = cairo_create(surface);
            double x1, y1, x2, y2;
            cairo_clip_extents(cr, &x1, &y1, &x2, &y2);
            cairo_destroy(cr);
            w = (int)lround((x2 - x1) * sx);
            h = (int)lround((y2 - y1) * sy);
        }
        if (w > 0 && h > 0 && w <= 32767 && h <= 32767) {
            double dx, dy;
            cairo_surface_get_device_scale(surface, &dx, &dy);
            cairo_surface_t *tmp = surface_new(w, h);
            if (tmp != NULL) {
                cairo_t *cr = cairo_create(tmp);
                cairo_scale(cr, dx, dy); /* the source measures w/dx units */
                cairo_set_source_surface(cr, surface, 0, 0);
                cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
                cairo_paint(cr);
                cairo_destroy(cr);
                s = tmp;
            }
        }
    }
    if (s != NULL) {
        image_add_js(ctx, img, s, sx);
    }
    return obj;
}

JSObjectRef ctm_native_image_from_pixbuf(JSContextRef ctx, GdkPixbuf *pixbuf, double scale) {
    ensure_prototype(ctx);
    ni_image_t *img;
    JSObjectRef obj = image_new(ctx, &img);
    cairo_surface_t *s = pixbuf != NULL ? surface_from_pixbuf(pixbuf) : NULL;
    if (s != NULL) image_add_js(ctx, img, s, scale > 0 ? scale : 1.0);
    return obj;
}

bool ctm_native_image_is(JSContextRef ctx, JSValueRef v) {
    return image_of(ctx, v) != NULL;
}

cairo_surface_t *ctm_native_image_surface(JSContextRef ctx, JSValueRef v, double scale) {
    ni_image_t *img = image_of(ctx, v);
    ni_rep_t *r = img != NULL ? image_rep(img, scale) : NULL;
    return r != NULL ? r->surface : NULL;
}

GdkPixbuf *ctm_native_image_to_pixbuf(JSContextRef ctx, JSValueRef v, double scale) {
    cairo_surface_t *s = ctm_native_image_surface(ctx, v, scale);
    return s != NULL ? pixbuf_from_surface(s, true) : NULL;
}
