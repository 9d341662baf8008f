/* SPDX-License-Identifier: MIT
 *
 * renderer.h — declarations shared by the renderer extension's files (ctr_
 * names). Private to src/renderer/. Web process main thread only.
 */
#ifndef CT_RENDERER_RENDERER_H
#define CT_RENDERER_RENDERER_H

#include <JavaScriptCore/JavaScript.h>
#include <stdint.h>

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
