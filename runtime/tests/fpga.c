/* fpga.c: the fpga device (runtime/fpga.c) against hand-written Verilog
 * models (tests/fpga/, built by backends/fpga/build_model.sh) and a
 * hand-written manifest (fpga.sh).  Tasks: 0 axpb (map, y = a*p + b,
 * ArithmeticException when b == 0), 1 mix (map over byte, char, long,
 * boolean, float with a short broadcast, long result), 2 runsum (stream
 * with two state words), 3 rejected by the FPGA backend, 4 a model whose
 * task id is not 4, 5 absent, 6 a model that never puts anything out.
 *
 *   fpga full          tasks 0, 1, 2 for several n compared with C; must
 *                      run on the device.
 *   fpga map           "42", then task 0 twice (n 1000): "device" (values
 *                      checked) or "cpu" for each call.
 *   fpga stream        "42", then task 2 once: "device" or "cpu".
 *   fpga divide        "42", then task 0 with b == 0 at item 3: "cpu"
 *                      (an exception makes the call the CPU's).
 *   fpga stream-exc    "42", then task 2 with a 0 item: "cpu" likewise.
 *   fpga whole         "42", then task 0 with an operand passed whole.
 *   fpga stuck         "42", then task 6 (n 100).
 *   fpga tasks         tasks 0..6 once each, "device"/"cpu" per task.
 *   fpga backpressure SO   drives the model SO (task 0's) directly through
 *                      dlopen: latency and throughput, then random stalls
 *                      on both sides; results exact and in order.
 * Exit status 0 unless a check fails (2) or an exception ends it (1). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lime.h"
#include "lime_fpga.h"

static int failures;

static void say(const char *s) { lime_system_out_println_T(lime_string_from_utf8(s, (int64_t)strlen(s))); }

static void check(bool ok, const char *what) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s %s", ok ? "ok" : "FAIL", what);
    say(msg);
    if (!ok) failures++;
}

static void *data(LimeArray *a) { return (char *)a + LIME_ARRAY_DATA_OFFSET; }

static uint64_t rng = 88172645463325252ull;
static uint32_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

/* n random ints, none 0 (so task 0 and 2 raise nothing) unless zero_at >= 0. */
static LimeArray *ints(int32_t n, int32_t zero_at) {
    LimeArray *a = lime_new_prim_array(4, n);
    int32_t *p = data(a);
    for (int32_t i = 0; i < n; i++) p[i] = (int32_t)(next() | 1u);
    if (zero_at >= 0 && zero_at < n) p[zero_at] = 0;
    return a;
}

/* Task 0: out[i] = a[i] * p + b[i]; true when it ran on the device (values checked). */
static bool axpb(int32_t n, int32_t zero_at) {
    LimeArray *a = ints(n, -1), *b = ints(n, zero_at), *out = lime_new_prim_array_unset(4, n);
    int32_t p = -7;
    LimeTaskArg args[3] = {{a, NULL, 4, 0}, {NULL, &p, 4, 0}, {b, NULL, 4, 0}};
    if (!lime_device_map(0, n, out, 3, args)) return false;
    const int32_t *pa = data(a), *pb = data(b), *po = data(out);
    for (int32_t i = 0; i < n; i++) {
        int32_t want = (int32_t)((uint32_t)pa[i] * (uint32_t)p + (uint32_t)pb[i]);
        if (po[i] != want) {
            char msg[120];
            snprintf(msg, sizeof msg, "axpb n=%d: out[%d] = %d, want %d", n, i, po[i], want);
            check(false, msg);
            return true;
        }
    }
    return true;
}

/* Task 1: y = b + c + j + p + z + floatToRawIntBits(f), as Java longs. */
static bool mix(int32_t n) {
    LimeArray *b = lime_new_prim_array(1, n), *c = lime_new_prim_array(2, n), *j = lime_new_prim_array(8, n);
    LimeArray *z = lime_new_prim_array(1, n), *f = lime_new_prim_array(4, n), *out = lime_new_prim_array_unset(8, n);
    int8_t *pb = data(b);
    uint16_t *pc = data(c);
    int64_t *pj = data(j);
    uint8_t *pz = data(z);
    float *pf = data(f);
    for (int32_t i = 0; i < n; i++) {
        pb[i] = (int8_t)next();
        pc[i] = (uint16_t)(next() | 0x8000u); /* zero-extended, never negative */
        pj[i] = (int64_t)((uint64_t)next() << 40 ^ next());
        pz[i] = next() & 1;
        pf[i] = (float)(int32_t)next() / 1000.0f;
    }
    int16_t p = -12345;
    LimeTaskArg args[6] = {{b, NULL, 1, 0}, {c, NULL, 2, 0}, {j, NULL, 8, 0},
                           {NULL, &p, 2, 0}, {z, NULL, 1, 0}, {f, NULL, 4, 0}};
    if (!lime_device_map(1, n, out, 6, args)) return false;
    const int64_t *po = data(out);
    for (int32_t i = 0; i < n; i++) {
        int32_t bits;
        memcpy(&bits, &pf[i], 4);
        int64_t want = (int64_t)((uint64_t)(int64_t)pb[i] + pc[i] + (uint64_t)pj[i] + (uint64_t)(int64_t)p + pz[i] +
                                 (uint64_t)(int64_t)bits);
        if (po[i] != want) {
            char msg[120];
            snprintf(msg, sizeof msg, "mix n=%d: out[%d] = %lld, want %lld", n, i, (long long)po[i], (long long)want);
            check(false, msg);
            return true;
        }
    }
    return true;
}

