/* Hand-written OpenCL for Mandel.lime's map point(@ Lime.range(w * h), w, h,
 * maxIter), in the runtime's map convention
 *   lime_task_N(__global R *out, operands..., const int n, __global int *lime_err)
 * bench/gpu/run.sh renames it for the task it replaces (call site B's).
 *
 * What the expert knows and the generated kernel does not use:
 * - the mapped operand is Lime.range(w * h), so idx[i] == i: the point
 *   index is the work-item id, no load;
 * - 0 <= i < n and w > 0 once w != 0 is checked (one uniform branch that
 *   keeps Java's ArithmeticException, code 2 as the generated lime_fail
 *   reports it), so i % w and i / w need no "divisor == -1" guard and
 *   it++ cannot overflow (it < maxIter): plain signed arithmetic;
 * - the step sizes 3.5f / w and 2.5f / h are the same for every point.
 * Float operations are Java's, in Java's order, each rounded (FP_CONTRACT
 * OFF, no fused multiply-add), so every count is the JVM's. */
#pragma OPENCL FP_CONTRACT OFF

__kernel void lime_task_0(__global int *restrict out, __global const int *restrict idx, const int w,
                          const int h, const int maxIter, const int n, __global int *lime_err) {
    const int i = get_global_id(0);
    if (i >= n) return;
    if (w == 0) { /* Java: i % 0 throws ArithmeticException */
        if (atomic_cmpxchg(lime_err, 0, 2) == 0) { lime_err[1] = 0; lime_err[2] = 0; }
        return;
    }
    const float cx = -2.5f + (float)(i % w) * (3.5f / (float)w);
    const float cy = -1.25f + (float)(i / w) * (2.5f / (float)h);
    float x = 0.0f, y = 0.0f;
    int it = 0;
    for (; it < maxIter; it++) {
        const float xx = x * x, yy = y * y;
        if (xx + yy > 4.0f) break;
        y = 2.0f * x * y + cy;
        x = xx - yy + cx;
    }
    out[i] = it;
}
