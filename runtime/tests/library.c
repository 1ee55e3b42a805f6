/* library.c: recomputes with the runtime each "<op> <args> = <result>" line
 * that Library.java printed, and prints "<op> <args> = <its result>"; the
 * outputs must be identical.  Expected exceptions are run in a forked child
 * whose stderr is captured (an uncaught exception ends the process).
 *
 * With -m FILE it instead reads Library.java's Math samples and prints, per
 * transcendental function, how many results differ from the JVM's; it exits
 * 1 if any do for a function that must match (see EXACT). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lime.h"

static char res[1 << 16];

static LimeString *str_arg(const char *t) {
    if (!strcmp(t, "null")) return NULL;
    if (!strcmp(t, "\"\"")) return lime_string_from_utf8("", 0);
    size_t n = strlen(t) / 4;
    LimeArray *a = lime_new_prim_array(2, (int32_t)n);
    uint16_t *c = (uint16_t *)((char *)a + LIME_ARRAY_DATA_OFFSET);
    for (size_t i = 0; i < n; i++) {
        char h[5] = {t[4 * i], t[4 * i + 1], t[4 * i + 2], t[4 * i + 3], 0};
        c[i] = (uint16_t)strtoul(h, NULL, 16);
    }
    return lime_string_valueOf_AC(a);
}

static double dbl_arg(const char *t) { return lime_double_longBitsToDouble_J((int64_t)strtoull(t, NULL, 16)); }
static float flt_arg(const char *t) { return lime_float_intBitsToFloat_I((int32_t)strtoul(t, NULL, 16)); }

static void put_str(const LimeString *s) {
    if (!s) {
        strcpy(res, "null");
    } else if (s->length == 0) {
        strcpy(res, "\"\"");
    } else {
        for (int32_t i = 0; i < s->length; i++) sprintf(res + 4 * i, "%04x", s->chars[i]);
    }
}

/* Results print NaN canonically: Lime has no doubleToRawLongBits. */
static void put_d(double v) { sprintf(res, "%" PRIx64, (uint64_t)lime_double_doubleToLongBits_D(v)); }
static void put_f(float v) { sprintf(res, "%" PRIx32, (uint32_t)lime_float_floatToIntBits_F(v)); }

static void put_i(int64_t v) { sprintf(res, "%" PRId64, v); }
static void put_z(bool v) { strcpy(res, v ? "true" : "false"); }

static LimeString *lit(const char *s) { return lime_string_from_utf8(s, (int64_t)strlen(s)); }

