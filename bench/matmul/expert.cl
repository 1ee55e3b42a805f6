/* Hand-written OpenCL for MatMul.lime's map cell(@ Lime.range(n * n), a, b, n):
 * one work-item per cell of C, summing over k in order (Java's float
 * operations, FP_CONTRACT OFF: the same bits).  The runtime's map
 * convention; bench/harness.py renames the kernel to the task's id.  The
 * index operand is Lime.range(n * n), so the cell is get_global_id(0); a and
 * b have n * n elements (the program makes them so), so no index checks;
 * the uniform n == 0 check keeps Java's ArithmeticException for p / n. */
#pragma OPENCL FP_CONTRACT OFF

__kernel void lime_task_1(__global float *restrict out, __global const int *restrict idx,
                          __global const float *restrict a, const int a_len,
                          __global const float *restrict b, const int b_len,
                          const int n, const int count, __global int *lime_err) {
    const int p = get_global_id(0);
    if (p >= count) return;
    if (n == 0) { if (atomic_cmpxchg(lime_err, 0, 2) == 0) { lime_err[1] = 0; lime_err[2] = 0; } return; }
    const int i = p / n, j = p % n;
    __global const float *ai = a + i * n;
    float s = 0.0f;
    for (int k = 0; k < n; k++) s += ai[k] * b[k * n + j];
    out[p] = s;
}
