/* kernel_time.c: the kernel alone, without the runtime's buffer copies.
 *
 * bench/gpu/run.sh times each map task as a Lime program sees it (buffers
 * created from host data, the launch, the blocking read-back).  On a CPU
 * OpenCL device those copies can outweigh the kernel, so this program also
 * times only the launch: it builds one .cl file with the runtime's build
 * options, makes the benchmark's inputs once (the same values as the Lime
 * program), launches the map kernel the way runtime/opencl.c does (global
 * size n, local size left to the driver) `reps` times on a profiling
 * queue, and prints the best kernel time from the profiling events and a
 * hash of the output (31 * h + bits, as the Lime programs hash), so that
 * run.sh can check the generated and hand-written kernels agree.  It also
 * prints kernel_cpu_ms, the best CPU time the process used during a launch
 * (getrusage: on a CPU device such as PoCL's, the work of all its
 * threads), which varies much less than the wall time when other
 * processes share the cores.
 *
 * usage: kernel_time saxpy N | mandelbrot W H MAXITER | nbody N | accel N | matmul N,
 *        then FILE.cl KERNEL REPS
 * (accel: bench/nbody/NBody.lime's map accel over N bodies; matmul:
 * bench/matmul/MatMul.lime's map cell over N x N cells.)
 * Device: the first GPU-type OpenCL device, else the first device (as
 * LIME_DEVICE=gpu chooses). */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static void die(const char *what, cl_int e) {
    fprintf(stderr, "kernel_time: %s failed (%d)\n", what, (int)e);
    exit(1);
}
#define CK(call, what) do { cl_int e_ = (call); if (e_ != CL_SUCCESS) die(what, e_); } while (0)

static cl_context ctx;
static cl_kernel kern;
static cl_uint argi;

static void arg_buf(const void *host, size_t bytes) {
    cl_int e;
    cl_mem m = clCreateBuffer(ctx, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, bytes, (void *)host, &e);
    if (e != CL_SUCCESS) die("clCreateBuffer", e);
    CK(clSetKernelArg(kern, argi++, sizeof m, &m), "clSetKernelArg");
}
static void arg_val(const void *v, size_t size) { CK(clSetKernelArg(kern, argi++, size, v), "clSetKernelArg"); }

static float rnd(int32_t k) { /* NbodyStep.rnd, in Java's int arithmetic */
    uint32_t v = (uint32_t)k * 1103515245u + 12345u;
    v ^= v >> 13;
    v *= 0x5bd1e995u;
    v ^= v >> 15;
    return (float)(v & 0xffffff) / 16777216.0f;
}

