/* Hand-written OpenCL for Saxpy.lime's map prod(@ z, @ x): (double) z * x.
 * The runtime's map convention; bench/harness.py renames the kernel to the
 * generated task's id.  The product of two floats is exact in double. */
#pragma OPENCL FP_CONTRACT OFF
#pragma OPENCL EXTENSION cl_khr_fp64 : enable

__kernel void lime_task_3(__global double *restrict out, __global const float *restrict z,
                          __global const float *restrict x, const int n, __global int *lime_err) {
    const int i = get_global_id(0);
    if (i < n) out[i] = (double)z[i] * (double)x[i];
}
