/* SPDX-License-Identifier: MIT
 *
 * main.c — the cathode executable: command line, run-as-node, and the
 * Electron main process entry.
 *
 *   cathode APP [args]              APP: a directory with package.json, or a .js file
 *   ELECTRON_RUN_AS_NODE=1 cathode [node options] [script.js | -e CODE | -p CODE] [args]
 *
 * Options are parsed here because they decide what kind of runtime to build;
 * everything after that (finding the app, package.json, the main script) is
 * done by lib/ JavaScript, which reports errors with file names.
 *
 * This file is built twice. `cathode` (CT_LAUNCHER) links only the core
 * (JavaScriptCore, libuv, GLib): run-as-node starts in ~1/4 of the time a
 * binary linked to GTK and WebKitGTK's 170 libraries needs. For an Electron
 * app it execs `cathode-main` from its own directory (same pid, same argv),
 * which links the GUI; process.execPath stays the `cathode` the user ran,
 * handed over in CATHODE_EXEC_PATH.
 */
#ifdef CT_LAUNCHER
#include "../core/ct.h"
#include <errno.h>
#include <unistd.h>
#else
#include "main.h"
#endif

#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef CT_LAUNCHER
extern const ct_js_source_t ct_js_sources_main[];
#endif

static void usage(FILE *f) {
    fputs("Usage: cathode [options] APP [args...]\n"
          "       ELECTRON_RUN_AS_NODE=1 cathode [node options] [script.js | -e CODE | -p CODE] [args...]\n"
          "\n"
          "Runs an Electron app (a directory with package.json, or a .js file) with\n"
          "cathode's Electron-compatible runtime on WebKitGTK.\n"
          "\n"
          "Options:\n"
          "  -v, --version        print cathode's version and the Electron/Node versions it implements\n"
          "  -h, --help           print this help\n"
          "  --no-legacy-defaults don't give windows the webPreferences defaults of an older\n"
          "                       electron that package.json declares (also CATHODE_LEGACY_DEFAULTS=0)\n"
          "\n"
          "Run-as-node options (with ELECTRON_RUN_AS_NODE=1):\n"
          "  -e, --eval CODE      evaluate CODE\n"
          "  -p, --print CODE     evaluate CODE and print the result\n"
          "  -r, --require MOD    require MOD before the script\n"
          "  --no-warnings, --no-deprecation, --pending-deprecation, --expose-gc,\n"
          "  --trace-warnings, --throw-deprecation, --trace-deprecation,\n"
          "  --abort-on-uncaught-exception, --stack-trace-limit=N   as in Node\n",
          f);
}

static bool run_as_node(void) {
    const char *v = getenv("ELECTRON_RUN_AS_NODE");
    return v != NULL && v[0] != 0 && strcmp(v, "0") != 0;
}

/* Node options that take no value and are kept in process.execArgv. */
static bool is_node_flag(const char *a) {
    static const char *const flags[] = {
        "--no-warnings", "--no-deprecation", "--pending-deprecation", "--expose-gc",
        "--expose_gc", "--trace-warnings", "--throw-deprecation", "--trace-deprecation",
        "--abort-on-uncaught-exception", "--trace-uncaught", "--preserve-symlinks",
        "--no-experimental-fetch", "--experimental-vm-modules", "--unhandled-rejections=strict",
        "--unhandled-rejections=warn", "--unhandled-rejections=none", "--unhandled-rejections=throw",
        "--unhandled-rejections=warn-with-error-code", "--enable-source-maps", "--no-addons",
        "--experimental-require-module", "--no-experimental-require-module",
        "--harmony", "--no-force-async-hooks-checks", "--expose-internals", NULL
    };
    for (int i = 0; flags[i]; i++)
        if (strcmp(a, flags[i]) == 0) return true;
    return strncmp(a, "--stack-trace-limit=", 20) == 0 || strncmp(a, "--title=", 8) == 0 ||
           strncmp(a, "--input-type=", 13) == 0 || strcmp(a, "--experimental-import-meta-resolve") == 0 ||
           strcmp(a, "--experimental-detect-module") == 0 || strcmp(a, "--experimental-default-type=commonjs") == 0 ||
           strncmp(a, "--max-old-space-size=", 21) == 0 || strncmp(a, "--stack-size=", 13) == 0;
}

#ifdef CT_LAUNCHER
/* Replaces this process with cathode-main from the same directory. Returns
 * only on failure, with the exit code to use. */
static int run_main_process(char **argv) {
    char exe[4096];
    size_t len = sizeof exe;
    if (uv_exepath(exe, &len) < 0) {
        fprintf(stderr, "cathode: cannot find its own executable\n");
        return 1;
    }
    char target[4200];
    const char *slash = strrchr(exe, '/');
    int dirlen = slash ? (int)(slash - exe) : 1;
    snprintf(target, sizeof target, "%.*s/cathode-main", dirlen, slash ? exe : ".");
    setenv("CATHODE_EXEC_PATH", exe, 1);
    execv(target, argv);
    fprintf(stderr, "cathode: cannot run %s: %s\n", target, strerror(errno));
    return 1;
}
#else
/* The Electron main process: GTK, the runtime with the main-process
 * bindings, libuv joined to GLib's loop, then the app's main script. The
 * loop runs until app.quit()/app.exit() finishes (ctm_app_run); an empty
 * libuv loop does not end the process, as in Electron. Returns the exit
 * code after process 'exit' has been emitted. The runtime is not freed:
 * windows and their web processes go with the process. */
