/* task 0: out[i] = a * x[i] + y[i] (float), as the GPU backend writes a map. */
#pragma OPENCL FP_CONTRACT OFF
__kernel void lime_task_0(__global float *out, const float a, __global const float *x,
                          __global const float *y, const int n, __global int *lime_err) {
    int i = get_global_id(0);
    if (i >= n) return;
    float p = a * x[i];
    out[i] = p + y[i];
}
