/* SPDX-License-Identifier: MIT
 *
 * loader.c — internalBinding('builtins'): the embedded lib/ sources and the
 * compiler behind both loaders.
 *
 * The module resolution algorithms live in JS (lib/node/internal/modules/);
 * C only looks up embedded sources by id and turns source text into a
 * function with the CommonJS wrapper's parameters. The wrapper opens on the
 * source's first line, so line numbers in stacks are the file's own.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const ct_js_source_t ct_js_sources_core[];

static const ct_js_source_t *lookup_in(const ct_js_source_t *table, const char *id) {
    if (table == NULL) return NULL;
    size_t n = 0;
    while (table[n].id != NULL) n++;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(table[mid].id, id);
        if (c == 0) return &table[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

const ct_js_source_t *ct__js_source_lookup(ct_runtime_t *rt, const char *id) {
    const ct_js_source_t *s = lookup_in(ct_js_sources_core, id);
    if (s == NULL && rt != NULL) s = lookup_in(rt->extra_sources, id);
    return s;
}

/* Evaluates "(function (params) {" + body + "\n})" as script `url`.
 * Returns the function, or NULL with *exc set (a SyntaxError). */
static JSValueRef compile(JSContextRef ctx, JSStringRef body, const char *params,
                          JSStringRef url, JSValueRef *exc) {
    const char *head_fmt = "(function (%s) {";
    size_t hlen = strlen(head_fmt) + strlen(params);
    char *head = malloc(hlen + 1);
    snprintf(head, hlen + 1, head_fmt, params);
    JSStringRef h = JSStringCreateWithUTF8CString(head);
    free(head);
    size_t n1 = JSStringGetLength(h), n2 = JSStringGetLength(body);
    static const JSChar tail[] = { '\n', '}', ')' };
    JSChar *buf = malloc((n1 + n2 + 3) * sizeof(JSChar));
    CT_CHECK(buf != NULL);
    memcpy(buf, JSStringGetCharactersPtr(h), n1 * sizeof(JSChar));
    memcpy(buf + n1, JSStringGetCharactersPtr(body), n2 * sizeof(JSChar));
    /* a hashbang line is allowed only at the very start of a file */
    if (n2 >= 2 && buf[n1] == '#' && buf[n1 + 1] == '!') buf[n1] = buf[n1 + 1] = '/';
    memcpy(buf + n1 + n2, tail, sizeof tail);
    JSStringRef src = JSStringCreateWithCharacters(buf, n1 + n2 + 3);
    free(buf);
    JSStringRelease(h);
    JSValueRef fn = JSEvaluateScript(ctx, src, NULL, url, 1, exc);
    JSStringRelease(src);
    return fn;
}

/* A body such as "}); evil(); (function () {" would close the wrapper
 * early and run code outside it. CommonJS modules are trusted code and pay
 * for one parse only (Node's own wrapper had the same property); callers
 * that compile untrusted bodies (vm.compileFunction) ask for this check,
 * which parses the body alone as a function body, running nothing. */
static bool body_is_valid(JSContextRef ctx, JSStringRef body, const char *params,
                          JSStringRef url, JSValueRef *exc) {
    JSStringRef names[64];
    unsigned n = 0;
    char *copy = strdup(params), *save = NULL;
    for (char *t = strtok_r(copy, ", ", &save); t != NULL && n < 64; t = strtok_r(NULL, ", ", &save))
        names[n++] = JSStringCreateWithUTF8CString(t);
    free(copy);
    JSObjectRef f = JSObjectMakeFunction(ctx, NULL, n, names, body, url, 1, exc);
    for (unsigned i = 0; i < n; i++) JSStringRelease(names[i]);
    return f != NULL;
}

/* compileFunction(source, filename, paramsString, validate) */
static JSValueRef builtins_compile_function(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                            size_t argc, const JSValueRef argv[],
                                            JSValueRef *exc) {
    (void)fn;
    (void)self;
    if (argc < 3) return ct_throw_type(ctx, exc, "compileFunction: 3 arguments expected");
    JSStringRef body = JSValueToStringCopy(ctx, argv[0], exc);
    if (body == NULL) return NULL;
    JSStringRef url = JSValueToStringCopy(ctx, argv[1], exc);
    char *params = ct_js_to_utf8(ctx, argv[2], exc);
    JSValueRef r = NULL;
    bool validate = argc > 3 && JSValueToBoolean(ctx, argv[3]);
    if (url != NULL && params != NULL && (!validate || body_is_valid(ctx, body, params, url, exc)))
        r = compile(ctx, body, params, url, exc);
    JSStringRelease(body);
    if (url) JSStringRelease(url);
    free(params);
    return r;
}

/* compileBuiltin(id, paramsString) -> function, or undefined if no such id */
static JSValueRef builtins_compile_builtin(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                           size_t argc, const JSValueRef argv[],
                                           JSValueRef *exc) {
    (void)fn;
    (void)self;
    char *id = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    char *params = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    JSValueRef r = JSValueMakeUndefined(ctx);
    const ct_js_source_t *s = id ? ct__js_source_lookup(ct_runtime_from(ctx), id) : NULL;
    if (s != NULL && params != NULL) {
        JSStringRef body = JSStringCreateWithUTF8CString(s->source);
        JSStringRef url = JSStringCreateWithUTF8CString(s->id);
        r = compile(ctx, body, params, url, exc);
        JSStringRelease(body);
        JSStringRelease(url);
    }
    free(id);
    free(params);
    return r;
}

/* getSource(id) -> string or undefined (JSON builtins, error source lines) */
static JSValueRef builtins_get_source(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    char *id = ct_js_to_utf8(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (id == NULL) return NULL;
    const ct_js_source_t *s = ct__js_source_lookup(ct_runtime_from(ctx), id);
    free(id);
    return s ? ct_js_strn(ctx, s->source, s->length) : JSValueMakeUndefined(ctx);
}

static void push_ids(JSContextRef ctx, JSObjectRef arr, const ct_js_source_t *t, unsigned *n) {
    for (; t != NULL && t->id != NULL; t++)
        JSObjectSetPropertyAtIndex(ctx, arr, (*n)++, ct_js_str(ctx, t->id), NULL);
}

/* ids() -> every embedded id */
static JSValueRef builtins_ids(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                               size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    (void)argc;
    (void)argv;
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
    unsigned n = 0;
    push_ids(ctx, arr, ct_js_sources_core, &n);
    push_ids(ctx, arr, ct_runtime_from(ctx)->extra_sources, &n);
    return arr;
}

/* evaluate(source, url) -> completion value (for -e and the REPL-less eval) */
static JSValueRef builtins_evaluate(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn;
    (void)self;
    JSStringRef src = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 0), exc);
    if (src == NULL) return NULL;
    JSStringRef url = JSValueToStringCopy(ctx, ct_js_arg(ctx, argc, argv, 1), exc);
    JSValueRef r = url ? JSEvaluateScript(ctx, src, NULL, url, 1, exc) : NULL;
    JSStringRelease(src);
    if (url) JSStringRelease(url);
    return r;
}

static const ct_binding_fn builtins_fns[] = {
    { "compileFunction", builtins_compile_function, 4 },
    { "compileBuiltin", builtins_compile_builtin, 2 },
    { "getSource", builtins_get_source, 1 },
    { "ids", builtins_ids, 0 },
    { "evaluate", builtins_evaluate, 2 },
    { NULL, NULL, 0 }
};

void ct_builtins_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, builtins_fns);
}
