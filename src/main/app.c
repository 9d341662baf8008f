/* SPDX-License-Identifier: MIT
 *
 * app.c — the native half of Electron's `app`: the GLib main loop the main
 * process runs in, the platform paths behind app.getPath, relaunch, and the
 * single-instance lock with 'second-instance' delivery. Main process.
 *
 * The lifecycle itself (ready, quit sequence, window-all-closed) is policy
 * and lives in lib/electron/main/app.js; C only ends the loop when JS says.
 *
 * Single instance: the first instance takes an flock on
 * <runtime dir>/cathode-<uid>/<hash of userData>.lock and listens on the
 * .sock next to it. A later instance fails the flock, connects, writes its
 * JSON message ({argv, cwd, additionalData}, built by JS) and waits for a
 * one-byte ack; the first instance hands the bytes to JS. Main loop thread
 * only.
 */
#include "main.h"

#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#define APP_SINGLE_INSTANCE_MAX (32u << 20) /* Electron's Linux limit */

static GMainLoop *main_loop;          /* owned: made and freed by ctm_app_run */
static bool quit_requested;           /* quit() before the loop started */
static ctm_emitter_t app_emitter;
static char **relaunch_argv;          /* owned (g_strfreev): spawned after the loop */

/* single-instance state: all owned, released by release_lock() */
static int lock_fd = -1;
static int listen_fd = -1;
static guint listen_watch;
static char *sock_path;

typedef struct {
    int fd;             /* owned: closed in client_free */
    GByteArray *data;   /* owned */
    guint watch;
} si_client_t;

int ctm_app_run(void) {
    if (quit_requested) return 0;
    main_loop = g_main_loop_new(NULL, FALSE);
    g_main_loop_run(main_loop);
    g_main_loop_unref(main_loop);
    main_loop = NULL;
    if (relaunch_argv != NULL) {
        GError *err = NULL;
        if (!g_spawn_async(NULL, relaunch_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err)) {
            fprintf(stderr, "cathode: relaunch failed: %s\n", err->message);
            g_error_free(err);
        }
    }
    return 0;
}

/* quitLoop(): ends ctm_app_run once the current callback returns. */
static JSValueRef app_quit_loop(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)argc; (void)argv; (void)exc;
    if (main_loop != NULL) g_main_loop_quit(main_loop);
    else quit_requested = true;
    return JSValueMakeUndefined(ctx);
}

static JSValueRef app_set_emitter(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                  const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)exc;
    ctm_emitter_set(&app_emitter, ctx, ct_js_arg(ctx, argc, argv, 0));
    return JSValueMakeUndefined(ctx);
}

static void set_path(JSContextRef ctx, JSObjectRef o, const char *name, const char *path) {
    ct_js_set(ctx, o, name, ct_js_str(ctx, path));
}

static void set_user_dir(JSContextRef ctx, JSObjectRef o, const char *name, GUserDirectory d,
                         const char *fallback) {
    const char *p = g_get_user_special_dir(d);
    if (p != NULL) {
        set_path(ctx, o, name, p);
        return;
    }
    char *f = g_build_filename(g_get_home_dir(), fallback, NULL);
    set_path(ctx, o, name, f);
    g_free(f);
}

/* systemPaths(): the platform directories app.getPath derives its names from. */
static JSValueRef app_system_paths(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                   const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)argc; (void)argv; (void)exc;
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    set_path(ctx, o, "home", g_get_home_dir());
    set_path(ctx, o, "appData", g_get_user_config_dir());
    set_path(ctx, o, "cache", g_get_user_cache_dir());
    set_path(ctx, o, "temp", g_get_tmp_dir());
    char *exe = g_file_read_link("/proc/self/exe", NULL);
    if (exe != NULL) set_path(ctx, o, "exe", exe);
    g_free(exe);
    set_user_dir(ctx, o, "desktop", G_USER_DIRECTORY_DESKTOP, "Desktop");
    set_user_dir(ctx, o, "documents", G_USER_DIRECTORY_DOCUMENTS, "Documents");
    set_user_dir(ctx, o, "downloads", G_USER_DIRECTORY_DOWNLOAD, "Downloads");
    set_user_dir(ctx, o, "music", G_USER_DIRECTORY_MUSIC, "Music");
    set_user_dir(ctx, o, "pictures", G_USER_DIRECTORY_PICTURES, "Pictures");
    set_user_dir(ctx, o, "videos", G_USER_DIRECTORY_VIDEOS, "Videos");
    return o;
}

/* isDirectory(path) -> boolean */
static JSValueRef app_is_directory(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                   const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)exc;
    char *p = ctm_str(ctx, ct_js_arg(ctx, argc, argv, 0));
    bool r = p != NULL && g_file_test(p, G_FILE_TEST_IS_DIR);
    g_free(p);
    return JSValueMakeBoolean(ctx, r);
}

