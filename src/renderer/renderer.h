/* SPDX-License-Identifier: MIT
 *
 * renderer.h — declarations shared by the renderer extension's files (ctr_
 * names). Private to src/renderer/. Web process main thread only.
 */
#ifndef CT_RENDERER_RENDERER_H
#define CT_RENDERER_RENDERER_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wire.h"

/* channel.c: the socket to the main process. */
/* Takes ownership of the socket path and token (g_free'd strings). */
void ctr_channel_init(char *path, char *secret);
/* Connects once (sending the token); true while connected. */
bool ctr_channel_connect(void);
/* Writes one whole frame for `route`; 0 or a negative errno (-ENOTCONN). */
int ctr_channel_post(uint8_t kind, uint64_t route, uint32_t req, const char *ch, size_t chlen,
                     const char *payload, size_t plen);
/* Blocks until the frame (kind, req) arrives; returns a copy of its payload
 * (NUL-terminated, so text payloads are strings; caller g_free) and its size
 * in *len, or NULL if the connection broke. Other frames stay queued. */
char *ctr_channel_wait(uint8_t kind, uint32_t req, size_t *len);
/* A fresh request id of this process. */
uint32_t ctr_channel_next_req(void);

/* extension.c: one frame from main, for the frame its route names. */
void ctr_dispatch_frame(const ct_wire_frame_t *f);
typedef struct _WebKitWebExtension WebKitWebExtension;
typedef struct _WebKitWebPage WebKitWebPage;
typedef struct _WebKitFrame WebKitFrame;
/* The extension object WebKit gave us at initialization. */
WebKitWebExtension *ctr_web_extension(void);

/* window_open.c: the frame's window.open reports its target name and
 * features to main (installed per document, forgotten with the frame). */
void ctr_window_open_install(WebKitWebPage *page, WebKitFrame *frame, uint64_t route);
void ctr_window_open_forget(uint64_t route);

/* context_bridge.c: a copy of v (from src) made in dst: primitives as they
 * are, arrays and plain objects copied, typed arrays copied, Errors as new
 * Errors, promises as new promises settled by the original, functions as
 * proxies that copy their arguments, result and exceptions each call.
 * Objects and arrays of this copy are frozen (values crossing later in
 * proxied calls are not). Returns NULL with *exc set (in dst) for what
 * cannot cross (symbols, cycles deeper than 1000 levels). */
JSValueRef ctr_bridge_copy(JSGlobalContextRef src, JSGlobalContextRef dst, JSValueRef v,
                           JSValueRef *exc);

/* The generated table of lib/electron/renderer (js_sources_renderer.c). */
#include "js_source.h"
extern const ct_js_source_t ctr_js_sources[];

#endif /* CT_RENDERER_RENDERER_H */
