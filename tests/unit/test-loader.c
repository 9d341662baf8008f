/* SPDX-License-Identifier: MIT
 *
 * test-loader.c — loader.c: the embedded-source table (lookup by id, sorted
 * order the binary search relies on) and internalBinding('builtins'):
 * compileFunction's wrapper, line numbers, hashbang handling, errors.
 *
 * The binding is installed on a fresh object in a node-mode runtime's
 * context and driven from small scripts, as the bootstrap drives it.
 */
#include "../../src/core/internal.h"
#include "unit.h"

extern const ct_js_source_t ct_js_sources_core[];

static void table_is_sorted_and_terminated(void) {
    size_t n = 0;
    for (; ct_js_sources_core[n].id != NULL; n++) {
        UT_CHECK(ct_js_sources_core[n].source != NULL);
        UT_CHECK(strlen(ct_js_sources_core[n].source) == ct_js_sources_core[n].length);
        if (n > 0) UT_CHECK(strcmp(ct_js_sources_core[n - 1].id, ct_js_sources_core[n].id) < 0);
    }
    UT_CHECK(n > 10);
}

static void lookup_by_id(void) {
    const ct_js_source_t *s = ct__js_source_lookup(NULL, "node:path");
    UT_CHECK(s != NULL);
    UT_CHECK(strcmp(s->id, "node:path") == 0);
    UT_CHECK(ct__js_source_lookup(NULL, "node:internal/bootstrap/node") != NULL);
    UT_CHECK(ct__js_source_lookup(NULL, "node:internal/errors") != NULL);
    /* readable-stream is embedded under node:internal/deps/ */
    UT_CHECK(ct__js_source_lookup(NULL, "node:internal/deps/readable-stream/lib/ours/index") !=
             NULL);
    UT_CHECK(ct__js_source_lookup(NULL, "node:no-such-module") == NULL);
    UT_CHECK(ct__js_source_lookup(NULL, "path") == NULL); /* ids carry their scheme */
    UT_CHECK(ct__js_source_lookup(NULL, "") == NULL);
    /* every id is found by the same search the loader does */
    for (size_t i = 0; ct_js_sources_core[i].id != NULL; i++)
        UT_CHECK(ct__js_source_lookup(NULL, ct_js_sources_core[i].id) == &ct_js_sources_core[i]);
}

static ct_runtime_t *rt;

/* A node-mode runtime with the builtins binding as globalThis.B. */
static JSGlobalContextRef setup(void) {
    static char *argv[] = { "cathode", NULL };
    ct_runtime_options_t o = { 0 };
    o.flags = CT_RT_NODE;
    o.argc = 1;
    o.argv = argv;
    rt = ct_runtime_new(&o);
    UT_CHECK(rt != NULL);
    JSGlobalContextRef ctx = ct_runtime_context(rt);
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    ct_builtins_init(ctx, b);
    ct_js_set(ctx, JSContextGetGlobalObject(ctx), "B", b);
    return ctx;
}

/* Evaluates src; returns its string value (caller frees with free()).
 * An exception fails the case, printing it. */
static char *eval(JSGlobalContextRef ctx, const char *src) {
    JSStringRef s = JSStringCreateWithUTF8CString(src);
    JSValueRef exc = NULL;
    JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, &exc);
    JSStringRelease(s);
    if (exc != NULL) {
        char *m = ct_js_to_utf8(ctx, exc, NULL);
        fprintf(stderr, "    exception in `%s`: %s\n", src, m ? m : "?");
        free(m);
        UT_CHECK(exc == NULL);
    }
    return ct_js_to_utf8(ctx, v, NULL);
}

static void check_eval(JSGlobalContextRef ctx, const char *src, const char *want) {
    char *got = eval(ctx, src);
    if (got == NULL || strcmp(got, want) != 0) fprintf(stderr, "    in `%s`:\n", src);
    UT_CHECK_STR(got, want);
    free(got);
}

