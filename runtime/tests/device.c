/* device.c: lime_device_map / lime_device_reduce against hand-written
 * kernels (tests/device/, one .cl file per task) and a hand-written manifest (device.sh).
 *
 *   device full      task 0 (saxpy map) and task 1 (float + reduce) for n in
 *                    {1, 2, 3, 1000, 1000003}, compared with the CPU: the map
 *                    element for element, the reduce bit for bit with the
 *                    canonical tree computed here; must run on the device.
 *   device map       "42", then task 0 twice (n 1000): prints "device" (and
 *                    checks the values) or "cpu" for each call.
 *   device reduce    "42", then task 1 once: "device" or "cpu".
 *   device divide    "42", then task 2 (int /) with a zero divisor: the
 *                    kernel reports ArithmeticException, so the call is
 *                    the CPU's ("cpu"), quietly.
 *   device index     "42", then task 3 (table lookup) over 5000 elements with
 *                    bad indices at 1500 (9), 4000 (7) and 4999 (-3): the
 *                    same (the runtime checks the lowest failing element
 *                    reports it again).
 *   device tasks     tasks 0..5 once each, "device"/"cpu" per task.
 * Exit status 0 unless a check fails (2) or an exception ends it (1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lime.h"

static int failures;

static void say(const char *s) { lime_system_out_println_T(lime_string_from_utf8(s, (int64_t)strlen(s))); }

static void *data(LimeArray *a) { return (char *)a + LIME_ARRAY_DATA_OFFSET; }

static uint64_t rng = 88172645463325252ull;
static uint32_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

/* Floats of very different magnitudes, so that the order of + matters. */
static float random_float(void) {
    float m = (float)((int32_t)(next() % 2000001) - 1000000) / 997.0f;
    static const float scale[] = {1e-3f, 1.0f, 1e3f, 1e6f};
    return m * scale[next() % 4];
}

static LimeArray *floats(int32_t n) {
    LimeArray *a = lime_new_prim_array(4, n);
    float *p = data(a);
    for (int32_t i = 0; i < n; i++) p[i] = random_float();
    return a;
}

static bool run_saxpy(int32_t n, bool check) {
    LimeArray *x = floats(n), *y = floats(n);
    LimeArray *out = lime_new_prim_array_unset(4, n);
    float a = 2.5f;
    LimeTaskArg args[3] = {{NULL, &a, 4, 0}, {x, NULL, 4, 0}, {y, NULL, 4, 0}};
    if (!lime_device_map(0, n, out, 3, args)) return false;
    if (check) {
        const float *px = data(x), *py = data(y), *po = data(out);
        for (int32_t i = 0; i < n; i++) {
            volatile float p = a * px[i];
            float want = p + py[i];
            if (memcmp(&want, &po[i], 4) != 0) {
                char msg[160];
                snprintf(msg, sizeof msg, "FAIL map n=%d: out[%d] = %a, CPU %a", n, i, po[i], want);
                say(msg);
                failures++;
                return true;
            }
        }
    }
    return true;
}

/* The canonical tree: level by level, (2i, 2i+1) combined, an odd last
 * value passed up. */
static float canonical_sum(const float *in, int32_t n) {
    float *a = malloc((size_t)n * sizeof *a);
    memcpy(a, in, (size_t)n * sizeof *a);
    int32_t c = n;
    while (c > 1) {
        for (int32_t i = 0; i < c / 2; i++) a[i] = a[2 * i] + a[2 * i + 1];
        if (c & 1) a[c / 2] = a[c - 1];
        c = (c + 1) / 2;
    }
    float r = a[0];
    free(a);
    return r;
}

static void full(void) {
    static const int32_t sizes[] = {1, 2, 3, 1000, 1000003};
    LimeArray *empty = lime_new_prim_array_unset(4, 0);
    LimeTaskArg none[3] = {{NULL, &(float){1.0f}, 4, 0}, {empty, NULL, 4, 0}, {empty, NULL, 4, 0}};
    if (!lime_device_map(0, 0, empty, 3, none)) {
        say("FAIL map n=0: returned false");
        failures++;
    } else
        say("ok map n=0");
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        int32_t n = sizes[k];
        char msg[200];
        if (!run_saxpy(n, true)) {
            snprintf(msg, sizeof msg, "FAIL map n=%d: ran on the CPU", n);
            failures++;
        } else
            snprintf(msg, sizeof msg, "ok map n=%d", n);
        say(msg);
        LimeArray *in = floats(n);
        float got, want = canonical_sum(data(in), n), seq = 0.0f;
        for (int32_t i = 0; i < n; i++) seq += ((float *)data(in))[i];
        if (!lime_device_reduce(1, in, &got)) {
            snprintf(msg, sizeof msg, "FAIL reduce n=%d: ran on the CPU", n);
            failures++;
        } else if (memcmp(&got, &want, 4) != 0) {
            snprintf(msg, sizeof msg, "FAIL reduce n=%d: device %a, canonical tree %a", n, got, want);
            failures++;
        } else
            snprintf(msg, sizeof msg, "ok reduce n=%d: %a (a left-to-right sum would give %a: %s)", n, got, seq,
                     memcmp(&got, &seq, 4) ? "different" : "the same");
        say(msg);
    }
}

