/* thread.c: the natives of java.lang.Thread (lib/java/lang/Thread.java),
 * the thread that runs a program's Java code asking about itself. */
#include <errno.h>
#include <time.h>

#include "internal.h"

/* Thread.sleepNanos(millis, nanos): the calling thread sleeps that long
 * (all of it: after a signal's interruption it sleeps the rest) */
void lime_native_java_lang_Thread_sleepNanos(int64_t millis, int32_t nanos) {
    struct timespec left = {.tv_sec = (time_t)(millis / 1000), .tv_nsec = (long)(millis % 1000) * 1000000L + nanos};
    while (nanosleep(&left, &left) != 0 && errno == EINTR) {
    }
}
