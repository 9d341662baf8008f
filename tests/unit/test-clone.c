/* SPDX-License-Identifier: MIT
 *
 * test-clone.c — clone.c, structured clone in V8's wire format, in a bare
 * JSGlobalContext: byte-exact output for values whose bytes Node 20 gives
 * (hex taken from node's v8.serialize), round trips of every supported type,
 * the IPC mode's rules, and the defensive decoder on hostile input
 * (truncation at every length, bad tags, huge lengths, deep nesting, bad
 * back-references, a sweep of single-byte corruptions) which must end in a
 * clean error, never a crash.
 */
#include "../../src/core/clone.h"
#include "unit.h"

static JSGlobalContextRef ctx;

static JSValueRef eval(const char *src) {
    JSStringRef s = JSStringCreateWithUTF8CString(src);
    JSValueRef exc = NULL;
    JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, &exc);
    JSStringRelease(s);
    UT_CHECK(v != NULL && exc == NULL);
    return v;
}

static char *message_of(JSValueRef exc) {
    static char buf[256];
    JSStringRef s = JSValueToStringCopy(ctx, exc, NULL);
    JSStringGetUTF8CString(s, buf, sizeof buf);
    JSStringRelease(s);
    return buf;
}

static void hex(const uint8_t *b, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", b[i]);
    out[2 * n] = 0;
}

static size_t unhex(const char *h, uint8_t *out) {
    size_t n = strlen(h) / 2;
    for (size_t i = 0; i < n; i++) {
        unsigned x;
        sscanf(h + 2 * i, "%2x", &x);
        out[i] = (uint8_t)x;
    }
    return n;
}

static void setup(void) {
    ctx = JSGlobalContextCreate(NULL);
}

/* src serializes to want (node's bytes), and those bytes read back to a value
 * for which `check` (a JS function of the value) returns true. */
static void expect(const char *src, const char *want, const char *check) {
    size_t n;
    JSValueRef exc = NULL;
    uint8_t *b = ct_clone_serialize(ctx, eval(src), CT_CLONE_NODE, &n, &exc);
    UT_CHECK(b != NULL && exc == NULL);
    char got[512];
    UT_CHECK(n < 250);
    hex(b, n, got);
    if (strcmp(got, want) != 0) fprintf(stderr, "    %s\n", src);
    UT_CHECK_STR(got, want);
    JSValueRef back = ct_clone_deserialize(ctx, b, n, CT_CLONE_NODE, &exc);
    UT_CHECK(back != NULL && exc == NULL);
    JSObjectRef fn = (JSObjectRef)eval(check);
    JSValueRef ok = JSObjectCallAsFunction(ctx, fn, NULL, 1, &back, &exc);
    if (ok == NULL || !JSValueToBoolean(ctx, ok)) fprintf(stderr, "    check failed for %s\n", src);
    UT_CHECK(ok != NULL && JSValueToBoolean(ctx, ok));
    free(b);
}

