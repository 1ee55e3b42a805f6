/* fileio.c: the POSIX calls under java.io's file streams, java.io.File and
 * java.nio.file.Files.  Every native returns its result or, on failure, a
 * negative value with errno kept for LimeFiles.errorText()/errno0(),
 * so the Java side builds the JDK's exception and message. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
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

/* the bytes between fd's position and its end (0 where it cannot seek) */
int32_t lime_native_java_io_LimeFiles_available0(int32_t fd) {
    struct stat st;
    off_t at = lseek(fd, 0, SEEK_CUR);
    if (fstat(fd, &st) < 0 || at < 0 || !S_ISREG(st.st_mode)) return 0;
    off_t left = st.st_size > at ? st.st_size - at : 0;
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
