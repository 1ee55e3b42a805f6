/* task 3: out[i] = T[y[i]] for a 4-element table T (int): a Java
 * ArrayIndexOutOfBoundsException when y[i] is outside [0, 4), the lowest
 * failing element's: failing work-items store without atomics, as limec's
 * lime_fail does, and the runtime bisects for the lowest one. */
__constant int T[4] = {10, 20, 30, 40};
__kernel void lime_task_3(__global int *out, __global const int *y, const int n, __global int *lime_err) {
    int i = get_global_id(0);
    if (i >= n) return;
    int k = y[i];
    if (k < 0 || k >= 4) {
        lime_err[0] = 1;
        lime_err[1] = k;
        lime_err[2] = 4;
        out[i] = 0;
        return;
    }
    out[i] = T[k];
}