static void node_bytes(void) {
    setup();
    expect("undefined", "ff0f5f", "(v) => v === undefined");
    expect("null", "ff0f30", "(v) => v === null");
    expect("true", "ff0f54", "(v) => v === true");
    expect("-1", "ff0f4901", "(v) => v === -1");
    expect("2 ** 31 - 1", "ff0f49feffffff0f", "(v) => v === 2 ** 31 - 1");
    expect("1.5", "ff0f4e000000000000f83f", "(v) => v === 1.5");
    expect("-0", "ff0f4e0000000000000080", "(v) => Object.is(v, -0)");
    expect("'abc'", "ff0f2203616263", "(v) => v === 'abc'");
    expect("'\\u2192'", "ff0f63029221", "(v) => v === '\\u2192'");
    expect("({ ab: '\\u2192' })", "ff0f6f2202616200630292217b01", "(v) => v.ab === '\\u2192'");
    expect("-(2n ** 70n)", "ff0f5a2100000000000000004000000000000000", "(v) => v === -(2n ** 70n)");
    expect("0n", "ff0f5a00", "(v) => v === 0n");
    expect("({ 1: 'a', b: 2 })", "ff0f6f490222016122016249047b02", "(v) => v[1] === 'a' && v.b === 2");
    expect("[1, , 3]", "ff0f61034900490249044906400203", "(v) => v.length === 3 && !(1 in v) && v[2] === 3");
    expect("Object.assign([], { x: 1 })", "ff0f41002201784902240100", "(v) => Array.isArray(v) && v.x === 1");
    expect("new Date(0)", "ff0f440000000000000000", "(v) => v instanceof Date && +v === 0");
    expect("/x+/msuy", "ff0f522202782b3c", "(v) => v instanceof RegExp && v.flags === 'msuy'");
    expect("new Map([[1, 2], ['a', {}]])", "ff0f3b490249042201616f7b003a04",
           "(v) => v instanceof Map && v.get(1) === 2 && typeof v.get('a') === 'object'");
    expect("new Set([1, 'x'])", "ff0f2749022201782c02", "(v) => v instanceof Set && v.has('x')");
    expect("new ArrayBuffer(3)", "ff0f4203000000", "(v) => v instanceof ArrayBuffer && v.byteLength === 3");
    expect("new Uint16Array([1, 2])", "ff0f5c040401000200", "(v) => v instanceof Uint16Array && v[1] === 2");
    expect("new DataView(new ArrayBuffer(2))", "ff0f5c09020000", "(v) => v instanceof DataView && v.byteLength === 2");
    expect("new Number(3)", "ff0f6e0000000000000840", "(v) => v instanceof Number && +v === 3");
    expect("Object(1n)", "ff0f7a100100000000000000", "(v) => typeof v === 'object' && v.valueOf() === 1n");
    expect("(() => { const o = {}; o.self = o; return o; })()", "ff0f6f220473656c665e007b01", "(v) => v.self === v");
    expect("(() => { const e = new RangeError('r', { cause: 1 }); e.stack = 'S'; return e; })()",
           "ff0f72526d220172634902732201532e",
           "(v) => v instanceof RangeError && v.message === 'r' && v.cause === 1 && v.stack === 'S'");
}

static void expect_error(const char *src, int mode, const char *msg) {
    size_t n;
    JSValueRef exc = NULL;
    UT_CHECK(ct_clone_serialize(ctx, eval(src), mode, &n, &exc) == NULL);
    UT_CHECK(exc != NULL);
    UT_CHECK_STR(message_of(exc), msg);
}

static void uncloneable(void) {
    setup();
    expect_error("(() => 1)", CT_CLONE_NODE, "Error: () => 1 could not be cloned.");
    expect_error("Symbol('s')", CT_CLONE_NODE, "Error: Symbol(s) could not be cloned.");
    expect_error("new WeakMap()", CT_CLONE_NODE, "Error: #<WeakMap> could not be cloned.");
    expect_error("({ p: Promise.resolve() })", CT_CLONE_NODE, "Error: #<Promise> could not be cloned.");
    expect_error("(() => 1)", CT_CLONE_IPC, "Error: An object could not be cloned.");
    expect_error("[new WeakSet()]", CT_CLONE_IPC, "Error: An object could not be cloned.");
    expect_error("({ get x() { throw new TypeError('boom'); } })", CT_CLONE_IPC, "TypeError: boom");
    /* nesting past the limit fails cleanly on the way out too */
    expect_error("(() => { let a = 1; for (let i = 0; i < 2000; i++) a = [a]; return a; })()", CT_CLONE_IPC,
                 "Error: An object could not be cloned.");
}

/* In IPC mode a Buffer-like Uint8Array (prototype changed) still arrives
 * as a plain Uint8Array: type index 1, never 10. */