/* setRelaunch(argv[]): spawn argv once the main loop has ended. */
static JSValueRef app_set_relaunch(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                   const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self;
    JSValueRef a = ct_js_arg(ctx, argc, argv, 0);
    if (!JSValueIsArray(ctx, a)) return ct_throw_type(ctx, exc, "setRelaunch: array expected");
    int n = (int)ctm_num(ctx, ct_js_get(ctx, (JSObjectRef)a, "length"), 0);
    if (n < 1) return ct_throw_type(ctx, exc, "setRelaunch: empty argv");
    char **v = g_new0(char *, (size_t)n + 1);
    for (int i = 0; i < n; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)a, (unsigned)i, NULL);
        v[i] = ctm_str(ctx, e);
        if (v[i] == NULL) v[i] = g_strdup("");
    }
    g_strfreev(relaunch_argv);
    relaunch_argv = v;
    return JSValueMakeUndefined(ctx);
}

/* setLauncherProgress(appUri, progress): the Unity launcher API, which docks
 * (Ubuntu Dock, Dash-to-Dock, KDE's task manager) read for a progress bar on
 * the app's icon; progress < 0 hides it. Nothing happens without a session
 * bus. The connection is GIO's shared singleton, kept for the process. */
static JSValueRef app_set_launcher_progress(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                            size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)exc;
    static GDBusConnection *bus;
    static bool tried;
    char *uri = ctm_str(ctx, ct_js_arg(ctx, argc, argv, 0));
    double p = ctm_num(ctx, ct_js_arg(ctx, argc, argv, 1), -1);
    if (!tried && g_getenv("DBUS_SESSION_BUS_ADDRESS") != NULL) {
        tried = true;
        bus = g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, NULL);
    }
    bool sent = false;
    if (bus != NULL && uri != NULL) {
        GVariantBuilder b;
        g_variant_builder_init(&b, G_VARIANT_TYPE("a{sv}"));
        g_variant_builder_add(&b, "{sv}", "progress", g_variant_new_double(p < 0 ? 0 : p > 1 ? 1 : p));
        g_variant_builder_add(&b, "{sv}", "progress-visible", g_variant_new_boolean(p >= 0));
        char *path = g_strdup_printf("/com/canonical/unity/launcherentry/%u", g_str_hash(uri));
        sent = g_dbus_connection_emit_signal(bus, NULL, path, "com.canonical.Unity.LauncherEntry",
                                             "Update", g_variant_new("(sa{sv})", uri, &b), NULL);
        g_free(path);
    }
    g_free(uri);
    return JSValueMakeBoolean(ctx, sent);
}

/* ---- single instance ---- */

static void client_free(si_client_t *c) {
    if (c->watch) g_source_remove(c->watch);
    close(c->fd);
    g_byte_array_free(c->data, TRUE);
    g_free(c);
}

static gboolean on_client_readable(gint fd, GIOCondition cond, gpointer data) {
    (void)cond;
    si_client_t *c = data;
    uint8_t buf[65536];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return G_SOURCE_CONTINUE;
    if (n > 0 && c->data->len + (size_t)n <= APP_SINGLE_INSTANCE_MAX) {
        g_byte_array_append(c->data, buf, (guint)n);
        return G_SOURCE_CONTINUE;
    }
    c->watch = 0; /* returning REMOVE drops the source */
    if (n == 0) {
        /* complete message: ack, then hand it to JS */
        static const char ack = 'k';
        ssize_t w = write(fd, &ack, 1);
        (void)w;
        if (app_emitter.ctx != NULL) {
            JSValueRef arg = ct_js_strn(app_emitter.ctx, (const char *)c->data->data, c->data->len);
            ctm_emit(&app_emitter, 0, "second-instance", 1, &arg);
        }
    }
    client_free(c);
    return G_SOURCE_REMOVE;
}

