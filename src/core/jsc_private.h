/* SPDX-License-Identifier: MIT
 *
 * jsc_private.h — JavaScriptCore functions that libjavascriptcoregtk exports
 * but whose headers (JSContextRefPrivate.h, JSWeakPrivate.h) Debian does not
 * ship. The signatures are JavaScriptCore's own and stable across 2.4x-2.50;
 * core files only.
 */
#ifndef CT_CORE_JSC_PRIVATE_H
#define CT_CORE_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>

/* Called as function(promise, reason) for every rejected promise that is still
 * unhandled once the microtask queue has drained. */
JS_EXPORT void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                             JSObjectRef function,
                                                             JSValueRef *exception);

/* The target of a Proxy (or of the global object's proxy), or NULL when obj
 * is neither. From JSObjectRefPrivate.h. */
JS_EXPORT JSObjectRef JSObjectGetProxyTarget(JSObjectRef obj);

/* A full collection, done before returning (JSGarbageCollect only hints that
 * one would be welcome). From JSContextRefPrivate.h. */
JS_EXPORT void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

#endif /* CT_CORE_JSC_PRIVATE_H */
