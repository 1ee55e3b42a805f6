/* task 1: float + reduce in the canonical tree (LANGUAGE.md 2.5).  Work-group
 * g of L items reduces elements [g*2L, min(n, (g+1)*2L)) to out[g]: at each
 * level with c valid values, item l < c/2 combines (2l, 2l+1) and, when c is
 * odd, item c/2 passes the last value up unchanged. */
#pragma OPENCL FP_CONTRACT OFF
__kernel void lime_task_1(__global const float *in, __global float *out, const int n,
                          __local float *scratch, __global int *lime_err) {
    int l = get_local_id(0);
    int L = get_local_size(0);
    int start = get_group_id(0) * 2 * L;
    int c = min(2 * L, n - start);
    if (l < c / 2)
        scratch[l] = in[start + 2 * l] + in[start + 2 * l + 1];
    else if ((c & 1) && l == c / 2)
        scratch[l] = in[start + c - 1];
    barrier(CLK_LOCAL_MEM_FENCE);
    c = (c + 1) / 2;
    while (c > 1) {
        float r = 0.0f;
        bool w = false;
        if (l < c / 2) {
            r = scratch[2 * l] + scratch[2 * l + 1];
            w = true;
        } else if ((c & 1) && l == c / 2) {
            r = scratch[c - 1];
            w = true;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        if (w) scratch[l] = r;
        barrier(CLK_LOCAL_MEM_FENCE);
        c = (c + 1) / 2;
    }
    if (l == 0) out[get_group_id(0)] = scratch[0];
}