static void compile_function_params_and_this(void) {
    JSGlobalContextRef ctx = setup();
    check_eval(ctx, "B.compileFunction('return a + b', 'add.js', 'a, b')(2, 3)", "5");
    check_eval(ctx, "typeof B.compileFunction('', 'empty.js', '')", "function");
    check_eval(ctx, "B.compileFunction('return this.x', 't.js', '').call({ x: 'y' })", "y");
    check_eval(ctx, "B.compileFunction('return arguments.length', 'n.js', 'a')(1, 2, 3)", "3");
    /* a trailing line comment does not swallow the wrapper's closing */
    check_eval(ctx, "B.compileFunction('return 1 // done', 'c.js', '')()", "1");
    /* the body is a function body: top-level return, its own scope */
    check_eval(ctx,
               "B.compileFunction('var leak = 1; return typeof leak', 's.js', '')() + "
               "typeof globalThis.leak",
               "numberundefined");
}

static void compile_function_line_numbers(void) {
    JSGlobalContextRef ctx = setup();
    /* the wrapper starts on the source's own first line */
    check_eval(ctx,
               "try { B.compileFunction('\\n\\nthrow new Error(\"x\")', '/app/f.js', '')(); } "
               "catch (e) { String(e.line) + ' ' + e.sourceURL }",
               "3 /app/f.js");
    check_eval(ctx,
               "try { B.compileFunction('\\n\\nthrow new Error(\"x\")', '/app/f.js', '')(); } "
               "catch (e) { /\\/app\\/f\\.js:3/.test(e.stack) }",
               "true");
}

static void compile_function_hashbang(void) {
    JSGlobalContextRef ctx = setup();
    check_eval(ctx, "B.compileFunction('#!/usr/bin/env node\\nreturn 7', 'h.js', '')()", "7");
    /* only at the very start; elsewhere it stays a syntax error */
    check_eval(ctx,
               "try { B.compileFunction('1;\\n#!x', 'h2.js', ''); 'no error' } "
               "catch (e) { e.name }",
               "SyntaxError");
}

static void compile_function_errors(void) {
    JSGlobalContextRef ctx = setup();
    check_eval(ctx,
               "try { B.compileFunction('return (', 'bad.js', ''); 'no error' } "
               "catch (e) { e.name }",
               "SyntaxError");
    check_eval(ctx, "try { B.compileFunction('x'); 'no error' } catch (e) { e.name }", "TypeError");
}

/* The body must parse as a function body alone (as Node's compileFunction
 * and `new Function` do): a body that closes the wrapper early must not run
 * code outside it. */
static void compile_function_body_cannot_escape(void) {
    JSGlobalContextRef ctx = setup();
    check_eval(ctx,
               "globalThis.escaped = false; try { B.compileFunction("
               "'}); globalThis.escaped = true; (function(){', 'esc.js', '', true) } catch (e) {} "
               "String(escaped)",
               "false");
}

static void compile_builtin_and_sources(void) {
    JSGlobalContextRef ctx = setup();
    check_eval(ctx, "typeof B.compileBuiltin('node:path', 'exports, require, module')", "function");
    check_eval(ctx, "typeof B.compileBuiltin('node:nope', 'exports')", "undefined");
    check_eval(ctx, "typeof B.getSource('node:path')", "string");
    check_eval(ctx, "B.getSource('node:path').length > 100", "true");
    check_eval(ctx, "typeof B.getSource('node:nope')", "undefined");
    check_eval(ctx,
               "const ids = B.ids(); ids.includes('node:path') && "
               "ids.includes('node:internal/bootstrap/node') && !ids.includes('path')",
               "true");
    check_eval(ctx, "B.evaluate('6 * 7', '[eval]')", "42");
}

static const ut_case cases[] = {
    { "table_is_sorted_and_terminated", table_is_sorted_and_terminated, 0 },
    { "lookup_by_id", lookup_by_id, 0 },
    { "compile_function_params_and_this", compile_function_params_and_this, 0 },
    { "compile_function_line_numbers", compile_function_line_numbers, 0 },
    { "compile_function_hashbang", compile_function_hashbang, 0 },
    { "compile_function_errors", compile_function_errors, 0 },
    { "compile_function_body_cannot_escape", compile_function_body_cannot_escape, 0 },
    { "compile_builtin_and_sources", compile_builtin_and_sources, 0 },
    { NULL, NULL, 0 }
};

int main(int argc, char **argv) { return ut_main(cases, argc, argv); }
