// DoubleVectors: the JVM's own results for the double artifacts' operations,
// the cross-check of the benches' C++ references (see tb_double.h).
//
//   javac -d DIR DoubleVectors.java && java -cp DIR DoubleVectors > vectors.txt
//
// Prints one line per vector, "OP A B Y" with A, B, Y in hex (bit patterns:
// Double.doubleToRawLongBits for doubles, Float.floatToRawIntBits for
// floats, two's complement for int/long; B is 0 for unary operations), for
// OP in add sub mul div sqrt cmp neg i2d l2d d2i d2l f2d d2f.  cmp's Y has
// bit k set when relation k of == != < <= > >= holds.  Binary operations
// get all pairs of the edge values below, the unary ones every edge value,
// then each gets RANDOM deterministic pseudo-random operands (splitmix64,
// fixed seed) with shaped exponents and fractions.  tests/artifacts.sh runs
// this and hands the file to the benches in LIME_DOUBLE_VECTORS.
public class DoubleVectors {
    static final int RANDOM = 3000;

    static final long[] EDGES = {
        0x0000000000000000L, 0x8000000000000000L, 0x0000000000000001L, 0x8000000000000001L,
        0x0000000000000002L, 0x000FFFFFFFFFFFFFL, 0x800FFFFFFFFFFFFFL, 0x0008000000000000L,
        0x0010000000000000L, 0x8010000000000000L, 0x0010000000000001L, 0x001FFFFFFFFFFFFFL,
        0x3FF0000000000000L, 0xBFF0000000000000L, 0x3FF0000000000001L, 0x3FEFFFFFFFFFFFFFL,
        0x4000000000000000L, 0x3FF8000000000000L, 0x3FE0000000000000L, 0xBFE0000000000000L,
        0x3CB0000000000000L, 0x3CA0000000000000L, 0x4330000000000000L, 0x4340000000000000L,
        0x433FFFFFFFFFFFFFL, 0x41E0000000000000L, 0xC1E0000000000000L, 0x41DFFFFFFFE00000L,
        0xC1E0000000200000L, 0x43E0000000000000L, 0xC3E0000000000000L, 0x43DFFFFFFFFFFFFFL,
        0x7FE0000000000000L, 0x7FEFFFFFFFFFFFFFL, 0xFFEFFFFFFFFFFFFFL, 0x7FF0000000000000L,
        0xFFF0000000000000L, 0x7FF8000000000000L, 0xFFF8000000000000L, 0x7FF0000000000001L,
        0x7FFFFFFFFFFFFFFFL, 0x47EFFFFFE0000000L, 0x47EFFFFFF0000000L, 0x36A0000000000000L,
        0x3690000000000000L, 0x3690000000000001L, 0x3810000000000000L, 0x3FB999999999999AL,
        0x3FD5555555555555L, 0x3FF0000010000000L, 0x3FF0000030000000L};
    static final int[] FEDGES = {
        0x00000000, 0x80000000, 0x00000001, 0x007FFFFF, 0x00400000, 0x00800000, 0x3F800000,
        0xBF800000, 0x7F7FFFFF, 0xFF7FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000, 0x7F800001,
        0xFFC00000, 0x34000000, 0x4B000000, 0x3F800001};

    static long state = 0x5DEECE66D2B7E151L;
    static long rnd() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
    static int below(int n) { return (int) Long.remainderUnsigned(rnd(), n); }

