// Library.java: prints, one per line, "<op> <args...> = <result>" for the
// library members of LANGUAGE.md 1.7 on edge cases and seeded random inputs;
// library.c reads the lines up to " = ", recomputes each with the runtime and
// must print the same text.  Strings are written as their UTF-16 code units
// in hex ("" for empty, null for null), doubles and floats as raw bits in hex,
// exceptions as "EXC <class>: <message>" (a NullPointerException without
// its message, which the JVM computes from the JDK's bytecode; library.c
// drops the runtime's too).
//
// With a file argument it also writes there "<fn> <x bits> [<y bits>] <result
// bits>" samples of the transcendental Math functions, from which library.c
// counts the results that differ (required to be none for sqrt, cbrt, asin,
// acos, atan, atan2, hypot and log10; sin, cos, tan, exp, log and pow are
// HotSpot's Intel LIBM intrinsics, only reported).
import java.io.*;
import java.util.*;
import java.util.function.*;

public class Library {
    static PrintWriter out;
    static SplittableRandom r = new SplittableRandom(424242);

    static String enc(String s) {
        if (s == null) return "null";
        if (s.isEmpty()) return "\"\"";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) b.append(String.format("%04x", (int) s.charAt(i)));
        return b.toString();
    }
    // arguments keep their NaN payloads; results print NaN canonically (Lime
    // has no doubleToRawLongBits, so a payload is not observable)
    static String d(double v) { return Long.toHexString(Double.doubleToRawLongBits(v)); }
    static String f(float v) { return Integer.toHexString(Float.floatToRawIntBits(v)); }
    static String dr(double v) { return Long.toHexString(Double.doubleToLongBits(v)); }
    static String fr(float v) { return Integer.toHexString(Float.floatToIntBits(v)); }

    static void line(String op, Supplier<Object> fn) {
        String res;
        try {
            Object o = fn.get();
            res = o.toString();
        } catch (NullPointerException e) {
            res = "EXC java.lang.NullPointerException";
        } catch (RuntimeException e) {
            res = "EXC " + e;
        }
        out.println(op + " = " + res);
    }

    static final int[] INTS = {0, 1, -1, 2, -2, 7, 10, -10, 255, 256, 65535, 65536, 1 << 30, Integer.MAX_VALUE,
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 0x12345678, 0x80000001, 0xdeadbeef, 1000000007};
    static final long[] LONGS = {0, 1, -1, 10, -10, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1L << 32,
        (1L << 32) - 1, -(1L << 32), 0x123456789abcdefL, 0xfedcba9876543210L, 1000000000000L, Integer.MIN_VALUE};
    static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
        -0.49999999999999994, 0.5000000000000001, 4503599627370495.5, 4503599627370497.0, -4503599627370495.5,
        9007199254740993.0, 1e15 + 0.5, 1e300, -1e300, 1e-300, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 9.223372036854776E18, -9.223372036854776E18, 2147483647.5, -2147483648.5,
        3.141592653589793, 180.0, 90.0, 45.0, 1e-5, 123.456, -7.9, 0.1, 2.0 / 3, Double.longBitsToDouble(0x7ff0000000000123L)};
    static final float[] FLOATS = {0.0f, -0.0f, 1.0f, -1.0f, 0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f, 0.49999997f,
        -0.49999997f, 8388607.5f, -8388607.5f, 16777217.0f, 1e30f, -1e30f, Float.MIN_VALUE, Float.MIN_NORMAL,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        2147483647.0f, 2.1474836E9f, -2.1474839E9f, 3.1415927f, 0.1f, 123.456f, Float.intBitsToFloat(0x7f800123)};
    static final String[] STRINGS = {"", "a", "abc", "ab", "abd", "abcabc", "ABC", "hello world", "h\u00e9llo",
        "\uD83D\uDE00x", "\uD800", "x\uDC00", "aaa", "aab", "\u20ac100", "\uffff", "a\u0000b", "bca", "c",
        "the quick brown fox", "Aa", "BB", "polygenelubricants", null};
    static final String[] INT_TEXT = {"0", "-0", "+0", "123", "-123", "+123", "2147483647", "2147483648",
        "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "", "-", "+", "abc", " 1", "1 ", "1_000", "\u0661\u0662\u0663", "\uff10\uff11\uff12",
        "00000000000000000000000000001", "-+1", "0x10", "1e3", "1.5", "99999999999", "-00", "\u0e50\u0e59", null};
    static final String[] FP_TEXT = {"1.5", " 1.5 ", "1.5d", "1.5F", "1.5D", "1.5f ", "1e10", "1E-5", "-0", "+0.0",
        ".5", "5.", ".", "e5", "1e", "1e+", "1e-3f", "0x1p3", "0x1.8P-1", "0X.8p1", "0x1", "0x1p", "0x.p1",
        "-0x1.fffffffffffffp1023", "0x1.0000000000001p-1074", "NaN", "-NaN", "+NaN", "+Infinity", "-Infinity",
        "Infinity1", "infinity", "nan", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
        "2.4703282292062327e-324", "\t\n1.0\u000b", "1.0\u00a0", "1,5", "\u0661", "0.1", "1.17549435E-38",
        "3.4028235e38", "3.4028236e38", "1.4e-45", "7.0e-46", "123456789012345678901234567890",
        "1e2147483648", "-1e-99999999999", "0.000000000000000000000000000000000000000000001e45", "1ee1",
        "1.5dd", "d", "-", "", "   ", "++1", "1e1.5", "  abc  ", "9007199254740993", "1.00000017881393432617187499",
        "1.000000178813934326171875", "0.30000000000000004", null};

    public static void main(String[] args) throws IOException {
        out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, "UTF-8")));
        List<Integer> ints = new ArrayList<>();
        for (int v : INTS) ints.add(v);
        for (int i = 0; i < 200; i++) ints.add(r.nextInt());
        List<Long> longs = new ArrayList<>();
        for (long v : LONGS) longs.add(v);
        for (int i = 0; i < 200; i++) longs.add(r.nextLong());
        for (int v : ints) {
            line("I.toString " + v, () -> enc(Integer.toString(v)));
            line("I.toHexString " + v, () -> enc(Integer.toHexString(v)));
            line("I.toBinaryString " + v, () -> enc(Integer.toBinaryString(v)));
            line("I.bitCount " + v, () -> Integer.bitCount(v));
            line("I.nlz " + v, () -> Integer.numberOfLeadingZeros(v));
            line("I.ntz " + v, () -> Integer.numberOfTrailingZeros(v));
            line("M.absI " + v, () -> Math.abs(v));
            line("S.valueOfI " + v, () -> enc(String.valueOf(v)));
            line("S.catI " + v, () -> enc("x=" + v));
        }
        for (long v : longs) {
            line("J.toString " + v, () -> enc(Long.toString(v)));
            line("J.toHexString " + v, () -> enc(Long.toHexString(v)));
            line("J.toBinaryString " + v, () -> enc(Long.toBinaryString(v)));
            line("J.bitCount " + v, () -> Long.bitCount(v));
            line("J.nlz " + v, () -> Long.numberOfLeadingZeros(v));
            line("J.ntz " + v, () -> Long.numberOfTrailingZeros(v));
            line("M.absJ " + v, () -> Math.abs(v));
            line("S.catJ " + v, () -> enc(v + ""));
        }
        for (int a : INTS) for (int b : new int[]{0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 7}) {
            line("M.minII " + a + " " + b, () -> Math.min(a, b));
            line("M.maxII " + a + " " + b, () -> Math.max(a, b));
        }
        for (long a : LONGS) for (long b : new long[]{0, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            line("M.minJJ " + a + " " + b, () -> Math.min(a, b));
            line("M.maxJJ " + a + " " + b, () -> Math.max(a, b));
        }
        List<Double> ds = new ArrayList<>();
        for (double v : DOUBLES) ds.add(v);
        for (int i = 0; i < 300; i++) ds.add(Double.longBitsToDouble(r.nextLong()));
        for (int i = 0; i < 300; i++) ds.add((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(-5, 64)));
        for (int i = 0; i < 100; i++) ds.add(r.nextInt(-100, 100) + 0.5);
        for (double v : ds) {
            String x = d(v);
            line("M.round " + x, () -> Math.round(v));
            line("M.floor " + x, () -> dr(Math.floor(v)));
            line("M.ceil " + x, () -> dr(Math.ceil(v)));
            line("M.rint " + x, () -> dr(Math.rint(v)));
            line("M.signum " + x, () -> dr(Math.signum(v)));
            line("M.absD " + x, () -> dr(Math.abs(v)));
            line("M.sqrt " + x, () -> dr(Math.sqrt(v)));
            line("M.toRadians " + x, () -> dr(Math.toRadians(v)));
            line("M.toDegrees " + x, () -> dr(Math.toDegrees(v)));
            line("D.isNaN " + x, () -> Double.isNaN(v));
            line("D.isInfinite " + x, () -> Double.isInfinite(v));
            line("D.doubleToLongBits " + x, () -> Double.doubleToLongBits(v));
            line("S.catD " + x, () -> enc("v" + v));
            line("S.valueOfD " + x, () -> enc(String.valueOf(v)));
        }
        for (double a : DOUBLES) for (double b : DOUBLES) {
            line("M.minDD " + d(a) + " " + d(b), () -> dr(Math.min(a, b)));
            line("M.maxDD " + d(a) + " " + d(b), () -> dr(Math.max(a, b)));
        }
        List<Float> fs = new ArrayList<>();
        for (float v : FLOATS) fs.add(v);
        for (int i = 0; i < 300; i++) fs.add(Float.intBitsToFloat(r.nextInt()));
        for (int i = 0; i < 300; i++) fs.add((float) ((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(-5, 34))));
        for (float v : fs) {
            String x = f(v);
            line("M.roundF " + x, () -> Math.round(v));
            line("M.signumF " + x, () -> fr(Math.signum(v)));
            line("M.absF " + x, () -> fr(Math.abs(v)));
            line("F.isNaN " + x, () -> Float.isNaN(v));
            line("F.isInfinite " + x, () -> Float.isInfinite(v));
            line("F.floatToIntBits " + x, () -> Float.floatToIntBits(v));
            line("S.catF " + x, () -> enc(v + "!"));
        }
        for (float a : FLOATS) for (float b : FLOATS) {
            line("M.minFF " + f(a) + " " + f(b), () -> fr(Math.min(a, b)));
            line("M.maxFF " + f(a) + " " + f(b), () -> fr(Math.max(a, b)));
        }
        for (String s : INT_TEXT) {
            line("I.parseInt " + enc(s), () -> Integer.parseInt(s));
            line("J.parseLong " + enc(s), () -> Long.parseLong(s));
        }
        for (int i = 0; i < 200; i++) {
            String s = Long.toString(r.nextLong() >> r.nextInt(64));
            line("I.parseInt " + enc(s), () -> Integer.parseInt(s));
            line("J.parseLong " + enc(s), () -> Long.parseLong(s));
        }
        List<String> fpText = new ArrayList<>(Arrays.asList(FP_TEXT));
        for (int i = 0; i < 300; i++) fpText.add(r.nextLong() + "." + r.nextInt(1000000) + "e" + r.nextInt(-330, 330));
        for (int i = 0; i < 300; i++) fpText.add(Double.toString(Double.longBitsToDouble(r.nextLong())));
        for (int i = 0; i < 300; i++) fpText.add(Float.toString(Float.intBitsToFloat(r.nextInt())));
        for (int i = 0; i < 100; i++) fpText.add(Double.toHexString(Double.longBitsToDouble(r.nextLong())));
        for (String s : fpText) {
            line("D.parseDouble " + enc(s), () -> dr(Double.parseDouble(s)));
            line("F.parseFloat " + enc(s), () -> fr(Float.parseFloat(s)));
        }
        List<String> strs = new ArrayList<>(Arrays.asList(STRINGS));
        for (int i = 0; i < 40; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) b.append("abc\u00e9\uD83D".charAt(r.nextInt(5)));
            strs.add(b.toString());
        }
        for (String s : strs) {
            String x = enc(s);
            line("S.valueOfT " + x, () -> enc(String.valueOf(s)));
            line("S.catTnull " + x, () -> enc(s + null));
            line("S.catC " + x, () -> enc(s + 'c' + '\u00e9'));
            line("S.catZ " + x, () -> enc(s + true + false));
            if (s == null) continue;
            line("S.length " + x, () -> s.length());
            line("S.isEmpty " + x, () -> s.isEmpty());
            line("S.hashCode " + x, () -> s.hashCode());
            line("S.toCharArray " + x, () -> enc(String.valueOf(s.toCharArray())));
            for (int i = -1; i <= s.length() + 1; i++) {
                int fi = i;
                line("S.charAt " + x + " " + i, () -> (int) s.charAt(fi));
                line("S.substring1 " + x + " " + i, () -> enc(s.substring(fi)));
                for (int j = i - 1; j <= s.length() + 1; j++) {
                    int fj = j;
                    line("S.substring2 " + x + " " + i + " " + j, () -> enc(s.substring(fi, fj)));
                }
            }
            for (int ch : new int[]{'a', 'b', 'c', 0xe9, 0xd83d, 0xde00, 0x1f600, -1, 0x110000, 0}) {
                line("S.indexOfI " + x + " " + ch, () -> s.indexOf(ch));
            }
            for (String t : strs) {
                String y = enc(t);
                line("S.equals " + x + " " + y, () -> s.equals(t));
                line("S.compareTo " + x + " " + y, () -> s.compareTo(t));
                line("S.indexOfT " + x + " " + y, () -> s.indexOf(t));
                line("S.cat " + x + " " + y, () -> enc(s + t));
            }
        }
        line("S.valueOfAC null", () -> enc(String.valueOf((char[]) null)));
        out.flush();
        if (args.length > 0) mathSamples(args[0], args.length > 1 ? Integer.parseInt(args[1]) : 20000);
    }

    static double pick(double lo, double hi) {
        int k = r.nextInt(10);
        if (k == 0) return Double.longBitsToDouble(r.nextLong());
        if (k == 1) return new double[]{0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.5}[r.nextInt(10)];
        if (k == 2) return edge();
        return lo + (hi - lo) * r.nextDouble();
    }

    // the algorithms' branch points (and overflow, underflow, subnormal and
    // exact cases) give or take a few ulps, or anything at any scale
    static final double[] EDGES = {Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-1074 * 12345, 0x1p-1022 * 3,
        0x1p-500, 0x1p-60, 0x1p-57, 0x1p-29, 0x1p-27, 1e-5, 0.4375, 0.5, 0.6875, 0.975, 1.0, 1.1875, 1.5, 2.4375, 2.0,
        3.0, 8.0, 10.0, 27.0, 100.0, 1000.0, 1e22, 0x1p60, 0x1p66, 0x1p500, 0x1p600, 709.78, -745.1, Math.PI, Math.E,
        Double.MAX_VALUE};

    static double edge() {
        if (r.nextBoolean()) return Math.scalb(r.nextDouble() * 2 - 1, r.nextInt(-1080, 1030));
        double v = EDGES[r.nextInt(EDGES.length)];
        for (int k = r.nextInt(-3, 4); k != 0; k += k < 0 ? 1 : -1) v = k < 0 ? Math.nextDown(v) : Math.nextUp(v);
        return r.nextBoolean() ? v : -v;
    }

    static void mathSamples(String path, int n) throws IOException {
        PrintWriter m = new PrintWriter(new BufferedWriter(new FileWriter(path)));
        // the s-prefixed ones are StrictMath's (fdlibm) where Math's is a HotSpot intrinsic
        // (not exp: the runtime's is table-driven, closer to HotSpot's)
        String[] f1 = {"sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "log10",
            "sinh", "cosh", "tanh", "expm1", "log1p", "ssin", "scos", "stan", "slog"};
        for (String fn : f1) {
            for (int i = 0; i < n; i++) {
                double x;
                switch (fn) {
                    case "asin": case "acos": x = pick(-1, 1); break;
                    case "exp": x = pick(-745, 710); break;
                    case "log": case "slog": case "log10": case "sqrt": case "cbrt": x = r.nextBoolean() ? pick(0, 1e3) : pick(0, 1e300); break;
                    case "sinh": case "cosh": case "tanh": x = r.nextBoolean() ? pick(-25, 25) : pick(-720, 720); break;
                    case "expm1": x = r.nextBoolean() ? pick(-2, 2) : pick(-60, 710); break;
                    case "log1p": x = r.nextBoolean() ? pick(-1, 1) : pick(-1, 1e300); break;
                    default: x = r.nextBoolean() ? pick(-10, 10) : pick(-1e6, 1e6);
                }
                double y;
                switch (fn) {
                    case "sqrt": y = Math.sqrt(x); break;
                    case "cbrt": y = Math.cbrt(x); break;
                    case "sin": y = Math.sin(x); break;
                    case "cos": y = Math.cos(x); break;
                    case "tan": y = Math.tan(x); break;
                    case "asin": y = Math.asin(x); break;
                    case "acos": y = Math.acos(x); break;
                    case "atan": y = Math.atan(x); break;
                    case "exp": y = Math.exp(x); break;
                    case "log": y = Math.log(x); break;
                    case "sinh": y = Math.sinh(x); break;
                    case "cosh": y = Math.cosh(x); break;
                    case "tanh": y = Math.tanh(x); break;
                    case "expm1": y = Math.expm1(x); break;
                    case "log1p": y = Math.log1p(x); break;
                    case "ssin": y = StrictMath.sin(x); break;
                    case "scos": y = StrictMath.cos(x); break;
                    case "stan": y = StrictMath.tan(x); break;
                    case "slog": y = StrictMath.log(x); break;
                    default: y = Math.log10(x);
                }
                m.println(fn + " " + d(x) + " " + d(y));
            }
        }
        String[] f2 = {"atan2", "pow", "hypot", "spow"};
        for (String fn : f2) {
            for (int i = 0; i < n; i++) {
                double x, y, z;
                if (fn.equals("pow") || fn.equals("spow")) {
                    x = r.nextInt(4) == 0 ? pick(-10, 10) : pick(0, 100);
                    y = r.nextInt(4) == 0 ? r.nextInt(-20, 20) : pick(-30, 30);
                    z = fn.equals("pow") ? Math.pow(x, y) : StrictMath.pow(x, y);
                } else if (fn.equals("atan2")) {
                    x = pick(-10, 10);
                    y = r.nextInt(4) == 0 ? x * Math.scalb(r.nextDouble(), r.nextInt(-70, 70)) : pick(-10, 10);
                    z = Math.atan2(x, y);
                } else {
                    x = pick(-1e10, 1e10);
                    y = r.nextInt(4) == 0 ? x * Math.scalb(r.nextDouble(), r.nextInt(-70, 70)) : pick(-1e10, 1e10);
                    z = Math.hypot(x, y);
                }
                m.println(fn + " " + d(x) + " " + d(y) + " " + d(z));
            }
        }
        m.close();
    }
}
