/* ocl_expert.c: the expert OpenCL version of a benchmark whose task the GPU
 * backend rejects, so that there is no generated kernel for the expert's to
 * replace (bench/harness.py runs the other expert kernels through the Lime
 * runtime's own path).  This host does what that path does for a map call,
 * so the two kinds of expert OpenCL rows measure the same thing:
 *
 *  - the inputs are made as the benchmark's Naive.java and expert.c make
 *    them (rnd() of bench.h), outside the timed part;
 *  - each repetition (`reps` of them, the benchmark's last argument) makes
 *    buffers of the host arrays (copies, or on a device that shares host
 *    memory the arrays themselves, CL_MEM_USE_HOST_PTR, as the runtime
 *    chooses), launches the kernel over n work-items (local size left to
 *    the driver), reads lime_err back and the output (a read, or a map of
 *    the shared output), and releases the buffers, and prints
 *    `time_ms T` for all of that, as the runtime does at every map call;
 *    the first repetition also builds the kernel (the runtime builds at a
 *    task's first call), with the runtime's build options;
 *  - `kernel_ms T`: the kernel alone, from the launch's profiling event;
 *  - after the repetitions, the same `result ...` line as Naive.java,
 *    reduced on the host in Java's order.
 *
 * Kernels take the runtime's map convention: (__global R *out, the
 * operands (arrays as buffers, scalars by value), const int n,
 * __global int *lime_err).
 *
 * usage: ocl_expert blackscholes FILE.cl KERNEL n reps
 *        ocl_expert stream FILE.cl KERNEL n reps
 *        ocl_expert device   (prints the device it would use, or fails)
 * Device: the first GPU-type OpenCL device, else the first (ocl_host.h). */
#include "bench.h"
#include "ocl_host.h"

typedef struct {
    const void *host; /* an array operand: a new buffer of it each call; NULL: a value */
    const void *value;
    size_t size;      /* bytes of the array, or of the value */
} Operand;

/* One map call as the runtime makes it; returns the kernel's own time in ms. */
static double map_call(cl_kernel k, const Operand *ops, int nops, void *out, size_t out_bytes, int32_t n) {
    cl_int e, err[4] = {0, 0, 0, 0};
    cl_mem bufs[8], outb, errb;
    if (nops > 8) ocl_die("more than 8 operands", -1);
    cl_mem_flags lend = ocl_shared ? CL_MEM_USE_HOST_PTR : CL_MEM_COPY_HOST_PTR;
    outb = clCreateBuffer(ocl_ctx, CL_MEM_WRITE_ONLY | (ocl_shared ? CL_MEM_USE_HOST_PTR : 0), out_bytes,
                          ocl_shared ? out : NULL, &e);
    OCL_CK(e, "clCreateBuffer (output)");
    errb = clCreateBuffer(ocl_ctx, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof err, err, &e);
    OCL_CK(e, "clCreateBuffer (lime_err)");
    cl_uint ai = 0;
    OCL_CK(clSetKernelArg(k, ai++, sizeof outb, &outb), "clSetKernelArg (output)");
    for (int i = 0; i < nops; i++) {
        if (ops[i].host) {
            bufs[i] = clCreateBuffer(ocl_ctx, CL_MEM_READ_ONLY | lend, ops[i].size,
                                     (void *)ops[i].host, &e);
            OCL_CK(e, "clCreateBuffer (operand)");
            OCL_CK(clSetKernelArg(k, ai++, sizeof bufs[i], &bufs[i]), "clSetKernelArg (operand)");
        } else
            OCL_CK(clSetKernelArg(k, ai++, ops[i].size, ops[i].value), "clSetKernelArg (value)");
    }
    OCL_CK(clSetKernelArg(k, ai++, sizeof n, &n), "clSetKernelArg (n)");
    OCL_CK(clSetKernelArg(k, ai++, sizeof errb, &errb), "clSetKernelArg (lime_err)");
    size_t global = (size_t)n;
    cl_event ev;
    OCL_CK(clEnqueueNDRangeKernel(ocl_queue, k, 1, NULL, &global, NULL, 0, NULL, &ev), "clEnqueueNDRangeKernel");
    OCL_CK(clEnqueueReadBuffer(ocl_queue, errb, CL_TRUE, 0, sizeof err, err, 0, NULL, NULL),
           "clEnqueueReadBuffer (lime_err)");
    if (err[0] != 0) {
        fprintf(stderr, "%s: the kernel reported error %d\n", ocl_prog, (int)err[0]);
        exit(1);
    }
    if (ocl_shared) {
        void *p = clEnqueueMapBuffer(ocl_queue, outb, CL_TRUE, CL_MAP_READ, 0, out_bytes, 0, NULL, NULL, &e);
        OCL_CK(e, "clEnqueueMapBuffer (output)");
        OCL_CK(clEnqueueUnmapMemObject(ocl_queue, outb, p, 0, NULL, NULL), "clEnqueueUnmapMemObject (output)");
        OCL_CK(clFinish(ocl_queue), "clFinish");
    } else
        OCL_CK(clEnqueueReadBuffer(ocl_queue, outb, CL_TRUE, 0, out_bytes, out, 0, NULL, NULL),
               "clEnqueueReadBuffer (output)");
    double kernel_ms = ocl_event_ms(ev);
    clReleaseEvent(ev);
    for (int i = 0; i < nops; i++)
        if (ops[i].host) clReleaseMemObject(bufs[i]);
    clReleaseMemObject(outb);
    clReleaseMemObject(errb);
    return kernel_ms;
}

