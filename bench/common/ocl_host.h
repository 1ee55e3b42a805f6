/* bench/common/ocl_host.h: what the benchmarks' standalone OpenCL hosts
 * share (bench/gpu/kernel_time.c, bench/common/ocl_expert.c): OpenCL 1.2
 * through the ICD loader (link -lOpenCL), the device LIME_DEVICE=gpu picks,
 * and the runtime's build options.
 *
 *  - ocl_open(prog): the first available GPU-type device of any platform,
 *    else the first available device (as runtime/opencl.c chooses for
 *    LIME_DEVICE=gpu); a context and a profiling queue on it;
 *  - ocl_kernel(file, name): builds one .cl file with OCL_BUILD_OPTIONS and
 *    returns the named kernel (the build log on stderr if it fails);
 *  - OCL_CK(call, what): exit with a message unless the call succeeded;
 *  - ocl_event_ms(ev): a finished event's run time from its profiling info.
 *
 * OCL_BUILD_OPTIONS must be runtime/opencl.c's BUILD_OPTIONS; the harness
 * passes that string in with -D, kernel_time.c uses this copy. */
#ifndef BENCH_OCL_HOST_H
#define BENCH_OCL_HOST_H
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef OCL_BUILD_OPTIONS
#define OCL_BUILD_OPTIONS "-cl-std=CL1.2 -cl-fp32-correctly-rounded-divide-sqrt"
#endif

static const char *ocl_prog = "ocl";
static cl_device_id ocl_dev;
static cl_context ocl_ctx;
static cl_command_queue ocl_queue;
/* The device shares host memory (CL_DEVICE_HOST_UNIFIED_MEMORY) and
 * LIME_CL_BUFFERS is not `copy`: arrays are lent to it, as the runtime does. */
static int ocl_shared;

static void ocl_die(const char *what, cl_int e) {
    fprintf(stderr, "%s: %s failed (%d)\n", ocl_prog, what, (int)e);
    exit(1);
}
#define OCL_CK(call, what) do { cl_int e_ = (call); if (e_ != CL_SUCCESS) ocl_die(what, e_); } while (0)

static char *ocl_slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *s = malloc((size_t)n + 1);
    if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(1); }
    s[n] = 0;
    fclose(f);
    return s;
}

/* the first available device of `type` on any platform, or NULL */
static cl_device_id ocl_find(cl_platform_id *plats, cl_uint np, cl_device_type type) {
    for (cl_uint p = 0; p < np; p++) {
        cl_device_id ds[16];
        cl_uint nd = 0;
        if (clGetDeviceIDs(plats[p], type, 16, ds, &nd) != CL_SUCCESS) continue;
        for (cl_uint j = 0; j < nd && j < 16; j++) {
            cl_bool avail = CL_TRUE;
            clGetDeviceInfo(ds[j], CL_DEVICE_AVAILABLE, sizeof avail, &avail, NULL);
            if (avail) return ds[j];
        }
    }
    return NULL;
}

static void ocl_open(const char *prog) {
    ocl_prog = prog;
    cl_platform_id plats[16];
    cl_uint np = 0;
    OCL_CK(clGetPlatformIDs(16, plats, &np), "clGetPlatformIDs (no OpenCL platform?)");
    if (np > 16) np = 16;
    ocl_dev = ocl_find(plats, np, CL_DEVICE_TYPE_GPU);
    if (!ocl_dev) ocl_dev = ocl_find(plats, np, CL_DEVICE_TYPE_ALL);
    if (!ocl_dev) ocl_die("finding an OpenCL device", -1);
    cl_bool unified = CL_FALSE;
    if (clGetDeviceInfo(ocl_dev, CL_DEVICE_HOST_UNIFIED_MEMORY, sizeof unified, &unified, NULL) != CL_SUCCESS)
        unified = CL_FALSE;
    const char *mode = getenv("LIME_CL_BUFFERS");
    ocl_shared = unified == CL_TRUE && !(mode && strcmp(mode, "copy") == 0);
    cl_int e;
    ocl_ctx = clCreateContext(NULL, 1, &ocl_dev, NULL, NULL, &e);
    OCL_CK(e, "clCreateContext");
    ocl_queue = clCreateCommandQueue(ocl_ctx, ocl_dev, CL_QUEUE_PROFILING_ENABLE, &e);
    OCL_CK(e, "clCreateCommandQueue");
}

static cl_kernel ocl_kernel(const char *file, const char *name) {
    const char *src = ocl_slurp(file);
    cl_int e;
    cl_program prog = clCreateProgramWithSource(ocl_ctx, 1, &src, NULL, &e);
    OCL_CK(e, "clCreateProgramWithSource");
    if (clBuildProgram(prog, 1, &ocl_dev, OCL_BUILD_OPTIONS, NULL, NULL) != CL_SUCCESS) {
        char log[8192] = "";
        clGetProgramBuildInfo(prog, ocl_dev, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL);
        fprintf(stderr, "%s", log);
        ocl_die("clBuildProgram", -1);
    }
    cl_kernel k = clCreateKernel(prog, name, &e);
    OCL_CK(e, "clCreateKernel");
    free((void *)src);
    return k;
}

static double ocl_event_ms(cl_event ev) {
    cl_ulong t0, t1;
    OCL_CK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_START, sizeof t0, &t0, NULL), "profiling");
    OCL_CK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_END, sizeof t1, &t1, NULL), "profiling");
    return (double)(t1 - t0) / 1e6;
}
#endif
