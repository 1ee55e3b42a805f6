/* kernel_time.c: two kernels alone, without the runtime's buffers.
 *
 * bench/gpu/run.sh times each map task as a Lime program sees it (buffers
 * of the host arrays, the launch, the blocking read-back or map).  Where
 * the runtime copies the arrays (a device that does not share host memory,
 * or LIME_CL_BUFFERS=copy) those copies can outweigh the kernel, so this
 * program also times only the launches of two kernels of the same map (the
 * generated one and the hand-written one): it builds both .cl files with
 * the runtime's build options, makes the benchmark's inputs once (the same
 * values as the Lime program) as buffers both kernels read, and launches
 * them the way runtime/opencl.c does (global size n, local size left to
 * the driver) alternately, A B A B ..., `reps` times each, on a profiling
 * queue.  Alternating in one process gives both kernels the same memory
 * placement and the same moments of machine load, which separate processes
 * do not (on a shared machine one process's best can differ from the
 * next's by a third).  For each kernel it prints a hash of its output
 * (31 * h + bits, as the Lime programs hash), so that run.sh can check the
 * kernels agree, its best kernel time from the profiling events, and
 * kernel_cpu_ms, the best CPU time the process used during one of its
 * launches (getrusage: on a CPU device such as PoCL's, the work of all its
 * threads).
 *
 * usage: kernel_time saxpy N | mandelbrot W H MAXITER | nbody N | blackscholes N | stream N
 *                    | accel N | matmul N,
 *        then A.cl KERNEL_A B.cl KERNEL_B REPS
 * prints: hash A H, hash B H, kernel_ms A T, kernel_ms B T,
 *         kernel_cpu_ms A T, kernel_cpu_ms B T (one per line)
 * (blackscholes: bench/gpu/BlackScholes.lime's map price over N options;
 * stream: bench/gpu/Stream.lime's graph, the GPU backend's one chain kernel
 * over N samples; accel: bench/nbody/NBody.lime's map accel over N bodies;
 * matmul: bench/matmul/MatMul.lime's map cell over N x N cells.)
 * Every benchmark's two outputs must be the same bits (run.sh compares the
 * hashes) except Black-Scholes's: the expert kernel's exp and log are
 * OpenCL's (a few ulp), the generated kernel's the runtime's fdlibm, so the
 * prices may differ in the last bits.  For it alone this program also
 * compares the two outputs element by element and prints
 *   compare max_rel_diff D max_abs_diff E tolerance T abs_tolerance A ok|FAIL
 *           max_rel_diff_from_a_cent C
 * where D is the largest |a - b| / max(|a|, |b|) over all prices (call and
 * put), E the largest |a - b|, C the largest relative difference among
 * prices of at least a cent, and ok means every price satisfies
 * |a - b| <= T max(|a|, |b|) or |a - b| <= A (BS_ABS, 1e-12: a hundred
 * ulp of a price near $100; the absolute bound is for prices near zero,
 * where the cancellation in s N(d1) - disc N(d2) leaves few relative
 * digits: there a few ulp of exp make a relative difference near 1e-9);
 * run.sh then requires ok instead of equal hashes.
 * Device: the first GPU-type OpenCL device, else the first device (as
 * LIME_DEVICE=gpu chooses). */
#include "../common/bench.h"
#include "../common/ocl_host.h"
#include <sys/resource.h>

/* Black-Scholes's tolerance: a price of one kernel within BS_REL of the
 * other's relatively, or within BS_ABS absolutely (for prices near zero) */
#define BS_REL 1e-12
#define BS_ABS 1e-12

static cl_kernel kerns[2]; /* A and B: the same arguments */
static cl_uint argi;

static void set_arg(size_t size, const void *value) {
    for (int k = 0; k < 2; k++) OCL_CK(clSetKernelArg(kerns[k], argi, size, value), "clSetKernelArg");
    argi++;
}

static void arg_buf(const void *host, size_t bytes) {
    cl_int e;
    cl_mem m = clCreateBuffer(ocl_ctx, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, bytes, (void *)host, &e);
    if (e != CL_SUCCESS) ocl_die("clCreateBuffer", e);
    set_arg(sizeof m, &m);
}

