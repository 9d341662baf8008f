/* SPDX-License-Identifier: MIT
 *
 * js_source.h — the table of JavaScript compiled into a binary by js2c.py.
 * Included by the generated js_sources*.c files and by loader.c only.
 */
#ifndef CT_CORE_JS_SOURCE_H
#define CT_CORE_JS_SOURCE_H

#include <stddef.h>

typedef struct {
    const char *id;     /* 'node:fs', 'node:internal/errors', 'electron/main/app' */
    const char *source; /* UTF-8, static */
    size_t length;
} ct_js_source_t;

#endif /* CT_CORE_JS_SOURCE_H */
