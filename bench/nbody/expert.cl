/* Hand-written OpenCL for NBody.lime's map accel(@ Lime.range(n), px, py,
 * pz, m, eps2): one work-item per body i, summing the pulls of all bodies j
 * in order.  The runtime's map convention (a broadcast value array arrives
 * as a buffer and its length); bench/harness.py renames the kernel to the
 * generated task's id.  Same bits as Java: FP_CONTRACT OFF, correctly
 * rounded sqrt (the runtime builds with -cl-fp32-correctly-rounded-divide-sqrt;
 * a float sqrt equals Java's (float) Math.sqrt of a float), no fp64.  The
 * index operand is Lime.range(n), so i is get_global_id(0); the four arrays
 * have the same length n (the program makes them so), so no index checks. */
#pragma OPENCL FP_CONTRACT OFF

typedef struct { float x; float y; float z; } V_Vec;

__kernel void lime_task_0(__global V_Vec *restrict out, __global const int *restrict idx,
                          __global const float *restrict px, const int px_len,
                          __global const float *restrict py, const int py_len,
                          __global const float *restrict pz, const int pz_len,
                          __global const float *restrict m, const int m_len,
                          const float eps2, const int n, __global int *lime_err) {
    const int i = get_global_id(0);
    if (i >= n) return;
    const float xi = px[i], yi = py[i], zi = pz[i];
    float sx = 0.0f, sy = 0.0f, sz = 0.0f;
    for (int j = 0; j < px_len; j++) {
        const float dx = px[j] - xi, dy = py[j] - yi, dz = pz[j] - zi;
        const float d2 = dx * dx + dy * dy + dz * dz + eps2;
        const float f = m[j] / (d2 * sqrt(d2));
        sx += dx * f;
        sy += dy * f;
        sz += dz * f;
    }
    V_Vec r;
    r.x = sx; r.y = sy; r.z = sz;
    out[i] = r;
}
