/* Hand-written OpenCL for bench/stream: the FIR + delta + clip pipeline as a
 * data-parallel map, one work-item per output (bench/common/ocl_expert.c
 * runs it: the GPU backend's one kernel for the graph also takes each
 * window's start values and the FIR's coefficients, which this kernel
 * folds in, so it cannot stand in for the generated one).
 *
 * The pipeline's state is short: FIR output i is sum_k c[k] x[i-k] over
 * samples i-7..i (zero before the stream starts, as the filter's history
 * is), and the delta is fir(i) - fir(i-1).  In Java's wrapping int
 * arithmetic (the integers modulo 2^32, a ring) that delta is exactly
 * sum_k (c[k] - c[k-1]) x[i-k] over samples i-8..i (c[-1] = c[8] = 0), with
 * the taps -1 4 4 5 0 -5 -4 -4 1: antisymmetric, so
 *   d = 4 (x1 - x7 + x2 - x6) + 5 (x3 - x5) - (x0 - x8),   xk = x[i-k],
 * the same bits as the FIR followed by the delta for every input, computed
 * in uint (wrapping, as Java's int; OpenCL C's signed overflow is
 * undefined).  Then the clip to [-LIMIT, LIMIT].  The runtime's map
 * convention: (out, operands, n, lime_err); lime_err is never set. */
#define LIMIT 300000

__kernel void stream_expert(__global int *restrict out, __global const int *restrict x, const int n,
                            __global int *lime_err) {
    const int i = get_global_id(0);
    if (i >= n) return;
    uint w[9];
    if (i >= 8) {
        for (int k = 0; k < 9; k++) w[k] = (uint)x[i - k];
    } else { /* the first 8 outputs: samples before the stream are zero */
        for (int k = 0; k < 9; k++) w[k] = k <= i ? (uint)x[i - k] : 0u;
    }
    const int d = (int)(4u * (w[1] - w[7] + w[2] - w[6]) + 5u * (w[3] - w[5]) - (w[0] - w[8]));
    out[i] = clamp(d, -LIMIT, LIMIT);
}
