/* task 3: out[i] = T[y[i]] for a 4-element table T (int): a Java
 * ArrayIndexOutOfBoundsException when y[i] is outside [0, 4), the lowest
 * failing element's (lime_err[3], as limec's kernels keep it). */
__constant int T[4] = {10, 20, 30, 40};
__kernel void lime_task_3(__global int *out, __global const int *y, const int n, __global int *lime_err) {
    int i = get_global_id(0);
    if (i >= n) return;
    int k = y[i];
    if (k < 0 || k >= 4) {
        atomic_min(&lime_err[3], i); /* the runtime reruns the lowest failing work-item alone */
        if (atomic_cmpxchg(&lime_err[0], 0, 1) == 0) {
            lime_err[1] = k;
            lime_err[2] = 4;
        }
        out[i] = 0;
        return;
    }
    out[i] = T[k];
}
