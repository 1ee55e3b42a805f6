/* print.c: System.out and System.err.
 *
 * Each stream has its own 64 KiB buffer written with write(2).  System.out
 * is flushed at exit, when full, at each newline when it is a terminal,
 * and before anything goes to System.err; System.err is flushed after
 * every call, so that the two interleave as the JVM's (which flushes both
 * on every print) would.
 *
 * Text is UTF-16 encoded to UTF-8 as the JVM's encoder does under a UTF-8
 * locale: a surrogate pair becomes one 4-byte sequence even when its
 * halves come in separate print calls (the encoder keeps a pending high
 * surrogate between calls), and an unpaired surrogate prints as '?'.  A
 * high surrogate still pending at exit is dropped, as the JVM drops it.
 *
 * The library's java.io.PrintStream objects for System.out and System.err
 * (lib/java/io/PrintStream.java) write here too, through the natives at
 * the end, so direct calls and calls through the object keep their order.
 * Bytes of PrintStream.write(int) are *held*, as the JVM's 128-byte
 * BufferedOutputStream under System.out holds them: they are the last
 * `held` bytes of the buffer while nothing else follows them (used ==
 * held_end), go out with whatever follows, a flush or a '\n' byte, and
 * are lost at exit otherwise (flush never writes them). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

enum { BUF_SIZE = 1 << 16 };

typedef struct {
    int fd;
    bool line_flush;     /* flush at '\n' (System.out on a terminal) */
    uint16_t pending;    /* a high surrogate waiting for its low half, or 0 */
    bool error;          /* a write failed (PrintStream.checkError) */
    size_t used;
    size_t held, held_end; /* bytes of write(int) still held: buf[held_end - held, held_end) if used == held_end */
    char buf[BUF_SIZE];
} Stream;

static Stream out_stream = {.fd = 1};
static Stream err_stream = {.fd = 2};

void lime_rt_io_init(void) {
    out_stream.line_flush = isatty(1);
}

/* The held bytes, 0 once anything followed them. */
static size_t held_bytes(const Stream *st) { return st->used == st->held_end ? st->held : 0; }

/* While a device's compiler runs (lime_rt_stderr_quiet), file descriptor 2
 * is /dev/null and System.err's bytes go to err_fd, the real stderr; the
 * swap and every write of System.err hold err_mu, so none is lost. */
static pthread_mutex_t err_mu = PTHREAD_MUTEX_INITIALIZER;
static int err_fd = 2;

static int quiet_depth;

void lime_rt_stderr_quiet(bool on) {
    pthread_mutex_lock(&err_mu);
    if (on && quiet_depth++ == 0) {
        int saved = dup(2), null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved >= 0 && null >= 0 && dup2(null, 2) >= 0) err_fd = saved;
        else if (saved >= 0) close(saved);
        if (null >= 0) close(null);
    } else if (!on && quiet_depth > 0 && --quiet_depth == 0 && err_fd != 2) {
        dup2(err_fd, 2);
        close(err_fd);
        err_fd = 2;
    }
    pthread_mutex_unlock(&err_mu);
}