static void ipc_typed_arrays(void) {
    setup();
    eval("globalThis.Buffer = class Buffer extends Uint8Array {}");
    size_t n;
    JSValueRef exc = NULL;
    uint8_t *b = ct_clone_serialize(ctx, eval("new Buffer([7])"), CT_CLONE_IPC, &n, &exc);
    char got[64];
    hex(b, n, got);
    UT_CHECK_STR(got, "ff0f5c010107");
    free(b);
    b = ct_clone_serialize(ctx, eval("new Buffer([7])"), CT_CLONE_NODE, &n, &exc);
    hex(b, n, got);
    UT_CHECK_STR(got, "ff0f5c0a0107");
    JSValueRef v = ct_clone_deserialize(ctx, b, n, CT_CLONE_IPC, &exc);
    UT_CHECK(v != NULL && JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeUint8Array);
    UT_CHECK(JSObjectGetPrototype(ctx, (JSObjectRef)v) == eval("Uint8Array.prototype"));
    v = ct_clone_deserialize(ctx, b, n, CT_CLONE_NODE, &exc);
    UT_CHECK(JSObjectGetPrototype(ctx, (JSObjectRef)v) == eval("Buffer.prototype"));
    free(b);
}

/* A 1 MiB typed array goes through as one copy. */
static void big_bytes(void) {
    setup();
    size_t n;
    JSValueRef exc = NULL;
    JSValueRef src = eval("(() => { const a = new Uint8Array(1 << 20); for (let i = 0; i < a.length; i++) a[i] = i * 7; return a; })()");
    uint8_t *b = ct_clone_serialize(ctx, src, CT_CLONE_IPC, &n, &exc);
    UT_CHECK(b != NULL && n == 2 + 1 + 1 + 3 + (1 << 20));
    JSValueRef back = ct_clone_deserialize(ctx, b, n, CT_CLONE_IPC, &exc);
    JSObjectRef eq = (JSObjectRef)eval("(a, b) => a.length === b.length && a.every((x, i) => x === b[i])");
    JSValueRef args[2] = { src, back };
    UT_CHECK(JSValueToBoolean(ctx, JSObjectCallAsFunction(ctx, eq, NULL, 2, args, NULL)));
    free(b);
}

static void expect_bad(const char *h, const char *msg) {
    uint8_t b[8192];
    size_t n = unhex(h, b);
    JSValueRef exc = NULL;
    UT_CHECK(ct_clone_deserialize(ctx, b, n, CT_CLONE_IPC, &exc) == NULL);
    UT_CHECK(exc != NULL);
    UT_CHECK_STR(message_of(exc), msg);
}

static const char BAD[] = "Error: Unable to deserialize cloned data.";
static const char VERSION[] = "Error: Unable to deserialize cloned data due to invalid or unsupported version.";

static void malformed(void) {
    setup();
    expect_bad("", VERSION);
    expect_bad("ff", VERSION);
    expect_bad("ff10", VERSION);
    expect_bad("fe0f5f", VERSION);
    expect_bad("ff0f", BAD);
    expect_bad("ff0f01", BAD);             /* unknown tag */
    expect_bad("ff0f49ffffffffff0f", BAD); /* varint over 32 bits */
    expect_bad("ff0f22ffffffff0f", BAD);   /* huge string length */
    expect_bad("ff0f63036100", BAD);       /* odd UTF-16 byte length */
    expect_bad("ff0f41ffffffff0f", BAD);   /* huge dense array */
    expect_bad("ff0f42ffffffff0f", BAD);   /* huge ArrayBuffer */
    expect_bad("ff0f5affffffff0f", BAD);   /* huge BigInt */
    expect_bad("ff0f5e00", BAD);           /* back-reference to nothing */
    expect_bad("ff0f6f5e00", BAD);         /* back-reference as a key */
    expect_bad("ff0f72635e002e", BAD);     /* an error's cause naming itself */
    expect_bad("ff0f6f220161497b01", BAD); /* truncated property value */
    expect_bad("ff0f6f7b01", BAD);         /* wrong property count */
    expect_bad("ff0f2749022c05", BAD);     /* wrong Set count */
    expect_bad("ff0f5c0dff0f", BAD);       /* host type index out of range */
    expect_bad("ff0f52220128ffff03", BAD); /* regexp flags out of range */
    /* deep nesting: 1100 objects inside each other */
    char deep[4 + 1100 * 10 + 1] = "ff0f";
    for (int i = 0; i < 1100; i++) strcat(deep, "6f2201616f");
    expect_bad(deep, BAD);
}

