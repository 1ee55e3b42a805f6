/* task 2: out[i] = x[i] / y[i] (int): Java's ArithmeticException on zero. */
__kernel void lime_task_2(__global int *out, __global const int *x, __global const int *y,
                          const int n, __global int *lime_err) {
    int i = get_global_id(0);
    if (i >= n) return;
    int d = y[i];
    if (d == 0) {
        atomic_cmpxchg(&lime_err[0], 0, 2);
        out[i] = 0;
        return;
    }
    out[i] = (d == -1) ? (int)(0u - (uint)x[i]) : x[i] / d; /* Java: MIN_VALUE / -1 == MIN_VALUE */
}