/* Writes the buffer but the held bytes, which move to its start. */
static void flush(Stream *st) {
    size_t keep = held_bytes(st), end = st->used - keep, off = 0;
    bool err = st->fd == 2;
    if (err) pthread_mutex_lock(&err_mu);
    int fd = err ? err_fd : st->fd;
    while (off < end) {
        ssize_t n = write(fd, st->buf + off, end - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {  /* like a PrintStream, ignore write errors but remember them */
            st->error = true;
            break;
        }
        off += (size_t)n;
    }
    if (err) pthread_mutex_unlock(&err_mu);
    memmove(st->buf, st->buf + end, keep);
    st->used = st->held = st->held_end = keep;
}

/* What a flush of the JVM's stream does: the held bytes go out too. */
static void commit_and_flush(Stream *st) {
    st->held = 0;
    flush(st);
}

void lime_rt_flush_all(void) {
    flush(&out_stream);
    flush(&err_stream);
}

static void put_bytes(Stream *st, const char *p, size_t n) {
    while (n > 0) {
        if (st->used == BUF_SIZE) flush(st);
        size_t k = BUF_SIZE - st->used;
        if (k > n) k = n;
        memcpy(st->buf + st->used, p, k);
        st->used += k;
        p += k;
        n -= k;
    }
}

static void put_byte(Stream *st, char c) {
    if (st->used == BUF_SIZE) flush(st);
    st->buf[st->used++] = c;
}

static void put_code_point(Stream *st, uint32_t c) {
    char b[4];
    size_t n;
    if (c < 0x80) {
        put_byte(st, (char)c);
        return;
    } else if (c < 0x800) {
        b[0] = (char)(0xc0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3f)), n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xe0 | c >> 12), b[1] = (char)(0x80 | (c >> 6 & 0x3f)), b[2] = (char)(0x80 | (c & 0x3f)), n = 3;
    } else {
        b[0] = (char)(0xf0 | c >> 18), b[1] = (char)(0x80 | (c >> 12 & 0x3f)), b[2] = (char)(0x80 | (c >> 6 & 0x3f));
        b[3] = (char)(0x80 | (c & 0x3f)), n = 4;
    }
    put_bytes(st, b, n);
}

static void put_unit(Stream *st, uint16_t c) {
    if (st->pending) {
        if (c >= 0xdc00 && c < 0xe000) {
            put_code_point(st, 0x10000 + ((uint32_t)(st->pending - 0xd800) << 10) + (c - 0xdc00u));
            st->pending = 0;
            return;
        }
        put_byte(st, '?');
        st->pending = 0;
    }
    if (c >= 0xd800 && c < 0xdc00)
        st->pending = c;
    else if (c >= 0xdc00 && c < 0xe000)
        put_byte(st, '?');
    else
        put_code_point(st, c);
}

static void put_units(Stream *st, const uint16_t *s, int32_t n) {
    for (int32_t i = 0; i < n; i++) {
        uint16_t c = s[i];
        if (c < 0x80 && !st->pending && st->used < BUF_SIZE)
            st->buf[st->used++] = (char)c;
        else
            put_unit(st, c);
    }
}

static void put_ascii(Stream *st, const char *s, size_t n) {
    if (st->pending) {
        put_byte(st, '?');
        st->pending = 0;
    }
    put_bytes(st, s, n);
}

static void put_string(Stream *st, const LimeString *s) {
    if (!s)
        put_ascii(st, "null", 4);
    else
        put_units(st, s->chars, s->length);
}

/* Before and after each print call. */
static void begin(Stream *st) {
    if (st == &err_stream) flush(&out_stream);
}

static void end(Stream *st, bool newline) {
    if (st == &err_stream || (newline && st->line_flush)) flush(st);
}

void lime_rt_err_bytes(const char *bytes, size_t n) {
    flush(&out_stream);
    put_ascii(&err_stream, bytes, n);
    flush(&err_stream);
}

static void print_chars(Stream *st, LimeArray *v) {
    if (!v) lime_throw_null_pointer();
    put_units(st, (const uint16_t *)((char *)v + LIME_ARRAY_DATA_OFFSET), v->length);
}

static void print_double(Stream *st, double v) {
    char buf[32];
    put_ascii(st, buf, (size_t)lime_rt_fmt_double(v, buf));
}

static void print_float(Stream *st, float v) {
    char buf[32];
    put_ascii(st, buf, (size_t)lime_rt_fmt_float(v, buf));
}

static void print_long(Stream *st, int64_t v) {
    char buf[24];
    put_ascii(st, buf, (size_t)lime_rt_fmt_long(v, buf));
}

#define PRINT_VARIANT(stream, sfx, T, body)                  \
    void lime_system_##stream##_print_##sfx(T v) {           \
        Stream *st = &stream##_stream;                       \
        begin(st);                                           \
        body;                                                \
        end(st, false);                                      \
    }                                                        \
    void lime_system_##stream##_println_##sfx(T v) {         \
        Stream *st = &stream##_stream;                       \
        begin(st);                                           \
        body;                                                \
        put_unit(st, '\n');                                  \
        end(st, true);                                       \
    }

