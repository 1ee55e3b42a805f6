/* mutants.c: the fuzz suite's compiler (tests/run.sh, suite fuzz): what
 * `limec --emit=ir FILE` does, for many files in one process.
 *
 *   lime-mutants SECONDS FILE...
 *
 * The library is parsed once; each FILE then runs through the front end
 * (fuzz/front_once.c) in a forked child, its stderr in FILE.err and its IR
 * printed to /dev/null, so that a file costs a fork instead of a limec
 * start and the library's parse.  For each FILE one line "STATUS FILE" on
 * stdout, STATUS as the shell reports `timeout SECONDS limec --emit=ir FILE`:
 * limec's exit status (0, 1 a user error, 2 an internal error), 124 a hang
 * (more than SECONDS of CPU time), 128 + N death by signal N.  The parent
 * stays single-threaded (a fork while another thread holds the allocator's
 * lock would leave the child stuck). */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "front_once.h"

/* The child: stderr to FILE.err, stdout to /dev/null, a CPU-time limit. */
static _Noreturn void run_child(Program *lib, const char *path, int seconds) {
    const char *err_path = xprintf("%s.err", path);
    int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int null = open("/dev/null", O_WRONLY);
    if (err < 0 || null < 0) _exit(3);
    dup2(err, 2);
    dup2(null, 1);
    signal(SIGXCPU, SIG_DFL);
    struct rlimit cpu = {(rlim_t)seconds, (rlim_t)seconds + 1};
    setrlimit(RLIMIT_CPU, &cpu);
    SourceFile *f = read_source_file(path);   /* (says why it cannot) */
    int status = f ? front_once(lib, f, true) : 1;
    diag_finish();
    fflush(stderr);
    _exit(status);
}

int main(int argc, char **argv) {
    if (argc < 2 || atoi(argv[1]) <= 0) {
        fputs("usage: lime-mutants SECONDS FILE...\n", stderr);
        return 2;
    }
    int seconds = atoi(argv[1]);
    Program *lib = front_library();
    if (!lib) return 2;
    for (int i = 2; i < argc; i++) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            perror("lime-mutants: fork");
            return 2;
        }
        if (pid == 0) run_child(lib, argv[i], seconds);
        int st;
        while (waitpid(pid, &st, 0) < 0) {}
        int status = WIFEXITED(st) ? WEXITSTATUS(st)
                     : WTERMSIG(st) == SIGXCPU || WTERMSIG(st) == SIGKILL ? 124
                     : 128 + WTERMSIG(st);
        printf("%d %s\n", status, argv[i]);
    }
    return fflush(stdout) ? 2 : 0;
}
