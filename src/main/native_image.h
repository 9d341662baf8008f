/* SPDX-License-Identifier: MIT
 *
 * native_image.h — nativeImage's C side for the other main-process files:
 * wrap cairo surfaces as NativeImage objects (webContents.capturePage) and
 * read a NativeImage back as a surface or pixbuf (window icons, tray,
 * clipboard). Private to src/main/. Main loop thread only.
 *
 * A NativeImage holds one cairo ARGB32 image surface per scale factor (its
 * "representations"); in memory that is premultiplied BGRA on little-endian
 * machines, the same bytes Electron's toBitmap() returns. Sizes seen by JS
 * are in DIPs: a 200x100 pixel representation at scale 2 is 100x50.
 */
#ifndef CT_MAIN_NATIVE_IMAGE_H
#define CT_MAIN_NATIVE_IMAGE_H

#include "../core/ct.h"

#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

/* A new NativeImage (with nativeImage's prototype, so image.toPNG() and
 * friends work) holding `surface` as its only representation. The scale
 * factor is the surface's device scale (cairo_surface_get_device_scale),
 * so a snapshot of a HiDPI view reports its size in DIPs.
 *
 * Ownership: does NOT take the caller's reference. An ARGB32 image surface
 * is shared (the image adds its own reference: don't draw into it
 * afterwards); any other surface (RGB24, xlib, recording...) is copied into
 * a new ARGB32 image surface. Either way the caller still destroys its own
 * reference, e.g. right after this call. A NULL or zero-sized surface gives
 * an empty image. Cannot fail short of memory exhaustion (aborts); the
 * returned object is an ordinary GC-managed JS value: protect it to keep it
 * across calls into JS.
 *
 * Loads lib/electron/common/native_image.js on first use if no script has. */
JSObjectRef ctm_native_image_from_surface(JSContextRef ctx, cairo_surface_t *surface);

/* The same from a GdkPixbuf (copied; the caller keeps its reference). NULL
 * gives an empty image. */
JSObjectRef ctm_native_image_from_pixbuf(JSContextRef ctx, GdkPixbuf *pixbuf, double scale);

/* True when v is a NativeImage made by this module. */
bool ctm_native_image_is(JSContextRef ctx, JSValueRef v);

/* The representation of NativeImage `v` best matching `scale` (exact, else
 * the nearest): an ARGB32 image surface, borrowed, valid while v is alive
 * and unchanged (addRepresentation may replace it). NULL when v is not a
 * NativeImage or is empty. */
cairo_surface_t *ctm_native_image_surface(JSContextRef ctx, JSValueRef v, double scale);

/* A new, unpremultiplied RGBA pixbuf of that representation (for
 * gtk_window_set_icon, GtkStatusIcon, GtkClipboard). Caller unrefs with
 * g_object_unref. NULL when v is not a NativeImage or is empty. */
GdkPixbuf *ctm_native_image_to_pixbuf(JSContextRef ctx, JSValueRef v, double scale);

/* internalBinding('native_image'), listed in main_bindings.c. */
void ctm_native_image_init(JSContextRef ctx, JSObjectRef target);

#endif /* CT_MAIN_NATIVE_IMAGE_H */
