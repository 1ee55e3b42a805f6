/* fileio.c: the POSIX calls under java.io's file streams, java.io.File and
 * java.nio.file.Files.  Every native returns its result or, on failure, a
 * negative value with errno kept for LimeFiles.errorText()/errno0(),
 * so the Java side builds the JDK's exception and message. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

static _Thread_local int last_errno; /* errno of the last failed native */

static int32_t failed(void) {
    last_errno = errno;
    return -2;
}

/* the C path of a Java path; Java rejects paths with NUL chars first */
static const char *c_path(LimeString *path) { return lime_rt_string_to_utf8(path); }

/* open(2) with FileDescriptor's mode bits: 0 reads; WRITE (1) writes,
 * CREATE (2), TRUNCATE (4), APPEND (8), EXCL (16) as O_CREAT ...; files
 * are created 0666 less the umask, as the JDK's.  A directory opened for
 * reading fails with EISDIR, as FileInputStream does. */
int32_t lime_native_java_io_LimeFiles_open0(LimeString *path, int32_t mode) {
    int flags = mode & 1 ? O_WRONLY : O_RDONLY;
    if (mode & 2) flags |= O_CREAT;
    if (mode & 4) flags |= O_TRUNC;
    if (mode & 8) flags |= O_APPEND;
    if (mode & 16) flags |= O_EXCL;
    int fd;
    do fd = open(c_path(path), flags | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return failed();
    struct stat st;
    if (mode == 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        return failed();
    }
    return fd;
}

/* read(2) of up to len bytes into b[off..]: the count, -1 at the end, -2 on error */
int32_t lime_native_java_io_LimeFiles_read0(int32_t fd, LimeArray *b, int32_t off, int32_t len) {
    if (len == 0) return 0;
    ssize_t n;
    do n = read(fd, (char *)b + LIME_ARRAY_DATA_OFFSET + off, (size_t)len);
    while (n < 0 && errno == EINTR);
    if (n < 0) return failed();
    return n == 0 ? -1 : (int32_t)n;
}

/* write(2) of all of b[off, off+len): 0, or -2 on error */
int32_t lime_native_java_io_LimeFiles_write0(int32_t fd, LimeArray *b, int32_t off, int32_t len) {
    const char *p = (const char *)b + LIME_ARRAY_DATA_OFFSET + off;
    while (len > 0) {
        ssize_t n = write(fd, p, (size_t)len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failed();
        p += n, len -= (int32_t)n;
    }
    return 0;
}

/* What the JDK's FileInputStream.available() reports for fd: a pipe's,
 * socket's or terminal's bytes ready to read (FIONREAD), else the bytes
 * between its position and its end; 0 where neither can be asked. */
int64_t lime_rt_fd_available(int fd) {
    struct stat st;
    if (fstat(fd, &st) < 0) return 0;
    int ready;
    if ((S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) && ioctl(fd, FIONREAD, &ready) >= 0)
        return ready;
    off_t at = lseek(fd, 0, SEEK_CUR), end = S_ISREG(st.st_mode) ? st.st_size : at < 0 ? -1 : lseek(fd, 0, SEEK_END);
    if (!S_ISREG(st.st_mode) && end >= 0) lseek(fd, at, SEEK_SET);
    return at >= 0 && end > at ? end - at : 0;
}

int32_t lime_native_java_io_LimeFiles_available0(int32_t fd) {
    int64_t left = lime_rt_fd_available(fd);
    return left > INT32_MAX ? INT32_MAX : (int32_t)left;
}

int32_t lime_native_java_io_LimeFiles_close0(int32_t fd) { return close(fd) < 0 && errno != EINTR ? failed() : 0; }

/* strerror of the last failure: the JDK's wording comes from it too */
LimeString *lime_native_java_io_LimeFiles_errorText(void) {
    const char *s = strerror(last_errno);
    return lime_string_from_utf8(s, (int64_t)strlen(s));
}

/* the errno of the last failure, as one of FileDescriptor's E* codes */
int32_t lime_native_java_io_LimeFiles_errno0(void) {
    switch (last_errno) {
    case ENOENT: return 1;
    case EEXIST: return 2;
    case EACCES: case EPERM: return 3;
    case ENOTEMPTY: return 4;
    case ENOTDIR: return 5;
    case EISDIR: return 6;
    case EXDEV: return 7;
    default: return 0;
    }
}

/* stat(2), or lstat(2) unless follow: 1 a regular file, 2 a directory,
 * 3 something else; -2 on error */
int32_t lime_native_java_io_LimeFiles_kind0(LimeString *path, bool follow) {
    struct stat st;
    if ((follow ? stat(c_path(path), &st) : lstat(c_path(path), &st)) < 0) return failed();
    return S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3;
}

/* the size in bytes, or -2 on error */
int64_t lime_native_java_io_LimeFiles_size0(LimeString *path) {
    struct stat st;
    if (stat(c_path(path), &st) < 0) return failed();
    return (int64_t)st.st_size;
}

/* remove(3): a file or an empty directory; 0, or -2 on error */
int32_t lime_native_java_io_LimeFiles_remove0(LimeString *path) { return remove(c_path(path)) < 0 ? failed() : 0; }

/* mkdir(2) with mode 0777 less the umask; 0, or -2 on error */
int32_t lime_native_java_io_LimeFiles_mkdir0(LimeString *path) { return mkdir(c_path(path), 0777) < 0 ? failed() : 0; }

/* access(2) with R_OK (4), W_OK (2) or X_OK (1): 0, or -2 */
int32_t lime_native_java_io_LimeFiles_access0(LimeString *path, int32_t how) {
    return access(c_path(path), how) < 0 ? failed() : 0;
}

/* the names in directory dir, in readdir's order (the JDK's too), "." and
 * ".." left out, each followed by '/' (no name holds one); NULL on error */
LimeString *lime_native_java_io_LimeFiles_list0(LimeString *dir) {
    DIR *d = opendir(c_path(dir));
    if (!d) {
        failed();
        return NULL;
    }
    size_t len = 0, cap = 256;
    char *names = malloc(cap);
    struct dirent *e;
    errno = 0;
    while (names && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        size_t n = strlen(e->d_name);
        if (len + n + 1 > cap) {
            while (len + n + 1 > cap) cap *= 2;
            char *more = realloc(names, cap);
            if (!more) free(names);
            names = more;
            if (!names) break;
        }
        memcpy(names + len, e->d_name, n);
        len += n;
        names[len++] = '/';
    }
    if (!names) lime_throw("OutOfMemoryError", "Java heap space");
    int err = errno;
    closedir(d);
    LimeString *r = NULL;
    if (err) {
        errno = err;
        failed();
    } else r = lime_string_from_utf8(names, (int64_t)len);
    free(names);
    return r;
}

/* write(2) of all n bytes */
static bool write_all(int fd, const char *b, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, b, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return false;
        b += w;
        n -= (size_t)w;
    }
    return true;
}

/* Files.copy of a regular file: its bytes and permission bits into a new
 * file dst (O_EXCL: Files.copy deletes a target it replaces first).  0;
 * -2: the source failed (errno); -3: the target failed. */
int32_t lime_native_java_io_LimeFiles_copy0(LimeString *src, LimeString *dst) {
    int in = open(c_path(src), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (in < 0 || fstat(in, &st) < 0) {
        failed();
        if (in >= 0) close(in);
        return -2;
    }
    int out = open(c_path(dst), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
    int32_t status = out < 0 ? -3 : 0;
    char buf[65536];
    while (status == 0) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) status = -2;
        else if (n == 0) break;
        else if (!write_all(out, buf, (size_t)n)) status = -3;
    }
    if (status == 0 && fchmod(out, st.st_mode & 07777) < 0) status = -3;
    if (status != 0) failed();
    close(in);
    if (out >= 0 && close(out) < 0 && status == 0) {
        failed();
        status = -3;
    }
    return status;
}

/* rename(2); 0, or -2 on error (EXDEV: another file system) */
int32_t lime_native_java_io_LimeFiles_rename0(LimeString *src, LimeString *dst) {
    return rename(c_path(src), c_path(dst)) < 0 ? failed() : 0;
}

/* a (stat, or lstat unless follow_a) and b (lstat) are one file: 1; not
 * (or no b): 0; -2 when a fails */
int32_t lime_native_java_io_LimeFiles_sameFile0(LimeString *a, bool follow_a, LimeString *b) {
    struct stat sa, sb;
    if ((follow_a ? stat(c_path(a), &sa) : lstat(c_path(a), &sa)) < 0) return failed();
    if (lstat(c_path(b), &sb) < 0) return 0;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
