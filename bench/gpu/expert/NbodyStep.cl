/* Hand-written OpenCL for NbodyStep.lime's per-pair map
 * pairForce(@ xi, @ yi, @ zi, @ xj, @ yj, @ zj, @ mj, eps2), in the
 * runtime's map convention
 *   lime_task_N(__global R *out, operands..., const int n, __global int *lime_err)
 * bench/gpu/run.sh renames it for the task it replaces (call site B's).
 *
 * Java computes (float) Math.sqrt(d2) in double and rounds to float.  For
 * a float d2 that equals the correctly rounded float square root (double
 * has 53 >= 2 * 24 + 2 significand bits, so the double rounding is
 * innocuous), and the runtime builds kernels with
 * -cl-fp32-correctly-rounded-divide-sqrt: the expert takes a float sqrt
 * and needs no fp64 at all.  Everything else is Java's float arithmetic in
 * Java's order (FP_CONTRACT OFF: no fused multiply-add, so the same bits).
 * Nothing can throw, so lime_err is unused. */
#pragma OPENCL FP_CONTRACT OFF

__kernel void lime_task_0(__global float *restrict out, __global const float *restrict xi,
                          __global const float *restrict yi, __global const float *restrict zi,
                          __global const float *restrict xj, __global const float *restrict yj,
                          __global const float *restrict zj, __global const float *restrict mj,
                          const float eps2, const int n, __global int *lime_err) {
    const int k = get_global_id(0);
    if (k >= n) return;
    const float dx = xj[k] - xi[k], dy = yj[k] - yi[k], dz = zj[k] - zi[k];
    const float d2 = dx * dx + dy * dy + dz * dz + eps2;
    out[k] = mj[k] / (d2 * sqrt(d2));
}