static void int_task(int32_t task, int32_t n, const int32_t *xs, const int32_t *ys) {
    LimeArray *x = lime_new_prim_array(4, n), *y = lime_new_prim_array(4, n);
    memcpy(data(x), xs, (size_t)n * 4);
    memcpy(data(y), ys, (size_t)n * 4);
    LimeArray *out = lime_new_prim_array_unset(4, n);
    LimeTaskArg two[2] = {{x, NULL, 4, 0}, {y, NULL, 4, 0}};
    LimeTaskArg one[1] = {{y, NULL, 4, 0}};
    bool dev = task == 2 ? lime_device_map(2, n, out, 2, two) : lime_device_map(3, n, out, 1, one);
    say(dev ? "device" : "cpu");
}

int main(int argc, char **argv) {
    lime_start(argc, argv);
    const char *mode = argc > 1 ? argv[1] : "full";
    if (strcmp(mode, "full") == 0) {
        full();
    } else if (strcmp(mode, "map") == 0) {
        lime_system_out_println_I(42);
        for (int i = 0; i < 2; i++) say(run_saxpy(1000, true) ? "device" : "cpu");
    } else if (strcmp(mode, "reduce") == 0) {
        lime_system_out_println_I(42);
        LimeArray *in = floats(1000);
        float got;
        if (lime_device_reduce(1, in, &got)) {
            float want = canonical_sum(data(in), 1000);
            say(memcmp(&got, &want, 4) == 0 ? "device" : "device (WRONG RESULT)");
            if (memcmp(&got, &want, 4) != 0) failures++;
        } else
            say("cpu");
    } else if (strcmp(mode, "divide") == 0) {
        lime_system_out_println_I(42);
        int32_t xs[5] = {10, -7, (int32_t)0x80000000, 9, 4}, ys[5] = {3, 2, -1, 0, 2};
        int_task(2, 5, xs, ys);
    } else if (strcmp(mode, "divide-ok") == 0) {
        int32_t xs[4] = {10, -7, (int32_t)0x80000000, 9}, ys[4] = {3, 2, -1, -4};
        LimeArray *x = lime_new_prim_array(4, 4), *y = lime_new_prim_array(4, 4);
        memcpy(data(x), xs, 16);
        memcpy(data(y), ys, 16);
        LimeArray *out = lime_new_prim_array_unset(4, 4);
        LimeTaskArg two[2] = {{x, NULL, 4, 0}, {y, NULL, 4, 0}};
        if (!lime_device_map(2, 4, out, 2, two)) say("cpu");
        for (int i = 0; i < 4; i++) lime_system_out_println_I(((int32_t *)data(out))[i]);
    } else if (strcmp(mode, "index") == 0) {
        lime_system_out_println_I(42);
        /* several bad indices: the lowest element's (1500: 9) is reported */
        static int32_t ys[5000];
        for (int i = 0; i < 5000; i++) ys[i] = i % 4;
        ys[4000] = 7;
        ys[1500] = 9;
        ys[4999] = -3;
        int_task(3, 5000, ys, ys);
    } else if (strcmp(mode, "tasks") == 0) {
        for (int32_t t = 0; t <= 5; t++) {
            bool dev;
            if (t == 1) {
                float r;
                dev = lime_device_reduce(1, floats(10), &r);
            } else if (t == 0 || t >= 4) {
                LimeArray *x = floats(8), *out = lime_new_prim_array_unset(4, 8);
                float a = 1.0f;
                LimeTaskArg args[3] = {{NULL, &a, 4, 0}, {x, NULL, 4, 0}, {x, NULL, 4, 0}};
                dev = lime_device_map(t, 8, out, 3, args);
            } else {
                int32_t v[2] = {1, 2};
                LimeArray *x = lime_new_prim_array(4, 2), *out = lime_new_prim_array_unset(4, 2);
                memcpy(data(x), v, 8);
                LimeTaskArg two[2] = {{x, NULL, 4, 0}, {x, NULL, 4, 0}};
                dev = lime_device_map(t, 2, out, t == 2 ? 2 : 1, two);
            }
            char msg[40];
            snprintf(msg, sizeof msg, "task %d: %s", t, dev ? "device" : "cpu");
            say(msg);
        }
    } else {
        say("unknown mode");
        return 2;
    }
    int status = lime_finish();
    return failures ? 2 : status;
}