#define PRINT_DEFS(stream)                                                           \
    PRINT_VARIANT(stream, Z, bool, put_ascii(st, v ? "true" : "false", v ? 4 : 5))   \
    PRINT_VARIANT(stream, C, uint16_t, put_unit(st, v))                              \
    PRINT_VARIANT(stream, I, int32_t, print_long(st, v))                             \
    PRINT_VARIANT(stream, J, int64_t, print_long(st, v))                             \
    PRINT_VARIANT(stream, F, float, print_float(st, v))                              \
    PRINT_VARIANT(stream, D, double, print_double(st, v))                            \
    PRINT_VARIANT(stream, AC, LimeArray *, print_chars(st, v))                       \
    PRINT_VARIANT(stream, T, LimeString *, put_string(st, v))                        \
    PRINT_VARIANT(stream, O, void *, put_string(st, lime_rt_string_of_any(v)))       \
    void lime_system_##stream##_println_(void) {                                     \
        Stream *st = &stream##_stream;                                               \
        begin(st);                                                                   \
        put_unit(st, '\n');                                                          \
        end(st, true);                                                               \
    }                                                                                \
    void lime_system_##stream##_flush_(void) {                                       \
        begin(&stream##_stream);                                                     \
        commit_and_flush(&stream##_stream);                                          \
    }

PRINT_DEFS(out)
PRINT_DEFS(err)

/* ---- the natives of java.io.PrintStream for System.out (fd 1) and System.err (fd 2) ---- */

static Stream *std_stream(int32_t fd) { return fd == 2 ? &err_stream : &out_stream; }

void lime_native_java_io_PrintStream_stdPrint(int32_t fd, LimeString *s) {
    if (fd == 2) lime_system_err_print_T(s);
    else lime_system_out_print_T(s);
}

void lime_native_java_io_PrintStream_stdPrintln(int32_t fd, LimeString *s) {
    if (fd == 2) lime_system_err_println_T(s);
    else lime_system_out_println_T(s);
}

void lime_native_java_io_PrintStream_stdFormat(int32_t fd, LimeString *fmt, LimeArray *args) {
    if (fd == 2) lime_system_err_format_TAO(fmt, args);
    else lime_system_out_format_TAO(fmt, args);
}

/* write(int): the low byte, held (above) until a '\n' or a 129th byte. */
void lime_native_java_io_PrintStream_stdWrite(int32_t fd, int32_t b) {
    Stream *st = std_stream(fd);
    begin(st);
    size_t held = held_bytes(st);
    if (held == 128) held = 0; /* the JVM's buffer is full: it goes out */
    put_byte(st, (char)b);
    st->held = held + 1, st->held_end = st->used;
    if ((char)b == '\n') st->held = 0;
    end(st, (char)b == '\n');
}

/* write(byte[], int, int), the range checked: the bytes, and the held ones
 * before them, go out (the JVM's stream flushes after every array). */
void lime_native_java_io_PrintStream_stdWriteBytes(int32_t fd, LimeArray *b, int32_t off, int32_t len) {
    Stream *st = std_stream(fd);
    begin(st);
    st->held = 0;
    put_bytes(st, (const char *)b + LIME_ARRAY_DATA_OFFSET + off, (size_t)len);
    end(st, false);
}

void lime_native_java_io_PrintStream_stdFlush(int32_t fd) {
    Stream *st = std_stream(fd);
    begin(st);
    commit_and_flush(st);
}

/* close(): a waiting high surrogate becomes '?', everything goes out, and
 * what is written later is lost (as on a closed stream; checkError tells). */
void lime_native_java_io_PrintStream_stdClose(int32_t fd) {
    Stream *st = std_stream(fd);
    if (st->fd < 0) return;
    begin(st);
    if (st->pending) {
        st->pending = 0;
        put_byte(st, '?');
    }
    commit_and_flush(st);
    st->fd = -1;
}

/* checkError(): flushes, then whether any write failed */
bool lime_native_java_io_PrintStream_stdError(int32_t fd) {
    lime_native_java_io_PrintStream_stdFlush(fd);
    return std_stream(fd)->error;
}