static double cpu_seconds(void) {
    struct rusage r;
    getrusage(RUSAGE_SELF, &r);
    return (double)r.ru_utime.tv_sec + (double)r.ru_utime.tv_usec * 1e-6 + (double)r.ru_stime.tv_sec +
           (double)r.ru_stime.tv_usec * 1e-6;
}
static void arg_val(const void *v, size_t size) { set_arg(size, v); }

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: see kernel_time.c\n"); return 2; }
    const char *bench = argv[1];
    int nsize = !strcmp(bench, "mandelbrot") ? 3 : 1;
    if (argc != 2 + nsize + 5) { fprintf(stderr, "usage: see kernel_time.c\n"); return 2; }
    int reps = atoi(argv[6 + nsize]);

    ocl_open("kernel_time");
    for (int k = 0; k < 2; k++) kerns[k] = ocl_kernel(argv[2 + nsize + 2 * k], argv[3 + nsize + 2 * k]);
    cl_command_queue q = ocl_queue;
    cl_int e;

    /* the inputs, as the Lime program makes them */
    int32_t n = 0;
    size_t esize = 4;
    size_t per_item = 1; /* items per work-item: global size ceil(n / per_item) */
    int tolerant = 0;    /* compare within BS_REL (Black-Scholes) instead of bits */
    if (!strcmp(bench, "saxpy")) {
        n = atoi(argv[2]);
        float *x = malloc(sizeof(float) * (size_t)n), *y = malloc(sizeof(float) * (size_t)n);
        for (int32_t i = 0; i < n; i++) {
            x[i] = (float)(i % 1000) * 0.001f;
            y[i] = (float)(i % 777) * 0.25f - 3.0f;
        }
        float a = 2.5f;
        argi = 1;
        arg_buf(x, sizeof(float) * (size_t)n);
        arg_buf(y, sizeof(float) * (size_t)n);
        arg_val(&a, sizeof a);
    } else if (!strcmp(bench, "mandelbrot")) {
        int32_t w = atoi(argv[2]), h = atoi(argv[3]), maxit = atoi(argv[4]);
        n = w * h;
        int32_t *idx = malloc(sizeof(int32_t) * (size_t)n);
        for (int32_t i = 0; i < n; i++) idx[i] = i;
        argi = 1;
        arg_buf(idx, sizeof(int32_t) * (size_t)n);
        arg_val(&w, 4);
        arg_val(&h, 4);
        arg_val(&maxit, 4);
    } else if (!strcmp(bench, "nbody")) {
        int32_t nb = atoi(argv[2]);
        n = nb * nb;
        float *b[4], *pa[7];
        for (int k = 0; k < 4; k++) b[k] = malloc(sizeof(float) * (size_t)nb);
        for (int32_t i = 0; i < nb; i++) {
            b[0][i] = rnd(4 * i) * 2.0f - 1.0f;
            b[1][i] = rnd(4 * i + 1) * 2.0f - 1.0f;
            b[2][i] = rnd(4 * i + 2) * 2.0f - 1.0f;
            b[3][i] = (0.5f + rnd(4 * i + 3)) / (float)nb;
        }
        for (int k = 0; k < 7; k++) pa[k] = malloc(sizeof(float) * (size_t)n);
        for (int32_t i = 0; i < nb; i++)
            for (int32_t j = 0; j < nb; j++) {
                size_t k = (size_t)i * (size_t)nb + (size_t)j;
                pa[0][k] = b[0][i]; pa[1][k] = b[1][i]; pa[2][k] = b[2][i];
                pa[3][k] = b[0][j]; pa[4][k] = b[1][j]; pa[5][k] = b[2][j]; pa[6][k] = b[3][j];
            }
        argi = 1;
        for (int k = 0; k < 7; k++) arg_buf(pa[k], sizeof(float) * (size_t)n);
        float eps2 = 0.0001f;
        arg_val(&eps2, sizeof eps2);
    } else if (!strcmp(bench, "blackscholes")) {
        /* price(@ s, @ k, @ t, 0.02, 0.30); s, k, t as fillS, fillK, fillT
         * (float arithmetic, then widened to double) */
        n = atoi(argv[2]);
        esize = 16; /* Price: call, put */
        tolerant = 1;
        double *in[3];
        for (int k = 0; k < 3; k++) in[k] = malloc(sizeof(double) * (size_t)n);
        for (int32_t i = 0; i < n; i++) {
            in[0][i] = (double)(10.0f + 90.0f * rnd(3 * i));
            in[1][i] = (double)(10.0f + 90.0f * rnd(3 * i + 1));
            in[2][i] = (double)(0.25f + 2.0f * rnd(3 * i + 2));
        }
        argi = 1;
        for (int k = 0; k < 3; k++) arg_buf(in[k], sizeof(double) * (size_t)n);
        double r = 0.02, v = 0.30;
        arg_val(&r, sizeof r);
        arg_val(&v, sizeof v);
    } else if (!strcmp(bench, "stream")) {
        /* samples.source() => Fir().step => Delta().step => clip, the chain
         * kernel's arguments as limec --emit=opencl writes them and
         * runtime/opencl.c passes them: the source items, the FIR's window
         * start (the 8 items before the stream: zeros) and its length, the
         * FIR's coefficients c[] (an array taken whole) and its length, the
         * delta's window start (the item before: zero) and its length; then
         * n; 64 items per work-item (the manifest's items_per_work_item) */
        n = atoi(argv[2]);
        per_item = 64;
        int32_t *x = malloc(sizeof(int32_t) * (size_t)n);
        for (int32_t i = 0; i < n; i++) x[i] = (int32_t)(rnd(i) * 65536.0f) - 32768;
        static const int32_t pre0[8] = {0}, coef[8] = {-1, 3, 7, 12, 12, 7, 3, -1}, pre1[1] = {0};
        int32_t len8 = 8, len1 = 1;
        argi = 1;
        arg_buf(x, sizeof(int32_t) * (size_t)n);
        arg_buf(pre0, sizeof pre0);
        arg_val(&len8, sizeof len8);
        arg_buf(coef, sizeof coef);
        arg_val(&len8, sizeof len8);
        arg_buf(pre1, sizeof pre1);
        arg_val(&len1, sizeof len1);
    } else if (!strcmp(bench, "accel")) {
        n = atoi(argv[2]);
        esize = 12; /* Vec: x, y, z */
        int32_t *idx = malloc(sizeof(int32_t) * (size_t)n);
        float *b[4];
        for (int k = 0; k < 4; k++) b[k] = malloc(sizeof(float) * (size_t)n);
        for (int32_t i = 0; i < n; i++) {
            idx[i] = i;
            b[0][i] = rnd(4 * i) * 2.0f - 1.0f;
            b[1][i] = rnd(4 * i + 1) * 2.0f - 1.0f;
            b[2][i] = rnd(4 * i + 2) * 2.0f - 1.0f;
            b[3][i] = (0.5f + rnd(4 * i + 3)) / (float)n;
        }
        argi = 1;
        arg_buf(idx, sizeof(int32_t) * (size_t)n);
        for (int k = 0; k < 4; k++) {
            arg_buf(b[k], sizeof(float) * (size_t)n);
            arg_val(&n, sizeof n);
        }
        float eps2 = 0.0001f;
        arg_val(&eps2, sizeof eps2);
    } else if (!strcmp(bench, "matmul")) {
        int32_t m = atoi(argv[2]), mm = m * m;
        n = mm;
        int32_t *idx = malloc(sizeof(int32_t) * (size_t)n);
        float *a = malloc(sizeof(float) * (size_t)mm), *b = malloc(sizeof(float) * (size_t)mm);
        for (int32_t i = 0; i < mm; i++) {
            idx[i] = i;
            a[i] = rnd(i) - 0.5f;
            b[i] = rnd(mm + i) - 0.5f;
        }
        argi = 1;
        arg_buf(idx, sizeof(int32_t) * (size_t)n);
        arg_buf(a, sizeof(float) * (size_t)mm);
        arg_val(&mm, sizeof mm);
        arg_buf(b, sizeof(float) * (size_t)mm);
        arg_val(&mm, sizeof mm);
        arg_val(&m, sizeof m);
    } else {
        fprintf(stderr, "kernel_time: unknown benchmark %s\n", bench);
        return 2;
    }
    arg_val(&n, sizeof n);
    size_t bytes = esize * (size_t)n;
    cl_mem outs[2], errs[2];
    for (int k = 0; k < 2; k++) {
        int32_t zero[4] = {0, 0, 0, 0};
        outs[k] = clCreateBuffer(ocl_ctx, CL_MEM_WRITE_ONLY, bytes, NULL, &e);
        if (e != CL_SUCCESS) ocl_die("clCreateBuffer (out)", e);
        OCL_CK(clSetKernelArg(kerns[k], 0, sizeof outs[k], &outs[k]), "clSetKernelArg (out)");
        errs[k] = clCreateBuffer(ocl_ctx, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof zero, zero, &e);
        if (e != CL_SUCCESS) ocl_die("clCreateBuffer (lime_err)", e);
        OCL_CK(clSetKernelArg(kerns[k], argi, sizeof errs[k], &errs[k]), "clSetKernelArg (lime_err)");
    }

    size_t global = ((size_t)n + per_item - 1) / per_item;
    double best[2] = {1e30, 1e30}, best_cpu[2] = {1e30, 1e30};
    for (int r = 0; r < reps + 1; r++) { /* the first launch of each is a warm-up */
        for (int k = 0; k < 2; k++) {
            cl_event ev;
            double c0 = cpu_seconds();
            OCL_CK(clEnqueueNDRangeKernel(q, kerns[k], 1, NULL, &global, NULL, 0, NULL, &ev),
                   "clEnqueueNDRangeKernel");
            OCL_CK(clWaitForEvents(1, &ev), "clWaitForEvents");
            double ms = ocl_event_ms(ev);
            clReleaseEvent(ev);
            double c1 = cpu_seconds();
            if (r > 0 && ms < best[k]) best[k] = ms;
            if (r > 0 && c1 - c0 < best_cpu[k]) best_cpu[k] = c1 - c0;
        }
    }
    void *res = malloc(bytes), *resa = malloc(bytes);
    for (int k = 0; k < 2; k++) {
        int32_t flags[4];
        OCL_CK(clEnqueueReadBuffer(q, outs[k], CL_TRUE, 0, bytes, res, 0, NULL, NULL), "clEnqueueReadBuffer");
        OCL_CK(clEnqueueReadBuffer(q, errs[k], CL_TRUE, 0, sizeof flags, flags, 0, NULL, NULL),
               "clEnqueueReadBuffer");
        uint32_t hash = 0;
        for (size_t i = 0; i < bytes / 4; i++) { /* every 32-bit word */
            uint32_t bits;
            memcpy(&bits, (char *)res + i * 4, 4);
            hash = 31u * hash + bits;
        }
        printf("hash %c %d lime_err %d\n", "AB"[k], (int32_t)hash, flags[0]);
        if (k == 0) memcpy(resa, res, bytes);
    }
    if (tolerant) { /* Black-Scholes: A's and B's prices, element by element */
        const double *a = resa, *b = res;
        double max_rel = 0, max_abs = 0, max_rel_cent = 0;
        int ok = 1;
        for (size_t i = 0; i < bytes / sizeof(double); i++) {
            double d = fabs(a[i] - b[i]), m = fabs(a[i]) > fabs(b[i]) ? fabs(a[i]) : fabs(b[i]);
            if (d != d || (d > BS_REL * m && d > BS_ABS)) ok = 0; /* (NaN: not ok) */
            if (d > max_abs) max_abs = d;
            if (m > 0 && d / m > max_rel) max_rel = d / m;
            if (m >= 0.01 && d / m > max_rel_cent) max_rel_cent = d / m;
        }
        printf("compare max_rel_diff %.3g max_abs_diff %.3g tolerance %.0e abs_tolerance %.0e %s max_rel_diff_from_a_cent %.3g\n",
               max_rel, max_abs, BS_REL, BS_ABS, ok ? "ok" : "FAIL", max_rel_cent);
    }
    for (int k = 0; k < 2; k++) printf("kernel_ms %c %.3f\n", "AB"[k], best[k]);
    for (int k = 0; k < 2; k++) printf("kernel_cpu_ms %c %.3f\n", "AB"[k], best_cpu[k] * 1e3);
    return 0;
}