    static long mk(long s, long e, long f) {
        return (s & 1) << 63 | (e & 0x7FF) << 52 | (f & 0xFFFFFFFFFFFFFL);
    }
    static long frac() {
        long r = rnd() & 0xFFFFFFFFFFFFFL;
        switch (below(6)) {
        case 0: case 1: return r;
        case 2: return r & ~((1L << below(53)) - 1) & 0xFFFFFFFFFFFFFL;   // exact, ties
        case 3: return 0xFFFFFFFFFFFFFL - below(4);
        case 4: return r & 0xF;
        default: return 0;
        }
    }
    static int expo() {
        switch (below(12)) {
        case 0: return 0;
        case 1: return 2047;
        case 2: return 1 + below(3);
        case 3: return 2044 + below(3);
        default: return 1 + below(2046);
        }
    }
    static int clamp(int e) { return e < 0 ? 0 : e > 2046 ? 2046 : e; }
    static long anyDouble() {
        switch (below(6)) {
        case 0: return rnd();
        case 1: return EDGES[below(EDGES.length)];
        default: return mk(rnd(), expo(), frac());
        }
    }
    // a pair with related exponents: +- (difference -60..60), * and / (result
    // exponent from deep underflow to overflow), or independent
    static long[] pair(String op) {
        long s = rnd();
        int ea = 1 + below(2046);
        if (below(3) == 0) return new long[] {anyDouble(), anyDouble()};
        int eb;
        if (op.equals("mul")) eb = below(2160) - 60 - ea + 1023;
        else if (op.equals("div")) eb = ea - (below(2160) - 60) + 1023;
        else eb = ea + below(121) - 60;
        return new long[] {mk(s, ea, frac()), mk(s >> 1, clamp(eb), frac())};
    }

    static double d(long bits) { return Double.longBitsToDouble(bits); }
    static long b(double x) { return Double.doubleToRawLongBits(x); }
    static final StringBuilder out = new StringBuilder();
    static void line(String op, long a, long bb, long y) {
        out.append(op).append(' ').append(Long.toHexString(a)).append(' ')
           .append(Long.toHexString(bb)).append(' ').append(Long.toHexString(y)).append('\n');
    }

    static long binary(String op, long a, long bb) {
        double x = d(a), y = d(bb);
        switch (op) {
        case "add": return b(x + y);
        case "sub": return b(x - y);
        case "mul": return b(x * y);
        case "div": return b(x / y);
        default:   // cmp
            return (x == y ? 1 : 0) | (x != y ? 2 : 0) | (x < y ? 4 : 0) | (x <= y ? 8 : 0)
                 | (x > y ? 16 : 0) | (x >= y ? 32 : 0);
        }
    }

    public static void main(String[] args) {
        for (String op : new String[] {"add", "sub", "mul", "div", "cmp"}) {
            for (long a : EDGES)
                for (long bb : EDGES) line(op, a, bb, binary(op, a, bb));
            for (int i = 0; i < RANDOM; i++) {
                long[] p = pair(op.equals("cmp") ? "add" : op);
                if (op.equals("cmp") && below(4) == 0) p[1] = p[0] ^ ((long) below(2) << 63);
                line(op, p[0], p[1], binary(op, p[0], p[1]));
            }
        }
        for (int i = -EDGES.length; i < RANDOM; i++) {
            long a = i < 0 ? EDGES[i + EDGES.length] : anyDouble();
            if (i >= 0 && below(3) == 0) {                  // squares and their neighbours
                double q = d(mk(0, 512 + below(1023), rnd() & 0xFFFFFFC000000L));
                a = b(q * q) + below(3) - 1;
            }
            line("sqrt", a, 0, b(Math.sqrt(d(a))));
            line("neg", a, 0, b(-d(a)));
            long c = i < 0 ? a : below(2) == 0 ? mk(rnd(), 1010 + below(90), frac()) : a;
            line("d2i", c, 0, ((int) d(c)) & 0xFFFFFFFFL);
            line("d2l", c, 0, (long) d(c));
            long g = i < 0 ? a : below(2) == 0 ? mk(rnd(), 850 + below(330), frac()) : a;
            line("d2f", g, 0, Float.floatToRawIntBits((float) d(g)) & 0xFFFFFFFFL);
            int f = i < 0 ? FEDGES[(i + EDGES.length) % FEDGES.length] : (int) rnd();
            line("f2d", f & 0xFFFFFFFFL, 0, b((double) Float.intBitsToFloat(f)));
            long v = rnd() >> below(64);
            if (below(3) == 0) v = ((rnd() & 0x1FFFFFFFFFFFFFL) | 0x20000000000001L) << below(10);   // ties
            if (below(2) == 0) v = -v;
            if (i < 0) v = new long[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE,
                                       Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L,
                                       -9007199254740993L, 18014398509481989L}[(i + EDGES.length) % 10];
            line("i2d", ((int) v) & 0xFFFFFFFFL, 0, b((double) (int) v));
            line("l2d", v, 0, b((double) v));
        }
        System.out.print(out);
    }
}
