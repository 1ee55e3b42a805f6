/* Hand-written OpenCL for bench/gpu/Stream.lime's graph
 *   samples.source() => task new Fir().step => task new Delta().step => task Stream.clip
 * in the GENERATED chain kernel's convention (limec --emit=opencl of the
 * program; runtime/opencl.c launches it), so that bench/gpu/run.sh can put
 * it in place of site B's kernel unchanged:
 *   lime_task_N(__global int *out, __global const int *src,
 *               __global const int *pre0, const int pre0_len,  (the FIR's window start: src[-8..-1])
 *               __global const int *c, const int c_len,        (the FIR's coefficients, taken whole)
 *               __global const int *pre1, const int pre1_len,  (the delta's window start: its prev)
 *               const int n, __global int *lime_err)
 * with 64 items per work-item (the manifest's items_per_work_item): global
 * size ceil(n / 64), work-item g writes out[64 g .. min(n, 64 g + 64)).
 *
 * As bench/stream/expert.cl: FIR output i is sum_k c[k] x[i-k] over
 * samples i-7..i, and the delta is fir(i) - fir(i-1); in Java's wrapping
 * int arithmetic (the integers modulo 2^32, a ring) that is exactly
 * sum_k (c[k] - c[k-1]) x[i-k] over samples i-8..i, with this program's
 * coefficients -1 3 7 12 12 7 3 -1 the taps -1 4 4 5 0 -5 -4 -4 1:
 *   d = 4 (x1 - x7 + x2 - x6) + 5 (x3 - x5) - (x0 - x8),   xk = x[i-k],
 * the same bits as the FIR followed by the delta for every input, computed
 * in uint (wrapping, as Java's int; OpenCL C's signed overflow is
 * undefined), then the clip to [-LIMIT, LIMIT].  So the coefficients are
 * folded in (the c argument is ignored: an expert writes the filter he
 * knows).  Each of the work-item's 64 items reads its 9 samples (the
 * neighbours' are in cache); the items do not depend on each other, so the
 * compiler may vectorise the loop over them (on PoCL this took half the
 * time of sliding the 8 samples along the items in registers, which chains
 * every item to the one before).  The first work-item's items (before the
 * stream has 8 samples) are the FIR and the delta as written, from the
 * window starts pre0 (the samples before the stream) and pre1 (the delta's
 * prev), so the kernel gives the generated one's bits for any start
 * state.  Nothing can throw,
 * so lime_err is unused. */
#define LIMIT 300000
#define ITEMS 64

/* the sample at j (j < 0: the window start, pre0 holds src[-8..-1]) */
static uint sample_at(__global const int *src, __global const int *pre0, int j) {
    return (uint)(j >= 0 ? src[j] : pre0[8 + j]);
}

__kernel void lime_task_9(__global int *restrict out, __global const int *restrict src,
                          __global const int *restrict pre0, const int pre0_len,
                          __global const int *restrict c, const int c_len,
                          __global const int *restrict pre1, const int pre1_len, const int n,
                          __global int *lime_err) {
    if (get_global_id(0) >= ((size_t)n + ITEMS - 1) / ITEMS) return;
    const int s = (int)get_global_id(0) * ITEMS;
    const int e = s + min(n - s, ITEMS);
    if (s >= 8) {
        for (int i = s; i < e; i++) {
            const uint x0 = (uint)src[i], x1 = (uint)src[i - 1], x2 = (uint)src[i - 2], x3 = (uint)src[i - 3];
            const uint x5 = (uint)src[i - 5], x6 = (uint)src[i - 6], x7 = (uint)src[i - 7], x8 = (uint)src[i - 8];
            const int d = (int)(4u * (x1 - x7 + x2 - x6) + 5u * (x3 - x5) - (x0 - x8));
            out[i] = clamp(d, -LIMIT, LIMIT);
        }
    } else { /* the first work-item: the FIR and the delta from the window starts */
        const uint cf[8] = {(uint)-1, 3u, 7u, 12u, 12u, 7u, 3u, (uint)-1};
        uint prev = (uint)pre1[0];
        for (int i = s; i < e; i++) {
            uint fir = 0;
            for (int k = 0; k < 8; k++) fir += cf[k] * sample_at(src, pre0, i - k);
            out[i] = clamp((int)(fir - prev), -LIMIT, LIMIT);
            prev = fir;
        }
    }
}