static int run_main_process(ct_runtime_options_t *o) {
    /* Keep the C locale Node has (number formatting in C code); app.getLocale
     * reads the environment itself. */
    gtk_disable_setlocale();
    if (!gtk_init_check(NULL, NULL)) {
        const char *d = getenv("DISPLAY");
        fprintf(stderr, "cathode: cannot open display: %s\n"
                        "(an Electron app needs an X11 or Wayland display; under CI use Xvfb)\n",
                d ? d : "(DISPLAY not set)");
        return 1;
    }
    /* WebKit must initialise its threading and run loop (done in the
     * WebKitWebContext class init) before the first JSC context exists:
     * with JSC first, views never get past "loading" (measured). */
    g_type_class_unref(g_type_class_ref(WEBKIT_TYPE_WEB_CONTEXT));
    o->extra_bindings = ctm_bindings;
    ct_runtime_t *rt = ct_runtime_new(o);
    ct_loop_attach_glib(rt);
    ct_runtime_start(rt);
    ctm_app_run();
    int code = ct_runtime_emit_exit(rt);
    fflush(stdout);
    fflush(stderr);
    return code;
}
#endif /* CT_LAUNCHER */

int main(int argc, char **argv) {
    /* As Node: a write to a closed pipe or past the file-size limit fails
     * with EPIPE/EFBIG instead of killing the process. libuv restores the
     * default dispositions in every child it spawns. */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    /* Buffers handed to JS are malloc'd and freed by JSC's GC in bursts;
     * with glibc's defaults the heap top is trimmed and regrown (brk +
     * page faults) over and over, and every buffer >= 128 KiB is its own
     * mmap. Measured on a readFileSync loop of 64 KiB files: 0.65 s -> 0.26 s,
     * the same peak RSS. */
    mallopt(M_TRIM_THRESHOLD, 32 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    char **orig_argv = argv;
    argv = uv_setup_args(argc, argv);
    bool node = run_as_node();
    ct_runtime_options_t o = { 0 };
    o.flags = node ? CT_RT_NODE : CT_RT_MAIN;
#ifdef CT_LAUNCHER
    o.extra_sources = NULL;
#else
    o.extra_sources = ct_js_sources_main;
    /* set by the launcher; not passed on to processes the app starts */
    const char *launcher = getenv("CATHODE_EXEC_PATH");
    if (launcher != NULL) {
        o.exec_path = strdup(launcher);
        unsetenv("CATHODE_EXEC_PATH");
    }
#endif
    char **exec_argv = calloc((size_t)argc + 1, sizeof(char *));
    char **js_argv = calloc((size_t)argc + 2, sizeof(char *));
    int ne = 0, na = 0;
    js_argv[na++] = argv[0]; /* replaced by execPath in JS */
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            if (node) printf("v%s\n", CT_NODE_VERSION);
            else printf("cathode %s (Electron %s, Node %s, WebKitGTK %s)\n", CT_VERSION,
                        CT_ELECTRON_VERSION, CT_NODE_VERSION, CT_WEBKIT_VERSION);
            return 0;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (node && (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 || strcmp(a, "-p") == 0 ||
                     strcmp(a, "--print") == 0 || strcmp(a, "-pe") == 0)) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: %s requires an argument\n", argv[0], a);
                return 9;
            }
            o.print_eval = a[1] == 'p' || strcmp(a, "--print") == 0;
            exec_argv[ne++] = argv[i];
            exec_argv[ne++] = argv[i + 1];
            o.eval = argv[++i];
            continue;
        }
        if (node && strncmp(a, "--eval=", 7) == 0) { exec_argv[ne++] = argv[i]; o.eval = a + 7; continue; }
        if (node && strncmp(a, "--print=", 8) == 0) { exec_argv[ne++] = argv[i]; o.eval = a + 8; o.print_eval = true; continue; }
        if (node && (strcmp(a, "-r") == 0 || strcmp(a, "--require") == 0) && i + 1 < argc) {
            exec_argv[ne++] = argv[i];
            exec_argv[ne++] = argv[++i];
            continue;
        }
        if (a[0] == '-' && a[1] != 0 && (is_node_flag(a) || strncmp(a, "--", 2) == 0)) {
            /* Electron passes unknown Chromium switches through to
             * app.commandLine; Node rejects unknown flags. */
            if (node && !is_node_flag(a) && strncmp(a, "--inspect", 9) != 0) {
                fprintf(stderr, "%s: bad option: %s\n", argv[0], a);
                return 9;
            }
            exec_argv[ne++] = argv[i];
            continue;
        }
        break;
    }
    if (o.eval == NULL && i < argc) js_argv[na++] = argv[i++]; /* the script or app */
    for (; i < argc; i++) js_argv[na++] = argv[i];
    if (!node && na == 1) {
        usage(stderr);
        return 9;
    }
    o.argc = na;
    o.argv = js_argv;
    o.exec_argc = ne;
    o.exec_argv = exec_argv;

    if (node) {
        ct_runtime_t *rt = ct_runtime_new(&o);
        ct_runtime_start(rt);
        int code = ct_runtime_run_node_loop(rt);
        ct_runtime_free(rt);
        free(exec_argv);
        free(js_argv);
        return code;
    }
#ifdef CT_LAUNCHER
    (void)argv;
    free(exec_argv);
    free(js_argv);
    return run_main_process(orig_argv);
#else
    (void)orig_argv;
    return run_main_process(&o);
#endif
}