static double cpu_seconds(void) {
    struct rusage r;
    getrusage(RUSAGE_SELF, &r);
    return (double)r.ru_utime.tv_sec + (double)r.ru_utime.tv_usec * 1e-6 + (double)r.ru_stime.tv_sec +
           (double)r.ru_stime.tv_usec * 1e-6;
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *s = malloc((size_t)n + 1);
    if (fread(s, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(1); }
    s[n] = 0;
    fclose(f);
    return s;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: see kernel_time.c\n"); return 2; }
    const char *bench = argv[1];
    int nsize = !strcmp(bench, "mandelbrot") ? 3 : 1;
    if (argc != 2 + nsize + 3) { fprintf(stderr, "usage: see kernel_time.c\n"); return 2; }
    const char *file = argv[2 + nsize], *kname = argv[3 + nsize];
    int reps = atoi(argv[4 + nsize]);

    cl_platform_id plats[16];
    cl_uint np = 0;
    CK(clGetPlatformIDs(16, plats, &np), "clGetPlatformIDs");
    cl_device_id dev = NULL;
    for (cl_uint p = 0; p < np && !dev; p++)
        if (clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_GPU, 1, &dev, NULL) != CL_SUCCESS) dev = NULL;
    for (cl_uint p = 0; p < np && !dev; p++)
        if (clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, 1, &dev, NULL) != CL_SUCCESS) dev = NULL;
    if (!dev) die("finding an OpenCL device", -1);
    cl_int e;
    ctx = clCreateContext(NULL, 1, &dev, NULL, NULL, &e);
    if (e != CL_SUCCESS) die("clCreateContext", e);
    cl_command_queue q = clCreateCommandQueue(ctx, dev, CL_QUEUE_PROFILING_ENABLE, &e);
    if (e != CL_SUCCESS) die("clCreateCommandQueue", e);
    const char *src = slurp(file);
    cl_program prog = clCreateProgramWithSource(ctx, 1, &src, NULL, &e);
    if (e != CL_SUCCESS) die("clCreateProgramWithSource", e);
    if (clBuildProgram(prog, 1, &dev, "-cl-std=CL1.2 -cl-fp32-correctly-rounded-divide-sqrt", NULL, NULL) != CL_SUCCESS) {
        char log[8192] = "";
        clGetProgramBuildInfo(prog, dev, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL);
        fprintf(stderr, "%s", log);
        die("clBuildProgram", -1);
    }
    kern = clCreateKernel(prog, kname, &e);
    if (e != CL_SUCCESS) die("clCreateKernel", e);

    /* the inputs, as the Lime program makes them */
    int32_t n = 0;
    size_t esize = 4;
    cl_mem out = NULL;
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
    out = clCreateBuffer(ctx, CL_MEM_WRITE_ONLY, esize * (size_t)n, NULL, &e);
    if (e != CL_SUCCESS) die("clCreateBuffer (out)", e);
    CK(clSetKernelArg(kern, 0, sizeof out, &out), "clSetKernelArg (out)");
    arg_val(&n, sizeof n);
    int32_t zero[4] = {0, 0, 0, 0};
    cl_mem err = clCreateBuffer(ctx, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof zero, zero, &e);
    if (e != CL_SUCCESS) die("clCreateBuffer (lime_err)", e);
    CK(clSetKernelArg(kern, argi++, sizeof err, &err), "clSetKernelArg (lime_err)");

    size_t global = (size_t)n;
    double best = 1e30, best_cpu = 1e30;
    for (int r = 0; r < reps + 1; r++) { /* the first launch is a warm-up */
        cl_event ev;
        double c0 = cpu_seconds();
        CK(clEnqueueNDRangeKernel(q, kern, 1, NULL, &global, NULL, 0, NULL, &ev), "clEnqueueNDRangeKernel");
        CK(clWaitForEvents(1, &ev), "clWaitForEvents");
        cl_ulong t0, t1;
        CK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_START, sizeof t0, &t0, NULL), "profiling");
        CK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_END, sizeof t1, &t1, NULL), "profiling");
        clReleaseEvent(ev);
        double c1 = cpu_seconds();
        if (r > 0 && (double)(t1 - t0) < best) best = (double)(t1 - t0);
        if (r > 0 && c1 - c0 < best_cpu) best_cpu = c1 - c0;
    }
    void *res = malloc(esize * (size_t)n);
    CK(clEnqueueReadBuffer(q, out, CL_TRUE, 0, esize * (size_t)n, res, 0, NULL, NULL), "clEnqueueReadBuffer");
    CK(clEnqueueReadBuffer(q, err, CL_TRUE, 0, sizeof zero, zero, 0, NULL, NULL), "clEnqueueReadBuffer");
    uint32_t hash = 0;
    for (size_t i = 0; i < esize / 4 * (size_t)n; i++) { /* every 32-bit word */
        uint32_t bits;
        memcpy(&bits, (char *)res + i * 4, 4);
        hash = 31u * hash + bits;
    }
    printf("hash %d lime_err %d\n", (int32_t)hash, zero[0]);
    printf("kernel_ms %.3f\n", best / 1e6);
    printf("kernel_cpu_ms %.3f\n", best_cpu * 1e3);
    return 0;
}
