/* stdin.c: standard input for the library's java.io.InputStream (System.in),
 * through one buffer that both natives share. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

static unsigned char buf[65536];
static ssize_t len, pos; /* buf[pos, len) is read and not yet taken */

/* whether bytes are at hand, reading(2) once when none are */
static bool fill(void) {
    if (pos < len) return true;
    do len = read(0, buf, sizeof buf);
    while (len < 0 && errno == EINTR);
    pos = 0;
    if (len <= 0) len = 0;
    return len > 0;
}

/* InputStream.stdinRead(): the next byte, or -1 at the end. */
int32_t lime_native_java_io_InputStream_stdinRead(void) { return fill() ? buf[pos++] : -1; }

/* InputStream.stdinReadBytes(b, off, len), len > 0 and the range checked:
 * the bytes at hand (at least one, waiting for it), or -1 at the end. */
int32_t lime_native_java_io_InputStream_stdinReadBytes(LimeArray *b, int32_t off, int32_t want) {
    if (!fill()) return -1;
    ssize_t n = len - pos < want ? len - pos : want;
    memcpy((char *)b + LIME_ARRAY_DATA_OFFSET + off, buf + pos, (size_t)n);
    pos += n;
    return (int32_t)n;
}

/* InputStream.stdinAvailable(): the bytes read ahead and not yet taken,
 * and those standard input has ready besides (the JVM's System.in, a
 * BufferedInputStream over a FileInputStream, adds the two likewise). */
int32_t lime_native_java_io_InputStream_stdinAvailable(void) {
    int64_t n = (int64_t)(len - pos) + lime_rt_fd_available(0);
    return n > INT32_MAX ? INT32_MAX : (int32_t)n;
}