/* Task 2: out[i] = sum after item i; state {sum, count} in and out. */
static bool runsum(int32_t n, int32_t zero_at) {
    LimeArray *src = ints(n, zero_at), *out = lime_new_prim_array_unset(4, n);
    uint32_t state[2] = {100, 5};
    if (!lime_device_stream(2, src, out, state, 2)) return false;
    const int32_t *ps = data(src), *po = data(out);
    uint32_t sum = 100;
    for (int32_t i = 0; i < n; i++) {
        sum += (uint32_t)ps[i];
        if ((uint32_t)po[i] != sum) {
            char msg[120];
            snprintf(msg, sizeof msg, "runsum n=%d: out[%d] = %d, want %d", n, i, po[i], (int32_t)sum);
            check(false, msg);
            return true;
        }
    }
    char msg[120];
    snprintf(msg, sizeof msg, "runsum n=%d: state {%u, %u} after the run, want {%u, %u}", n, state[0], state[1], sum,
             5u + (uint32_t)n);
    if (state[0] != sum || state[1] != 5u + (uint32_t)n) check(false, msg);
    return true;
}

static void full(void) {
    static const int32_t sizes[] = {0, 1, 2, 3, 1000};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        int32_t n = sizes[k];
        char msg[80];
        snprintf(msg, sizeof msg, "map axpb n=%d", n);
        check(axpb(n, -1), msg);
        snprintf(msg, sizeof msg, "map mix n=%d", n);
        check(mix(n), msg);
        snprintf(msg, sizeof msg, "stream runsum n=%d", n);
        check(runsum(n, -1), msg);
    }
}

/* Task 6 or another one-int map. */
static bool int_map(int32_t task, int32_t n) {
    LimeArray *a = ints(n, -1), *out = lime_new_prim_array_unset(4, n);
    LimeTaskArg args[1] = {{a, NULL, 4, 0}};
    return lime_device_map(task, n, out, 1, args);
}

/* ---- the model's handshakes, driven directly ----------------------------- */

