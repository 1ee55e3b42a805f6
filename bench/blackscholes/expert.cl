/* Hand-written OpenCL for BlackScholes.lime's map price(@ s, @ k, @ t, r, v):
 * one work-item per option, the same formulas in double with OpenCL's exp,
 * log and sqrt (exp and log within a few ulp: the prices may differ from
 * Java's in the last bits, which the printed sums in cents do not show).
 * The runtime's map convention (the output a Price {call, put} per option).
 * bench/harness.py renames the kernel to the task's id and runs it through
 * the runtime's own path in place of the generated one (whose exp and log
 * are the runtime's fdlibm, bit for bit the CPU's); so does bench/gpu/run.sh
 * for bench/gpu/BlackScholes.lime's call site B, comparing the two kernels'
 * prices within a stated tolerance (bench/gpu/kernel_time.c: 1e-12
 * relative or absolute; the largest difference seen is 5.7e-14) where its
 * other benchmarks require the same bits.  sqrt is correctly rounded in
 * both.  Nothing can throw, so lime_err is unused. */
#pragma OPENCL FP_CONTRACT OFF
#pragma OPENCL EXTENSION cl_khr_fp64 : enable

typedef struct { double call; double put; } V_Price;

static double cnd(double x) {
    const double l = fabs(x);
    const double k = 1.0 / (1.0 + 0.2316419 * l);
    const double poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
    const double w = 1.0 - 0.3989422804014327 * exp(-0.5 * l * l) * poly;
    return x < 0 ? 1.0 - w : w;
}

__kernel void lime_task_3(__global V_Price *restrict out, __global const double *restrict s,
                          __global const double *restrict k, __global const double *restrict t,
                          const double r, const double v, const int n, __global int *lime_err) {
    const int i = get_global_id(0);
    if (i >= n) return;
    const double sqrtT = sqrt(t[i]);
    const double d1 = (log(s[i] / k[i]) + (r + 0.5 * v * v) * t[i]) / (v * sqrtT);
    const double d2 = d1 - v * sqrtT;
    const double disc = k[i] * exp(-r * t[i]);
    V_Price p;
    p.call = s[i] * cnd(d1) - disc * cnd(d2);
    p.put = disc * cnd(-d2) - s[i] * cnd(-d1);
    out[i] = p;
}