/* Computes op on its arguments into res. */
static void compute(const char *op, char **a) {
#define OP(name) else if (!strcmp(op, name))
    if (0) {}
    OP("I.toString") put_str(lime_integer_toString_I((int32_t)atol(a[0])));
    OP("I.toHexString") put_str(lime_integer_toHexString_I((int32_t)atol(a[0])));
    OP("I.toBinaryString") put_str(lime_integer_toBinaryString_I((int32_t)atol(a[0])));
    OP("I.bitCount") put_i(lime_integer_bitCount_I((int32_t)atol(a[0])));
    OP("I.nlz") put_i(lime_integer_numberOfLeadingZeros_I((int32_t)atol(a[0])));
    OP("I.ntz") put_i(lime_integer_numberOfTrailingZeros_I((int32_t)atol(a[0])));
    OP("M.absI") put_i(lime_math_abs_I((int32_t)atol(a[0])));
    OP("S.valueOfI") put_str(lime_string_valueOf_I((int32_t)atol(a[0])));
    OP("S.catI") put_str(lime_string_concat(lit("x="), lime_string_of_I((int32_t)atol(a[0]))));
    OP("J.toString") put_str(lime_long_toString_J(strtoll(a[0], NULL, 10)));
    OP("J.toHexString") put_str(lime_long_toHexString_J(strtoll(a[0], NULL, 10)));
    OP("J.toBinaryString") put_str(lime_long_toBinaryString_J(strtoll(a[0], NULL, 10)));
    OP("J.bitCount") put_i(lime_long_bitCount_J(strtoll(a[0], NULL, 10)));
    OP("J.nlz") put_i(lime_long_numberOfLeadingZeros_J(strtoll(a[0], NULL, 10)));
    OP("J.ntz") put_i(lime_long_numberOfTrailingZeros_J(strtoll(a[0], NULL, 10)));
    OP("M.absJ") put_i(lime_math_abs_J(strtoll(a[0], NULL, 10)));
    OP("S.catJ") put_str(lime_string_concat(lime_string_of_J(strtoll(a[0], NULL, 10)), lit("")));
    OP("M.minII") put_i(lime_math_min_II((int32_t)atol(a[0]), (int32_t)atol(a[1])));
    OP("M.maxII") put_i(lime_math_max_II((int32_t)atol(a[0]), (int32_t)atol(a[1])));
    OP("M.minJJ") put_i(lime_math_min_JJ(strtoll(a[0], NULL, 10), strtoll(a[1], NULL, 10)));
    OP("M.maxJJ") put_i(lime_math_max_JJ(strtoll(a[0], NULL, 10), strtoll(a[1], NULL, 10)));
    OP("M.round") put_i(lime_math_round_D(dbl_arg(a[0])));
    OP("M.floor") put_d(lime_math_floor_D(dbl_arg(a[0])));
    OP("M.ceil") put_d(lime_math_ceil_D(dbl_arg(a[0])));
    OP("M.rint") put_d(lime_math_rint_D(dbl_arg(a[0])));
    OP("M.signum") put_d(lime_math_signum_D(dbl_arg(a[0])));
    OP("M.absD") put_d(lime_math_abs_D(dbl_arg(a[0])));
    OP("M.sqrt") put_d(lime_math_sqrt_D(dbl_arg(a[0])));
    OP("M.toRadians") put_d(lime_math_toRadians_D(dbl_arg(a[0])));
    OP("M.toDegrees") put_d(lime_math_toDegrees_D(dbl_arg(a[0])));
    OP("D.isNaN") put_z(lime_double_isNaN_D(dbl_arg(a[0])));
    OP("D.isInfinite") put_z(lime_double_isInfinite_D(dbl_arg(a[0])));
    OP("D.doubleToLongBits") put_i(lime_double_doubleToLongBits_D(dbl_arg(a[0])));
    OP("S.catD") put_str(lime_string_concat(lit("v"), lime_string_of_D(dbl_arg(a[0]))));
    OP("S.valueOfD") put_str(lime_string_valueOf_D(dbl_arg(a[0])));
    OP("M.minDD") put_d(lime_math_min_DD(dbl_arg(a[0]), dbl_arg(a[1])));
    OP("M.maxDD") put_d(lime_math_max_DD(dbl_arg(a[0]), dbl_arg(a[1])));
    OP("M.roundF") put_i(lime_math_round_F(flt_arg(a[0])));
    OP("M.signumF") put_f(lime_math_signum_F(flt_arg(a[0])));
    OP("M.absF") put_f(lime_math_abs_F(flt_arg(a[0])));
    OP("F.isNaN") put_z(lime_float_isNaN_F(flt_arg(a[0])));
    OP("F.isInfinite") put_z(lime_float_isInfinite_F(flt_arg(a[0])));
    OP("F.floatToIntBits") put_i(lime_float_floatToIntBits_F(flt_arg(a[0])));
    OP("S.catF") put_str(lime_string_concat(lime_string_of_F(flt_arg(a[0])), lit("!")));
    OP("M.minFF") put_f(lime_math_min_FF(flt_arg(a[0]), flt_arg(a[1])));
    OP("M.maxFF") put_f(lime_math_max_FF(flt_arg(a[0]), flt_arg(a[1])));
    OP("I.parseInt") put_i(lime_integer_parseInt_T(str_arg(a[0])));
    OP("J.parseLong") put_i(lime_long_parseLong_T(str_arg(a[0])));
    OP("D.parseDouble") put_d(lime_double_parseDouble_T(str_arg(a[0])));
    OP("F.parseFloat") put_f(lime_float_parseFloat_T(str_arg(a[0])));
    OP("S.valueOfT") put_str(lime_string_of_T(str_arg(a[0])));
    OP("S.catTnull") put_str(lime_string_concat(str_arg(a[0]), lime_string_of_T(NULL)));
    OP("S.catC") put_str(lime_string_concat(lime_string_concat(str_arg(a[0]), lime_string_of_C('c')), lime_string_of_C(0xe9)));
    OP("S.catZ") put_str(lime_string_concat(lime_string_concat(str_arg(a[0]), lime_string_of_Z(true)), lime_string_of_Z(false)));
    OP("S.length") put_i(lime_string_length_(str_arg(a[0])));
    OP("S.isEmpty") put_z(lime_string_isEmpty_(str_arg(a[0])));
    OP("S.hashCode") put_i(lime_string_hashCode_(str_arg(a[0])));
    OP("S.toCharArray") put_str(lime_string_valueOf_AC(lime_string_toCharArray_(str_arg(a[0]))));
    OP("S.charAt") put_i(lime_string_charAt_I(str_arg(a[0]), atoi(a[1])));
    OP("S.substring1") put_str(lime_string_substring_I(str_arg(a[0]), atoi(a[1])));
    OP("S.substring2") put_str(lime_string_substring_II(str_arg(a[0]), atoi(a[1]), atoi(a[2])));
    OP("S.indexOfI") put_i(lime_string_indexOf_I(str_arg(a[0]), atoi(a[1])));
    OP("S.equals") put_z(lime_string_equals_O(str_arg(a[0]), str_arg(a[1])));
    OP("S.compareTo") put_i(lime_string_compareTo_T(str_arg(a[0]), str_arg(a[1])));
    OP("S.indexOfT") put_i(lime_string_indexOf_T(str_arg(a[0]), str_arg(a[1])));
    OP("S.cat") put_str(lime_string_concat(str_arg(a[0]), str_arg(a[1])));
    OP("S.valueOfAC") put_str(lime_string_valueOf_AC(NULL));
    else snprintf(res, sizeof res, "unknown op %s", op);
#undef OP
}

