/* Hand-written OpenCL for Saxpy.lime's map saxpy(@ x, @ y, a): the kernel
 * an OpenCL programmer would write, in the runtime's map convention
 *   lime_task_N(__global R *out, operands..., const int n, __global int *lime_err)
 * bench/gpu/run.sh renames it for the task it replaces (call site B's).
 *
 * Same results as Java: a * x + y is two roundings (no fused multiply-add),
 * so FP_CONTRACT stays OFF.  Nothing can throw, so lime_err is unused.
 * restrict: out, x and y are distinct buffers (the runtime makes them). */
#pragma OPENCL FP_CONTRACT OFF

__kernel void lime_task_2(__global float *restrict out, __global const float *restrict x,
                          __global const float *restrict y, const float a, const int n,
                          __global int *lime_err) {
    const int i = get_global_id(0);
    if (i < n) out[i] = a * x[i] + y[i];
}
