// cramp-bench-spawn: runs one command and reports its wall time and the kernel's accounting.
//
// Why a separate C program: Linux starts a child's ru_maxrss at the resident size of the process
// that forked it (the pre-exec address space counts), so a child of the benchmark itself would
// never look smaller than the benchmark. This launcher is about 1 MiB resident, below anything
// it measures, so the peak it reports is the measured command's own.
//
// Usage: cramp-bench-spawn STDOUT_FILE STDERR_FILE PROGRAM [ARG...]
// Stdin is /dev/null; the environment is inherited. Prints one line on stdout:
//   wall_ns maxrss_kib user_us sys_us exit_status term_signal
// and exits 0, or exits 70 when the command could not be started at all.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long nanoseconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int redirect(const char *path, int flags, int target) {
    int fd = open(path, flags, 0600);
    if (fd < 0) return -1;
    if (fd != target) {
        if (dup2(fd, target) < 0) return -1;
        close(fd);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: cramp-bench-spawn STDOUT_FILE STDERR_FILE PROGRAM [ARG...]\n");
        return 64;
    }
    long long start = nanoseconds();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "cramp-bench-spawn: fork: %s\n", strerror(errno));
        return 70;
    }
    if (pid == 0) {
        if (redirect("/dev/null", O_RDONLY, 0) < 0
            || redirect(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 1) < 0
            || redirect(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 2) < 0) {
            _exit(126);
        }
        execvp(argv[3], argv + 3);
        fprintf(stderr, "cramp-bench-spawn: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    pid_t done;
    do {
        done = wait4(pid, &status, 0, &usage);
    } while (done < 0 && errno == EINTR);
    long long wall = nanoseconds() - start;
    if (done < 0) {
        fprintf(stderr, "cramp-bench-spawn: wait4: %s\n", strerror(errno));
        return 70;
    }
    int exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    long long user = (long long)usage.ru_utime.tv_sec * 1000000LL + usage.ru_utime.tv_usec;
    long long sys = (long long)usage.ru_stime.tv_sec * 1000000LL + usage.ru_stime.tv_usec;
    // ru_maxrss is in kibibytes on Linux and in bytes on macOS; the report reads kibibytes.
#ifdef __APPLE__
    long maxrss = usage.ru_maxrss / 1024;
#else
    long maxrss = usage.ru_maxrss;
#endif
    printf("%lld %ld %lld %lld %d %d\n", wall, maxrss, user, sys, exitStatus, signal);
    return 0;
}