/* Runs compute in a child and returns "EXC <what it printed>". */
static void compute_throwing(const char *op, char **a) {
    int p[2];
    fflush(stdout);
    if (pipe(p) != 0) exit(2);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[0]);
        close(0); /* exit() must not move the parent's stdin offset */
        dup2(p[1], 2);
        compute(op, a);
        dprintf(2, "no exception: %s\n", res);
        _exit(0);
    }
    close(p[1]);
    char buf[4096];
    size_t n = 0;
    ssize_t k;
    while ((k = read(p[0], buf + n, sizeof buf - 1 - n)) > 0) n += (size_t)k;
    close(p[0]);
    waitpid(pid, NULL, 0);
    buf[n] = 0;
    if (n && buf[n - 1] == '\n') buf[n - 1] = 0;
    const char *prefix = "Exception in thread \"main\" ";
    const char *msg = strncmp(buf, prefix, strlen(prefix)) ? buf : buf + strlen(prefix);
    /* a NullPointerException without its message, as Library.java prints it */
    static const char npe[] = "java.lang.NullPointerException";
    if (!strncmp(msg, npe, sizeof npe - 1) && msg[sizeof npe - 1] == ':') msg = npe;
    snprintf(res, sizeof res, "EXC %s", msg);
}

/* The Math functions that match the JVM bit for bit: all but sin, cos, tan,
 * exp, log and pow, HotSpot intrinsics that fdlibm (StrictMath, the ones
 * prefixed s, which must match) and the runtime's table-driven exp only
 * approximate: only reported. */
