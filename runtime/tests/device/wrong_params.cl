/* task 0 with one parameter too few (no y): clSetKernelArg fails at run time. */
__kernel void lime_task_0(__global float *out, const float a, __global const float *x,
                          const int n, __global int *lime_err) {
    int i = get_global_id(0);
    if (i < n) out[i] = a * x[i];
}
