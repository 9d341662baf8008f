/* SPDX-License-Identifier: MIT
 *
 * socket_pingpong.c — the physical floor under cathode's IPC: two processes
 * on a Unix stream socket (what cathode's renderer ⇄ main channel is), one
 * echoing what the other sends. Prints JSON: round-trip p50/p99 of small
 * messages, one-way messages per second, and echo throughput of 1 MB and
 * 16 MB payloads. bench/ipc.sh divides cathode's numbers by these.
 *
 *   socket_pingpong [ROUNDS]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static void xfer(int fd, void *buf, size_t n, int writing) {
    uint8_t *p = buf;
    while (n > 0) {
        ssize_t r = writing ? write(fd, p, n) : read(fd, p, n);
        if (r <= 0) exit(1);
        p += r;
        n -= (size_t)r;
    }
}

/* length-prefixed messages, as cathode's frames are */
static void send_msg(int fd, const void *b, uint32_t n) {
    xfer(fd, &n, 4, 1);
    xfer(fd, (void *)b, n, 1);
}

static uint32_t recv_msg(int fd, uint8_t **buf, size_t *cap) {
    uint32_t n;
    xfer(fd, &n, 4, 0);
    if (n > *cap) {
        *buf = realloc(*buf, n);
        *cap = n;
    }
    xfer(fd, *buf, n, 0);
    return n;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 5000;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) return 1;
    pid_t pid = fork();
    if (pid == 0) { /* the echo side; a zero-length message ends it */
        close(sv[0]);
        uint8_t *buf = NULL;
        size_t cap = 0;
        for (;;) {
            uint32_t n = recv_msg(sv[1], &buf, &cap);
            if (n == 0) _exit(0);
            if (n == 1 && buf[0] == 'q') continue; /* one-way: no echo */
            send_msg(sv[1], buf, n);
        }
    }
    close(sv[1]);
    int fd = sv[0];
    uint8_t *buf = NULL;
    size_t cap = 0;
    char small[64];
    memset(small, 'x', sizeof small);

    double *lat = malloc(sizeof(double) * (size_t)rounds);
    for (int i = 0; i < rounds; i++) {
        double t = now_us();
        send_msg(fd, small, sizeof small);
        recv_msg(fd, &buf, &cap);
        lat[i] = now_us() - t;
    }
    qsort(lat, (size_t)rounds, sizeof *lat, cmp);
    double p50 = lat[rounds / 2], p99 = lat[rounds * 99 / 100];

    /* one-way throughput: many sends, then one round trip to flush */
    int sends = rounds * 4;
    double t0 = now_us();
    for (int i = 0; i < sends; i++) send_msg(fd, "q", 1);
    send_msg(fd, small, sizeof small);
    recv_msg(fd, &buf, &cap);
    double msgs_per_s = sends / ((now_us() - t0) / 1e6);

    double mbps[2];
    size_t sizes[2] = { 1u << 20, 16u << 20 };
    for (int k = 0; k < 2; k++) {
        uint8_t *big = malloc(sizes[k]);
        memset(big, 7, sizes[k]);
        int reps = k == 0 ? 20 : 4;
        double t = now_us();
        for (int i = 0; i < reps; i++) {
            send_msg(fd, big, (uint32_t)sizes[k]);
            recv_msg(fd, &buf, &cap);
        }
        /* MB carried both ways per second, as the app measures an echo */
        mbps[k] = (double)sizes[k] * 2 * reps / (1 << 20) / ((now_us() - t) / 1e6);
        free(big);
    }
    send_msg(fd, "", 0);
    waitpid(pid, NULL, 0);
    printf("{\"invoke_p50_us\": %.1f, \"invoke_p99_us\": %.1f, \"send_msgs_per_s\": %.0f, "
           "\"mb1_mb_per_s\": %.0f, \"mb16_mb_per_s\": %.0f}\n",
           p50, p99, msgs_per_s, mbps[0], mbps[1]);
    free(lat);
    free(buf);
    return 0;
}