static const char EXACT[] = " sqrt cbrt asin acos atan atan2 hypot log10 sinh cosh tanh expm1 log1p"
                            " ssin scos stan slog spow ";

/* The runtime's member for a sampled function's name. */
static double (*math_fn1(const char *fn))(double) {
    static const struct { const char *name; double (*fn)(double); } fns[] = {
        {"sqrt", lime_math_sqrt_D}, {"cbrt", lime_math_cbrt_D}, {"sin", lime_math_sin_D}, {"ssin", lime_math_sin_D},
        {"cos", lime_math_cos_D},   {"scos", lime_math_cos_D},  {"tan", lime_math_tan_D}, {"stan", lime_math_tan_D},
        {"asin", lime_math_asin_D}, {"acos", lime_math_acos_D}, {"atan", lime_math_atan_D}, {"exp", lime_math_exp_D},
        {"log", lime_math_log_D},   {"slog", lime_math_log_D}, {"log10", lime_math_log10_D},
        {"sinh", lime_math_sinh_D}, {"cosh", lime_math_cosh_D}, {"tanh", lime_math_tanh_D},
        {"expm1", lime_math_expm1_D}, {"log1p", lime_math_log1p_D},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (!strcmp(fns[i].name, fn)) return fns[i].fn;
    return NULL;
}

static int math_report(const char *fn, long diff, long total) {
    char key[20];
    snprintf(key, sizeof key, " %s ", fn);
    int exact = strstr(EXACT, key) != NULL;
    printf("  %-6s %6ld of %ld differ%s\n", fn, diff, total,
           exact ? (diff ? "  FAIL: must match" : "") : "  (intrinsic, not required)");
    return exact && diff;
}

static int math_diffs(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return 2;
    char line[256], fn[16], cur[16] = "";
    long total = 0, diff = 0;
    int failed = 0;
    while (fgets(line, sizeof line, f)) {
        char x[20], y[20], z[20];
        int n = sscanf(line, "%15s %19s %19s %19s", fn, x, y, z);
        if (strcmp(fn, cur)) {
            if (total) failed |= math_report(cur, diff, total);
            strcpy(cur, fn), total = diff = 0;
        }
        double v, got;
        if (n == 3) {
            v = dbl_arg(x);
            double (*f1)(double) = math_fn1(fn);
            if (!f1) {
                fprintf(stderr, "library: no runtime member for %s\n", fn);
                return 2;
            }
            got = f1(v);
            strcpy(z, y);
        } else {
            double w = dbl_arg(y);
            v = dbl_arg(x);
            got = !strcmp(fn, "atan2") ? lime_math_atan2_DD(v, w)
                : !strcmp(fn, "pow") || !strcmp(fn, "spow") ? lime_math_pow_DD(v, w)
                                                            : lime_math_hypot_DD(v, w);
        }
        total++;
        if (lime_double_doubleToLongBits_D(got) != lime_double_doubleToLongBits_D(dbl_arg(z))) diff++;
    }
    if (total) failed |= math_report(cur, diff, total);
    fclose(f);
    return failed;
}

int main(int argc, char **argv) {
    lime_start(1, argv);
    if (argc > 2 && !strcmp(argv[1], "-m")) return math_diffs(argv[2]);
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *eq = strstr(line, " = ");
        if (!eq) continue;
        *eq = 0;
        const char *expected = eq + 3;
        printf("%s = ", line);
        char *args[4] = {0}, *save = NULL;
        char *op = strtok_r(line, " ", &save);
        for (int i = 0; i < 4; i++) args[i] = strtok_r(NULL, " ", &save);
        if (!strncmp(expected, "EXC", 3))
            compute_throwing(op, args);
        else
            compute(op, args);
        printf("%s\n", res);
    }
    return lime_finish();
}