static void backpressure(const char *so) {
    void *dl = dlopen(so, RTLD_NOW | RTLD_LOCAL);
    if (!dl) {
        check(false, dlerror());
        return;
    }
    LimeFpgaInfoFn info = (LimeFpgaInfoFn)dlsym(dl, "lime_fpga_info");
    LimeFpgaNewFn new_model = (LimeFpgaNewFn)dlsym(dl, "lime_fpga_new");
    LimeFpgaFreeFn free_model = (LimeFpgaFreeFn)dlsym(dl, "lime_fpga_free");
    LimeFpgaLoadFn load = (LimeFpgaLoadFn)dlsym(dl, "lime_fpga_load");
    LimeFpgaCycleFn cycle = (LimeFpgaCycleFn)dlsym(dl, "lime_fpga_cycle");
    if (!info || !new_model || !free_model || !load || !cycle) {
        check(false, "a lime_fpga_ function is missing");
        return;
    }
    const LimeFpgaInfo *in = info();
    check(in->abi == LIME_FPGA_ABI && in->task == 0 && in->in_words == 2 && in->out_words == 1 && in->param_words == 1 &&
              in->state_words == 0 && in->latency == 3 && in->ii == 1,
          "lime_fpga_info of task 0: abi 1, 2 words in, 1 out, 1 param, latency 3, ii 1");
    enum { N = 2000 };
    static uint32_t items[N][2], want[N];
    const uint32_t p = 3;
    for (int i = 0; i < N; i++) {
        items[i][0] = next();
        items[i][1] = next() | 1u;
        want[i] = items[i][0] * p + items[i][1];
    }
    /* full speed: item k in at clock k, its result out at clock k + 3 */
    void *m = new_model();
    load(m, &p, NULL);
    int first_out = -1, got = 0, clocks = 0;
    bool exact = true;
    for (int sent = 0; got < 100 && clocks < 1000; clocks++) {
        uint32_t res = 0;
        LimeFpgaPorts ports = {0, 0, 0, &res};
        cycle(m, sent < 100, items[sent], 1, &ports);
        if (sent < 100 && ports.in_ready) sent++;
        if (ports.out_valid) {
            if (first_out < 0) first_out = clocks;
            exact = exact && res == want[got] && ports.out_exc == 0;
            got++;
        }
    }
    free_model(m);
    char msg[160];
    snprintf(msg, sizeof msg, "full speed: first result at clock %d (want 3), 100 results in %d clocks (want 103)",
             first_out, clocks);
    check(first_out == 3 && clocks == 103 && exact, msg);
    /* random stalls: in_valid and out_ready each low a third of the time */
    m = new_model();
    load(m, &p, NULL);
    int sent = 0, stalled_ready = 0, ready_while_stalled = 0;
    got = 0;
    exact = true;
    for (clocks = 0; got < N && clocks < 20 * N; clocks++) {
        bool valid = sent < N && next() % 3 != 0, ready = next() % 3 != 0;
        uint32_t res = 0;
        LimeFpgaPorts ports = {0, 0, 0, &res};
        cycle(m, valid, items[sent < N ? sent : 0], ready, &ports);
        if (ports.out_valid && !ready) {
            stalled_ready++;
            if (ports.in_ready) ready_while_stalled++;
        }
        if (valid && ports.in_ready) sent++;
        if (ports.out_valid && ready) {
            exact = exact && res == want[got];
            got++;
        }
    }
    free_model(m);
    snprintf(msg, sizeof msg, "random stalls: %d of %d results, exact and in order: %s; %d stalled clocks, in_ready in %d",
             got, N, exact ? "yes" : "no", stalled_ready, ready_while_stalled);
    check(got == N && exact && stalled_ready > 100 && ready_while_stalled == 0, msg);
    /* an item with b == 0 comes out with out_exc 2 */
    m = new_model();
    load(m, &p, NULL);
    uint32_t zero[2] = {5, 0}, res = 0, exc = 99;
    for (clocks = 0; clocks < 10; clocks++) {
        LimeFpgaPorts ports = {0, 0, 0, &res};
        cycle(m, clocks == 0, zero, 1, &ports);
        if (ports.out_valid) exc = ports.out_exc;
    }
    free_model(m);
    check(exc == LIME_FPGA_EXC_DIV_ZERO, "b == 0: out_exc 2");
}

int main(int argc, char **argv) {
    lime_start(argc, argv);
    const char *mode = argc > 1 ? argv[1] : "full";
    if (strcmp(mode, "full") == 0) {
        full();
    } else if (strcmp(mode, "map") == 0) {
        lime_system_out_println_I(42);
        for (int i = 0; i < 2; i++) say(axpb(1000, -1) ? "device" : "cpu");
    } else if (strcmp(mode, "stream") == 0) {
        lime_system_out_println_I(42);
        say(runsum(1000, -1) ? "device" : "cpu");
    } else if (strcmp(mode, "divide") == 0) {
        lime_system_out_println_I(42);
        say(axpb(10, 3) ? "device" : "cpu");
    } else if (strcmp(mode, "stream-exc") == 0) {
        lime_system_out_println_I(42);
        say(runsum(10, 4) ? "device" : "cpu");
    } else if (strcmp(mode, "whole") == 0) {
        lime_system_out_println_I(42);
        LimeArray *a = ints(4, -1), *out = lime_new_prim_array_unset(4, 4);
        int32_t p = 1;
        LimeTaskArg args[3] = {{a, NULL, 4, 0}, {NULL, &p, 4, 0}, {a, NULL, 4, 1}};
        say(lime_device_map(0, 4, out, 3, args) ? "device" : "cpu");
    } else if (strcmp(mode, "stuck") == 0) {
        lime_system_out_println_I(42);
        say(int_map(6, 100) ? "device" : "cpu");
    } else if (strcmp(mode, "tasks") == 0) {
        for (int32_t t = 0; t <= 6; t++) {
            bool dev = t == 0 ? axpb(8, -1) : t == 1 ? mix(8) : t == 2 ? runsum(8, -1) : int_map(t, 8);
            char msg[40];
            snprintf(msg, sizeof msg, "task %d: %s", t, dev ? "device" : "cpu");
            say(msg);
        }
    } else if (strcmp(mode, "backpressure") == 0 && argc > 2) {
        backpressure(argv[2]);
    } else {
        say("unknown mode");
        return 2;
    }
    int status = lime_finish();
    return failures ? 2 : status;
}
