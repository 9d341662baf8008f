/* SPDX-License-Identifier: MIT
 *
 * clone.h — structured clone in V8's ValueSerializer wire format (version
 * 15), the bytes Node's v8.serialize() writes. Core's interface for
 * src/core/serdes.c (node:v8), the IPC code in main/ and renderer/, and the
 * unit and fuzz tests.
 *
 * Two modes share one codec. CT_CLONE_NODE follows node:v8 (typed arrays as
 * Node's host objects, a Buffer comes back as a Buffer, V8's error texts).
 * CT_CLONE_IPC follows Electron's IPC rules (a Buffer arrives as a plain
 * Uint8Array, every failure is "An object could not be cloned."). The decoder
 * takes untrusted bytes: it never reads outside its buffer, bounds nesting at
 * CT_CLONE_MAX_DEPTH and checks every length against the bytes left before it
 * allocates. Loop thread of the context's owner only (it runs JS getters).
 */
#ifndef CT_CORE_CLONE_H
#define CT_CORE_CLONE_H

#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>
#include <stdint.h>

enum { CT_CLONE_NODE = 0, CT_CLONE_IPC = 1 };

#define CT_CLONE_VERSION 15    /* the header's version; older ones are read from 13 */
#define CT_CLONE_MAX_DEPTH 1000 /* nested objects beyond this fail both ways */

/* Serializes v with the header. Returns a malloc'ed buffer (caller frees with
 * free()) and its size in *out_len, or NULL with *exc set to the Error to
 * throw (an uncloneable value, a throwing getter, out of memory). */
uint8_t *ct_clone_serialize(JSContextRef ctx, JSValueRef v, int mode, size_t *out_len,
                            JSValueRef *exc);

/* Deserializes buf[0..len), which must start with the header. Returns the
 * value, or NULL with *exc set to an Error ("Unable to deserialize cloned
 * data." and, for a bad header, "... due to invalid or unsupported
 * version."). Trailing bytes after the value are ignored, as V8 does. */
JSValueRef ct_clone_deserialize(JSContextRef ctx, const uint8_t *buf, size_t len, int mode,
                                JSValueRef *exc);

/* The pieces node:v8's Serializer/Deserializer are built from.
 * ct_clone_write_value: like ct_clone_serialize without the header.
 * ct_clone_read_value: reads one value (no header) from buf at *pos and
 * advances *pos past it; NULL with *exc set on failure, *pos unchanged. */
uint8_t *ct_clone_write_value(JSContextRef ctx, JSValueRef v, int mode, size_t *out_len,
                              JSValueRef *exc);
JSValueRef ct_clone_read_value(JSContextRef ctx, const uint8_t *buf, size_t len, size_t *pos,
                               int mode, JSValueRef *exc);

#endif /* CT_CORE_CLONE_H */