static gboolean on_listen_readable(gint fd, GIOCondition cond, gpointer data) {
    (void)cond; (void)data;
    int cfd = accept4(fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (cfd < 0) return G_SOURCE_CONTINUE;
    si_client_t *c = g_new0(si_client_t, 1);
    c->fd = cfd;
    c->data = g_byte_array_new();
    c->watch = g_unix_fd_add(cfd, G_IO_IN | G_IO_HUP | G_IO_ERR, on_client_readable, c);
    return G_SOURCE_CONTINUE;
}

static void release_lock(void) {
    if (listen_watch) g_source_remove(listen_watch);
    listen_watch = 0;
    if (listen_fd >= 0) {
        close(listen_fd);
        if (sock_path) unlink(sock_path);
    }
    listen_fd = -1;
    if (lock_fd >= 0) close(lock_fd); /* drops the flock */
    lock_fd = -1;
    g_free(sock_path);
    sock_path = NULL;
}

/* Sends msg to the instance listening at path. Returns 0 or a negative errno. */
static int send_to_first(const char *path, const char *msg, size_t len) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -errno;
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    g_strlcpy(sa.sun_path, path, sizeof sa.sun_path);
    int err = -ECONNREFUSED;
    /* the first instance may hold the lock but not listen yet */
    for (int i = 0; i < 50; i++) {
        if (connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0) { err = 0; break; }
        err = -errno;
        g_usleep(20000);
    }
    if (err == 0) {
        struct timeval tv = { .tv_sec = 5 };
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        size_t off = 0;
        while (off < len) {
            ssize_t w = write(fd, msg + off, len - off);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) { err = -errno; break; }
            off += (size_t)w;
        }
        shutdown(fd, SHUT_WR);
        char ack;
        if (err == 0 && read(fd, &ack, 1) != 1) err = -EPROTO;
    }
    close(fd);
    return err;
}

/* requestSingleInstanceLock(key, message) -> boolean. key names the lock
 * (JS passes the userData path); message is what a second instance sends. */
static JSValueRef app_request_single_instance_lock(JSContextRef ctx, JSObjectRef fn,
                                                   JSObjectRef self, size_t argc,
                                                   const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)exc;
    if (lock_fd >= 0) return JSValueMakeBoolean(ctx, true);
    char *key = ctm_str(ctx, ct_js_arg(ctx, argc, argv, 0));
    char *msg = ctm_str(ctx, ct_js_arg(ctx, argc, argv, 1));
    if (key == NULL) key = g_strdup("default");
    if (msg == NULL) msg = g_strdup("{}");
    char *hash = g_compute_checksum_for_string(G_CHECKSUM_SHA256, key, -1);
    hash[24] = 0;
    const char *base = g_getenv("XDG_RUNTIME_DIR");
    if (base == NULL || !g_file_test(base, G_FILE_TEST_IS_DIR)) base = g_get_tmp_dir();
    char *dirname = g_strdup_printf("cathode-%u", (unsigned)getuid());
    char *dir = g_build_filename(base, dirname, NULL);
    g_mkdir_with_parents(dir, 0700);
    char *lockname = g_strdup_printf("%s.lock", hash);
    char *sockname = g_strdup_printf("%s.sock", hash);
    char *lock_path = g_build_filename(dir, lockname, NULL);
    char *spath = g_build_filename(dir, sockname, NULL);
    bool got = false;

    int lfd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lfd >= 0 && flock(lfd, LOCK_EX | LOCK_NB) == 0) {
        got = true;
        lock_fd = lfd;
        sock_path = spath;
        spath = NULL;
        unlink(sock_path);
        int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        struct sockaddr_un sa = { .sun_family = AF_UNIX };
        g_strlcpy(sa.sun_path, sock_path, sizeof sa.sun_path);
        if (s >= 0 && bind(s, (struct sockaddr *)&sa, sizeof sa) == 0 && listen(s, 16) == 0) {
            listen_fd = s;
            listen_watch = g_unix_fd_add(s, G_IO_IN, on_listen_readable, NULL);
        } else if (s >= 0) {
            close(s); /* we still hold the lock; second instances just fail to reach us */
        }
    } else {
        if (lfd >= 0) close(lfd);
        send_to_first(spath, msg, strlen(msg));
    }
    g_free(spath);
    g_free(lock_path);
    g_free(sockname);
    g_free(lockname);
    g_free(dir);
    g_free(dirname);
    g_free(hash);
    g_free(key);
    g_free(msg);
    return JSValueMakeBoolean(ctx, got);
}

static JSValueRef app_release_single_instance_lock(JSContextRef ctx, JSObjectRef fn,
                                                   JSObjectRef self, size_t argc,
                                                   const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self; (void)argc; (void)argv; (void)exc;
    release_lock();
    return JSValueMakeUndefined(ctx);
}

static const ct_binding_fn app_fns[] = {
    { "isDirectory", app_is_directory, 1 },
    { "quitLoop", app_quit_loop, 0 },
    { "releaseSingleInstanceLock", app_release_single_instance_lock, 0 },
    { "requestSingleInstanceLock", app_request_single_instance_lock, 2 },
    { "setEmitter", app_set_emitter, 1 },
    { "setLauncherProgress", app_set_launcher_progress, 2 },
    { "setRelaunch", app_set_relaunch, 1 },
    { "systemPaths", app_system_paths, 0 },
    { NULL, NULL, 0 }
};

void ctm_app_init(JSContextRef ctx, JSObjectRef target) {
    ct_binding_install(ctx, target, app_fns);
}
