/* jobs.c: how many FPGA builds run at once.  Under make with -jN, make's
 * jobserver decides (GNU make's protocol: MAKEFLAGS carries
 * --jobserver-auth=R,W, two pipe descriptors, or fifo:PATH; a job holds
 * one implicit slot and reads one byte from the server for each further
 * child, writing it back when the child ends); LIME_JOBS=N first; under
 * make without a usable jobserver, one build; outside make, one per
 * processor.
 *
 * Invariant: every token read is written back before fpga_jobs_end
 * returns (a child's as it is reaped), so make's count stays whole. */
#include "fpga.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int server_r = -1, server_w = -1;

/* MAKEFLAGS' jobserver, opened; false when there is none (or its
 * descriptors are not open in this process: make left them out). */
static bool open_jobserver(void) {
    const char *mf = getenv("MAKEFLAGS");
    const char *a = mf ? strstr(mf, "--jobserver-auth=") : NULL;
    if (!a) return false;
    a += strlen("--jobserver-auth=");
    if (!strncmp(a, "fifo:", 5)) {
        size_t n = strcspn(a + 5, " ");
        char *path = xstrdup(xprintf("%.*s", (int)n, a + 5));
        int fd = open(path, O_RDWR | O_CLOEXEC);
        if (fd < 0) return false;
        server_r = server_w = fd;
        return true;
    }
    int r, w;
    if (sscanf(a, "%d,%d", &r, &w) != 2 || fcntl(r, F_GETFD) < 0 || fcntl(w, F_GETFD) < 0) return false;
    server_r = r;
    server_w = w;
    return true;
}

long fpga_jobs_begin(void) {
    const char *env = getenv("LIME_JOBS");
    if (env && atoi(env) > 0) return atoi(env);
    if (open_jobserver()) return 0; /* the server decides */
    const char *mf = getenv("MAKEFLAGS");
    if (mf && *mf) return 1; /* under make without a jobserver we can use (make -j1, or a recipe not marked +) */
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    return jobs < 1 ? 1 : jobs;
}

/* (a child's end interrupts a blocked read of the server: no SA_RESTART) */
static void on_child(int sig) { (void)sig; }

/* One token from the server, waiting while none is free; false when a
 * child ended meanwhile (the caller reaps it and asks again). */
bool fpga_jobs_take(char *token) {
    struct sigaction sa = {.sa_handler = on_child}, old_chld, old_alrm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, &old_chld);
    sigaction(SIGALRM, &sa, &old_alrm);
    /* (another job may take the byte between poll and read: the alarm ends
     * such a read, so this never waits long for a token while a child of
     * its own has ended unseen) */
    struct pollfd p = {.fd = server_r, .events = POLLIN};
    bool got = false;
    if (poll(&p, 1, -1) > 0) {
        alarm(1);
        got = read(server_r, token, 1) == 1; /* EINTR: a child ended, or the alarm */
        alarm(0);
    }
    sigaction(SIGALRM, &old_alrm, NULL);
    sigaction(SIGCHLD, &old_chld, NULL);
    return got;
}

void fpga_jobs_give(char token) {
    while (write(server_w, &token, 1) < 0 && errno == EINTR) {}
}
