/* Hand-written OpenCL for Crc32.lime's map block(@ Lime.range(nb), words,
 * table): one work-item per 4096-byte block, its CRC-32 alone (initial
 * value and final XOR) by slicing-by-8 over two words a step, the eight
 * 256-entry tables first copied into local memory by the work-group.  The
 * runtime's map convention; bench/harness.py renames the kernel to the
 * task's id.  The index operand is Lime.range(nb), so the block is
 * get_global_id(0); one uniform check each that the words and the table are
 * long enough (the program makes them so) keeps Java's
 * ArrayIndexOutOfBoundsException in place of a check per load. */
#define WORDS 1024

__kernel void lime_task_4(__global uint *restrict out, __global const int *restrict idx,
                          __global const uint *restrict w, const int w_len,
                          __global const uint *restrict t, const int t_len,
                          const int n, __global int *lime_err) {
    __local uint lt[2048];
    const int b = get_global_id(0);
    if (t_len < 2048) { /* uniform: every work-item returns before the barrier */
        if (b == 0) { lime_err[0] = 1; lime_err[1] = t_len; lime_err[2] = t_len; } /* some index >= t_len */
        return;
    }
    for (int k = get_local_id(0); k < 2048; k += get_local_size(0)) lt[k] = t[k];
    barrier(CLK_LOCAL_MEM_FENCE);
    if (b >= n) return;
    if ((b + 1) * WORDS > w_len) {
        lime_err[0] = 1; lime_err[1] = b * WORDS < w_len ? w_len : b * WORDS; lime_err[2] = w_len;
        return;
    }
    __global const uint *p = w + b * WORDS;
    uint c = 0xFFFFFFFFu;
    for (int j = 0; j < WORDS; j += 2) {
        const uint x = c ^ p[j], y = p[j + 1];
        c = lt[1792 + (x & 255)] ^ lt[1536 + ((x >> 8) & 255)] ^ lt[1280 + ((x >> 16) & 255)] ^ lt[1024 + (x >> 24)] ^
            lt[768 + (y & 255)] ^ lt[512 + ((y >> 8) & 255)] ^ lt[256 + ((y >> 16) & 255)] ^ lt[y >> 24];
    }
    out[b] = ~c;
}
