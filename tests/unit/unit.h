/* SPDX-License-Identifier: MIT
 *
 * unit.h — the tiny runner behind every tests/unit/test-*.c executable.
 *
 * A test file lists its cases in one ut_case table and calls ut_main(). Each
 * case runs in its own forked child with a timeout (UT_TIMEOUT seconds,
 * default 30), so a crash, an abort or a hang fails that case alone and the
 * next case starts from a clean process. A case passes when its function
 * returns (or the child exits 0). `test-x NAME` runs only the cases whose
 * name contains NAME. Output ends with the line "N passed, N failed".
 *
 * A case marked UT_KNOWN_BUG documents a bug owned by another part of the
 * tree: its failure prints "known bug" and does not fail the run; if it
 * starts passing the runner says so, so the mark can be removed.
 * Included by the test-*.c files beside it only.
 */
#ifndef CT_TESTS_UNIT_H
#define CT_TESTS_UNIT_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    const char *name;
    void (*fn)(void);
    int flags;
} ut_case;

enum { UT_KNOWN_BUG = 1 };

/* Fails the current case (the child exits 1) with file:line and the text. */
#define UT_CHECK(expr)                                                                   \
    do {                                                                                 \
        if (!(expr)) {                                                                   \
            fprintf(stderr, "    %s:%d: check failed: %s\n", __FILE__, __LINE__, #expr); \
            fflush(stderr);                                                              \
            _exit(1);                                                                    \
        }                                                                                \
    } while (0)

#define UT_CHECK_STR(got, want)                                                         \
    do {                                                                                \
        const char *ut_g_ = (got), *ut_w_ = (want);                                     \
        if (ut_g_ == NULL || strcmp(ut_g_, ut_w_) != 0) {                               \
            fprintf(stderr, "    %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                    ut_g_ ? ut_g_ : "(null)", ut_w_);                                   \
            fflush(stderr);                                                             \
            _exit(1);                                                                   \
        }                                                                               \
    } while (0)

/* Runs one case in a child; returns the raw wait status. */
static int ut_run_case(const ut_case *c, unsigned timeout) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return -1;
    }
    if (pid == 0) {
        alarm(timeout); /* SIGALRM's default action ends a hung case */
        c->fn();
        fflush(stdout);
        fflush(stderr);
        _exit(0);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {}
    return status;
}

static int ut_main(const ut_case *cases, int argc, char **argv) {
    const char *filter = argc > 1 ? argv[1] : NULL;
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep our lines in order with the cases' stderr */
    const char *t = getenv("UT_TIMEOUT");
    unsigned timeout = t && atoi(t) > 0 ? (unsigned)atoi(t) : 30;
    int passed = 0, failed = 0, bugs = 0;
    for (const ut_case *c = cases; c->name != NULL; c++) {
        if (filter != NULL && strstr(c->name, filter) == NULL) continue;
        int st = ut_run_case(c, timeout);
        int ok = st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0;
        char why[64] = "";
        if (!ok && st >= 0 && WIFSIGNALED(st))
            snprintf(why, sizeof why, " (%s)",
                     WTERMSIG(st) == SIGALRM ? "timeout" : strsignal(WTERMSIG(st)));
        else if (!ok && st >= 0)
            snprintf(why, sizeof why, " (exit %d)", WEXITSTATUS(st));
        if (c->flags & UT_KNOWN_BUG) {
            printf("%s %s%s\n", ok ? "ok  " : "bug ", c->name,
                   ok ? " (marked UT_KNOWN_BUG but passes: remove the mark)" : " (known bug)");
            if (ok)
                passed++;
            else
                bugs++;
        } else if (ok) {
            printf("ok   %s\n", c->name);
            passed++;
        } else {
            printf("FAIL %s%s\n", c->name, why);
            failed++;
        }
    }
    if (bugs) printf("%d known bug%s not counted\n", bugs, bugs == 1 ? "" : "s");
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#endif /* CT_TESTS_UNIT_H */
