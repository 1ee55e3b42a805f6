/* stdin.c: standard input for the library's java.io.InputStream (System.in). */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "internal.h"

/* InputStream.read() of System.in: the next byte, or -1 at the end. */
int32_t lime_native_java_io_InputStream_read(void *self) {
    static unsigned char buf[65536];
    static ssize_t len, pos;
    (void)self;
    if (pos == len) {
        do len = read(0, buf, sizeof buf);
        while (len < 0 && errno == EINTR);
        pos = 0;
        if (len <= 0) {
            len = 0;
            return -1;
        }
    }
    return buf[pos++];
}
