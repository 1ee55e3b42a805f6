/* members.c: the library members a kernel computes, bit-exact with the
 * CPU (Java's results): which ones (gpu_builtin_ok, asked by accept.c),
 * their OpenCL C (gpu_member_call, printed by kernel.c), and the helpers
 * every kernel program starts with (gpu_prelude).  Math's transcendental
 * members are the runtime's own source (mathsrc.c). */
#include "gpu.h"

#include <string.h>

static bool is_fp(Type *t) { return t == ty_float || t == ty_double; }

bool gpu_builtin_ok(const Builtin *b) {
    static const char *const bits[] = {"floatToIntBits", "floatToRawIntBits", "intBitsToFloat", "doubleToLongBits",
                                        "doubleToRawLongBits", "longBitsToDouble", "isNaN", "isInfinite"};
    static const char *const ints[] = {"bitCount", "numberOfLeadingZeros", "numberOfTrailingZeros", "compare",
                                        "signum", "reverse", "highestOneBit", "lowestOneBit"};
    bool fp = !strcmp(b->owner, "Float") || !strcmp(b->owner, "Double");
    if (fp || !strcmp(b->owner, "Integer") || !strcmp(b->owner, "Long")) {
        const char *const *names = fp ? bits : ints;
        size_t n = fp ? sizeof bits / sizeof bits[0] : sizeof ints / sizeof ints[0];
        for (size_t i = 0; i < n; i++)
            if (!strcmp(b->name, names[i])) return true;
        return false;
    }
    if (strcmp(b->owner, "Math")) return false;
    if (gpu_math_member(b)) return true;
    static const char *const ok[] = {"sqrt", "abs", "min", "max", "floor", "ceil", "rint",
                                      "toRadians", "toDegrees", "signum", "round", "floorDiv", "floorMod",
                                      "fma", "copySign", "getExponent", "nextUp", "nextDown", "ulp"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (!strcmp(b->name, ok[i])) return true;
    return false;
}

const char *gpu_member_call(const Builtin *b, const char **args, Type *ret) {
    const char *n = b->name;
    if (!strcmp(b->owner, "Integer") || !strcmp(b->owner, "Long")) { /* bits of an int or long */
        bool wide = b->params[0] == 'J';
        const char *u = wide ? "ulong" : "uint", *x = args[0];
        if (!strcmp(n, "bitCount")) return xprintf("((int)popcount(%s))", x);
        if (!strcmp(n, "numberOfLeadingZeros")) return xprintf("((int)clz(%s))", x); /* clz(0): the width, as Java's */
        if (!strcmp(n, "numberOfTrailingZeros")) /* the ones below the lowest one, all for 0 */
            return xprintf("((int)popcount(~(%s)%s & ((%s)%s - (%s)1)))", u, x, u, x, u);
        if (!strcmp(n, "compare")) return xprintf("(%s < %s ? -1 : %s == %s ? 0 : 1)", x, args[1], x, args[1]);
        if (!strcmp(n, "signum")) return xprintf("((int)(%s > 0) - (int)(%s < 0))", x, x);
        if (!strcmp(n, "reverse")) return xprintf("lime_reverse_i(%s)", x);
        if (!strcmp(n, "highestOneBit")) return xprintf("(%s == 0 ? 0 : (int)(0x80000000u >> clz(%s)))", x, x);
        if (!strcmp(n, "lowestOneBit")) return xprintf("((int)((uint)%s & (0u - (uint)%s)))", x, x);
        LIME_UNREACHABLE();
    }
    if (gpu_math_member(b)) /* the runtime's function, same name (gpu_math_source) */
        return strlen(b->params) == 2 ? xprintf("%s(%s, %s)", b->symbol, args[0], args[1])
                                      : xprintf("%s(%s)", b->symbol, args[0]);
    const char *sfx = ret == ty_float ? "f" : ret == ty_double ? "d" : ret == ty_long ? "l" : "i";
    if (!strcmp(n, "sqrt") || !strcmp(n, "floor") || !strcmp(n, "ceil") || !strcmp(n, "rint"))
        return xprintf("%s(%s)", n, args[0]);
    if (!strcmp(n, "abs")) return is_fp(ret) ? xprintf("fabs(%s)", args[0]) : xprintf("lime_abs_%s(%s)", sfx, args[0]);
    if (!strcmp(n, "min") || !strcmp(n, "max")) {
        if (!is_fp(ret)) return xprintf("%s(%s, %s)", n, args[0], args[1]);
        return xprintf("lime_%s_%s(%s, %s)", n, sfx, args[0], args[1]);
    }
    if (!strcmp(n, "toRadians")) return xprintf("(%s * 0x1.1df46a2529d39p-6)", args[0]);
    if (!strcmp(n, "toDegrees")) return xprintf("(%s * 0x1.ca5dc1a63c1f8p+5)", args[0]);
    if (!strcmp(n, "signum")) return xprintf("lime_signum_%s(%s)", sfx, args[0]);
    if (!strcmp(n, "isNaN")) return xprintf("((bool)isnan(%s))", args[0]);
    if (!strcmp(n, "isInfinite")) return xprintf("((bool)isinf(%s))", args[0]);
    /* Float's and Double's bits: a reinterpretation; the non-raw ones with
     * every NaN as Java's canonical one */
    if (!strcmp(n, "floatToRawIntBits")) return xprintf("as_int(%s)", args[0]);
    if (!strcmp(n, "floatToIntBits")) return xprintf("(isnan(%s) ? 0x7fc00000 : as_int(%s))", args[0], args[0]);
    if (!strcmp(n, "intBitsToFloat")) return xprintf("as_float(%s)", args[0]);
    if (!strcmp(n, "doubleToRawLongBits")) return xprintf("as_long(%s)", args[0]);
    if (!strcmp(n, "doubleToLongBits"))
        return xprintf("(isnan(%s) ? (long)0x7ff8000000000000L : as_long(%s))", args[0], args[0]);
    if (!strcmp(n, "longBitsToDouble")) return xprintf("as_double(%s)", args[0]);
    if (!strcmp(n, "round")) return xprintf("lime_round_%s(%s)", ret == ty_long ? "d" : "f", args[0]);
    /* fma: correctly rounded in OpenCL C as in Java; copySign and
     * getExponent on the bits (a NaN's sign bit is copied, as HotSpot's Math) */
    if (!strcmp(n, "fma")) return xprintf("fma(%s, %s, %s)", args[0], args[1], args[2]);
    bool dbl = b->params[0] == 'D';
    if (!strcmp(n, "copySign"))
        return dbl ? xprintf("as_double((as_ulong(%s) & 0x7fffffffffffffffUL) | (as_ulong(%s) & 0x8000000000000000UL))", args[0], args[1])
                   : xprintf("as_float((as_uint(%s) & 0x7fffffffu) | (as_uint(%s) & 0x80000000u))", args[0], args[1]);
    /* the neighbours and the ulp on the bits, never arithmetic on a
     * subnormal (a device may flush those to zero) */
    if (!strcmp(n, "nextUp") || !strcmp(n, "nextDown") || !strcmp(n, "ulp"))
        return xprintf("lime_%s_%s(%s)", !strcmp(n, "ulp") ? "ulp" : !strcmp(n, "nextUp") ? "nextup" : "nextdown",
                       dbl ? "d" : "f", args[0]);
    if (!strcmp(n, "getExponent"))
        return dbl ? xprintf("((int)((as_ulong(%s) >> 52) & 0x7ffUL) - 1023)", args[0])
                   : xprintf("((int)((as_uint(%s) >> 23) & 0xffu) - 127)", args[0]);
    if (!strcmp(n, "floorDiv") || !strcmp(n, "floorMod")) { /* (int, int), (long, long), (long, int) */
        bool wide = b->params[0] == 'J';
        const char *y = wide && b->params[1] == 'I' ? xprintf("(long)%s", args[1]) : args[1];
        const char *call = xprintf("lime_%s_%s(lime_err, %s, %s)", !strcmp(n, "floorDiv") ? "floordiv" : "floormod",
                                   wide ? "l" : "i", args[0], y);
        return wide && ret == ty_int ? xprintf("((int)%s)", call) : call; /* floorMod(long, int): an int */
    }
    LIME_UNREACHABLE();
}

/* (a format: its own per cents doubled) */
static const char *prelude =
    "/* Generated by limec: OpenCL C 1.2 with Java semantics. */\n"
    "#pragma OPENCL FP_CONTRACT OFF\n"
    "%s"
    "\n"
    "/* Plain stores, no atomics, so that a compiler may still put work-items in\n"
    " * SIMD lanes: with several failing work-items the values race, and the\n"
    " * runtime finds the lowest failing element by running parts of the range\n"
    " * again, then that element alone to read its own exception. */\n"
    "static int lime_fail(__global int *err, int code, int a, int b) {\n"
    "    err[0] = code; err[1] = a; err[2] = b;\n"
    "    return 1;\n"
    "}\n"
    "static int lime_check_index(__global int *err, int i, int n) {\n"
    "    if ((uint)i < (uint)n) return i;\n"
    "    lime_fail(err, 1, i, n);\n"
    "    return 0;\n"
    "}\n"
    "static int lime_abs_i(int a) { return a < 0 ? (int)(0u - (uint)a) : a; }\n"
    "static long lime_abs_l(long a) { return a < 0 ? (long)(0ul - (ulong)a) : a; }\n"
    "/* Java's Math.max/min: NaN wins, -0.0 < +0.0 */\n"
    "static float lime_max_f(float a, float b) {\n"
    "    if (isnan(a) || isnan(b)) return a + b;\n"
    "    if (a == b) return as_float(as_int(a) & as_int(b));\n"
    "    return a > b ? a : b;\n"
    "}\n"
    "static float lime_min_f(float a, float b) {\n"
    "    if (isnan(a) || isnan(b)) return a + b;\n"
    "    if (a == b) return as_float(as_int(a) | as_int(b));\n"
    "    return a < b ? a : b;\n"
    "}\n"
    "static float lime_signum_f(float a) { return (a == 0.0f || isnan(a)) ? a : copysign(1.0f, a); }\n"
    "/* Java's Math.floorDiv and floorMod: / by zero as a division's; the\n"
    " * divisor -1 as 1 (then the quotient negated, wrapping), as in int_divrem */\n"
    "#define LIME_FLOOR(T, U, S) \\\n"
    "static T lime_floordiv_##S(__global int *err, T x, T y) { \\\n"
    "    if (y == 0) { lime_fail(err, 2, 0, 0); return 0; } \\\n"
    "    const T d = y == -1 ? (T)1 : y; \\\n"
    "    T q = y == -1 ? (T)((U)0 - (U)x) : x / d; \\\n"
    "    if (x %% d != 0 && (x ^ y) < 0) q = (T)((U)q - (U)1); \\\n"
    "    return q; \\\n"
    "} \\\n"
    "static T lime_floormod_##S(__global int *err, T x, T y) { \\\n"
    "    if (y == 0) { lime_fail(err, 2, 0, 0); return 0; } \\\n"
    "    const T d = y == -1 ? (T)1 : y; \\\n"
    "    T m = x %% d; \\\n"
    "    if (m != 0 && (m ^ y) < 0) m += y; \\\n"
    "    return m; \\\n"
    "}\n"
    "static int lime_reverse_i(int x) { /* Integer.reverse: halves, then quarters, ... swapped */\n"
    "    uint v = (uint)x;\n"
    "    v = (v >> 16) | (v << 16);\n"
    "    v = ((v >> 8) & 0x00ff00ffu) | ((v & 0x00ff00ffu) << 8);\n"
    "    v = ((v >> 4) & 0x0f0f0f0fu) | ((v & 0x0f0f0f0fu) << 4);\n"
    "    v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);\n"
    "    v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);\n"
    "    return (int)v;\n"
    "}\n"
    "/* Math.nextUp, nextDown and ulp on the bits (S: f or d; T: the\n"
    " * float type, I its integer, U unsigned, M the mantissa bits, E the\n"
    " * exponent bias) */\n"
    "#define LIME_NEXT(S, T, I, U, M, E, AS_T, AS_I) \\\n"
    "static T lime_nextup_##S(T x) { \\\n"
    "    const U sign = (U)1 << (sizeof(U) * 8 - 1), inf = (U)(2 * E + 1) << M; \\\n"
    "    const U b = (U)AS_I(x), mag = b & ~sign; \\\n"
    "    if (mag > inf || b == inf) return x; /* NaN, +infinity */ \\\n"
    "    if (mag == 0) return AS_T((I)1); \\\n"
    "    return AS_T((I)(b & sign ? b - 1 : b + 1)); \\\n"
    "} \\\n"
    "static T lime_nextdown_##S(T x) { \\\n"
    "    const U sign = (U)1 << (sizeof(U) * 8 - 1), inf = (U)(2 * E + 1) << M; \\\n"
    "    const U b = (U)AS_I(x), mag = b & ~sign; \\\n"
    "    if (mag > inf || b == (sign | inf)) return x; /* NaN, -infinity */ \\\n"
    "    if (mag == 0) return AS_T((I)(sign | 1)); \\\n"
    "    return AS_T((I)(b & sign ? b + 1 : b - 1)); \\\n"
    "} \\\n"
    "static T lime_ulp_##S(T x) { \\\n"
    "    const U bits = (U)AS_I(x) & ~((U)1 << (sizeof(U) * 8 - 1)); \\\n"
    "    const int e = (int)(bits >> M) - E; \\\n"
    "    if (e == E + 1) return AS_T((I)bits); \\\n"
    "    if (e == -E) return AS_T((I)1); \\\n"
    "    const int k = e - M; /* the ulp is 2^k */ \\\n"
    "    if (k >= 1 - E) return AS_T((I)((U)(k + E) << M)); \\\n"
    "    return AS_T((I)((U)1 << (k + E - 1 + M))); \\\n"
    "}\n"
    "LIME_NEXT(f, float, int, uint, 23, 127, as_float, as_int)\n"
    "LIME_FLOOR(int, uint, i)\n"
    "LIME_FLOOR(long, ulong, l)\n"
    "/* Java's Math.round: the nearest integer, ties up; NaN 0; saturated.\n"
    " * a - floor(a) is exact, or below 0.5 exactly when a - floor(a) is\n"
    " * (0.5 is a float and rounding is monotonic), so the test is exact. */\n"
    "static int lime_round_f(float a) {\n"
    "    float r = floor(a);\n"
    "    if (a - r >= 0.5f) r += 1.0f;\n"
    "    return convert_int_sat_rtz(r);\n"
    "}\n"
    "%s"
    "\n";

static const char *double_helpers =
    "static double lime_max_d(double a, double b) {\n"
    "    if (isnan(a) || isnan(b)) return a + b;\n"
    "    if (a == b) return as_double(as_long(a) & as_long(b));\n"
    "    return a > b ? a : b;\n"
    "}\n"
    "static double lime_min_d(double a, double b) {\n"
    "    if (isnan(a) || isnan(b)) return a + b;\n"
    "    if (a == b) return as_double(as_long(a) | as_long(b));\n"
    "    return a < b ? a : b;\n"
    "}\n"
    "static double lime_signum_d(double a) { return (a == 0.0 || isnan(a)) ? a : copysign(1.0, a); }\n"
    "LIME_NEXT(d, double, long, ulong, 52, 1023, as_double, as_long)\n"
    "static long lime_round_d(double a) {\n"
    "    double r = floor(a);\n"
    "    if (a - r >= 0.5) r += 1.0;\n"
    "    return convert_long_sat_rtz(r);\n"
    "}\n";

void gpu_prelude(StrBuf *out, bool dbl) {
    sb_printf(out, prelude, dbl ? "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n" : "", dbl ? double_helpers : "");
}