/* The repetitions: the first builds the kernel inside its time, as the runtime does. */
static void repeat(const char *file, const char *kname, int reps, const Operand *ops, int nops, void *out,
                   size_t out_bytes, int32_t n) {
    cl_kernel k = NULL;
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        if (!k) k = ocl_kernel(file, kname);
        double kms = map_call(k, ops, nops, out, out_bytes, n);
        printf("time_ms %.4f\nkernel_ms %.4f\n", now_ms() - t0, kms);
    }
}

/* BlackScholes.lime's map price(@ s, @ k, @ t, r, v) -> Price {call, put} */
static void blackscholes(const char *file, const char *kname, int32_t n, int reps) {
    double *s = xalloc(sizeof(double) * (size_t)n), *k = xalloc(sizeof(double) * (size_t)n);
    double *t = xalloc(sizeof(double) * (size_t)n), *price = xalloc(2 * sizeof(double) * (size_t)n);
    for (int32_t i = 0; i < n; i++) {
        s[i] = 10.0f + 90.0f * rnd(3 * i);
        k[i] = 10.0f + 90.0f * rnd(3 * i + 1);
        t[i] = 0.25f + 2.0f * rnd(3 * i + 2);
    }
    const double r = 0.02, v = 0.30;
    size_t bytes = sizeof(double) * (size_t)n;
    Operand ops[] = {{s, NULL, bytes}, {k, NULL, bytes}, {t, NULL, bytes},
                     {NULL, &r, sizeof r}, {NULL, &v, sizeof v}};
    repeat(file, kname, reps, ops, 5, price, 2 * bytes, n);
    double sc = 0, sp = 0;
    for (int32_t i = 0; i < n; i++) { sc += price[2 * i]; sp += price[2 * i + 1]; }
    printf("result calls %lld puts %lld\n", java_round(sc * 100), java_round(sp * 100));
}

/* bench/stream: FIR + delta + clip, one output per work-item */
static void stream(const char *file, const char *kname, int32_t n, int reps) {
    int32_t *x = xalloc(sizeof(int32_t) * (size_t)n), *out = xalloc(sizeof(int32_t) * (size_t)n);
    for (int32_t i = 0; i < n; i++) x[i] = (int32_t)(rnd(i) * 65536.0f) - 32768;
    Operand ops[] = {{x, NULL, sizeof(int32_t) * (size_t)n}};
    repeat(file, kname, reps, ops, 1, out, sizeof(int32_t) * (size_t)n, n);
    int32_t h = 0;
    long long sum = 0;
    for (int32_t i = 0; i < n; i++) { h = hash_i(h, out[i]); sum += out[i]; }
    printf("result hash %d sum %lld\n", h, sum);
}

int main(int argc, char **argv) {
    if (argc == 2 && !strcmp(argv[1], "device")) {
        ocl_open("ocl_expert");
        char name[256] = "";
        OCL_CK(clGetDeviceInfo(ocl_dev, CL_DEVICE_NAME, sizeof name - 1, name, NULL), "clGetDeviceInfo");
        printf("device %s\n", name);
        return 0;
    }
    if (argc != 6) {
        fprintf(stderr, "usage: ocl_expert blackscholes|stream FILE.cl KERNEL n reps\n");
        return 2;
    }
    const char *bench = argv[1], *file = argv[2], *kname = argv[3];
    int32_t n = atoi(argv[4]);
    int reps = atoi(argv[5]);
    if (n <= 0 || reps <= 0) {
        fprintf(stderr, "ocl_expert: n and reps must be positive\n");
        return 2;
    }
    ocl_open("ocl_expert");
    if (!strcmp(bench, "blackscholes"))
        blackscholes(file, kname, n, reps);
    else if (!strcmp(bench, "stream"))
        stream(file, kname, n, reps);
    else {
        fprintf(stderr, "ocl_expert: unknown benchmark %s\n", bench);
        return 2;
    }
    return 0;
}