/* Every prefix of a rich value fails cleanly; only the whole succeeds. */
static void every_truncation(void) {
    setup();
    size_t n;
    JSValueRef exc = NULL;
    uint8_t *b = ct_clone_serialize(ctx,
        eval("(() => { const o = { s: 'x\\u2192', n: [1, 2.5, , 4n], m: new Map([[{}, new Set([new Date(1)])]]),"
             " r: /a/g, e: new Error('m'), u: new Uint32Array([9]), b: new Number(1) }; o.o = o; return o; })()"),
        CT_CLONE_NODE, &n, &exc);
    UT_CHECK(b != NULL);
    for (size_t i = 0; i < n; i++) {
        exc = NULL;
        UT_CHECK(ct_clone_deserialize(ctx, b, i, CT_CLONE_NODE, &exc) == NULL && exc != NULL);
    }
    UT_CHECK(ct_clone_deserialize(ctx, b, n, CT_CLONE_NODE, &exc) != NULL);
    /* and every single-byte corruption either decodes or fails cleanly */
    uint8_t *c = malloc(n);
    for (size_t i = 2; i < n; i++) {
        for (int x = 0; x < 256; x += 7) {
            memcpy(c, b, n);
            c[i] = (uint8_t)x;
            exc = NULL;
            JSValueRef v = ct_clone_deserialize(ctx, c, n, CT_CLONE_NODE, &exc);
            UT_CHECK((v == NULL) == (exc != NULL));
        }
    }
    free(c);
    free(b);
}

/* write_value/read_value: values back to back in one buffer. */
static void value_stream(void) {
    setup();
    size_t n1, n2;
    JSValueRef exc = NULL;
    uint8_t *a = ct_clone_write_value(ctx, eval("'one'"), CT_CLONE_NODE, &n1, &exc);
    uint8_t *b = ct_clone_write_value(ctx, eval("[2]"), CT_CLONE_NODE, &n2, &exc);
    uint8_t buf[64];
    memcpy(buf, a, n1);
    memcpy(buf + n1, b, n2);
    size_t pos = 0;
    JSValueRef v = ct_clone_read_value(ctx, buf, n1 + n2, &pos, CT_CLONE_NODE, &exc);
    UT_CHECK(v != NULL && JSValueIsString(ctx, v) && pos == n1);
    v = ct_clone_read_value(ctx, buf, n1 + n2, &pos, CT_CLONE_NODE, &exc);
    UT_CHECK(v != NULL && JSValueIsArray(ctx, v) && pos == n1 + n2);
    UT_CHECK(ct_clone_read_value(ctx, buf, n1 + n2, &pos, CT_CLONE_NODE, &exc) == NULL);
    UT_CHECK(pos == n1 + n2);
    free(a);
    free(b);
}

static const ut_case cases[] = {
    { "node_bytes", node_bytes, 0 },
    { "uncloneable", uncloneable, 0 },
    { "ipc_typed_arrays", ipc_typed_arrays, 0 },
    { "big_bytes", big_bytes, 0 },
    { "malformed", malformed, 0 },
    { "every_truncation", every_truncation, 0 },
    { "value_stream", value_stream, 0 },
    { NULL, NULL, 0 }
};

int main(int argc, char **argv) { return ut_main(cases, argc, argv); }
