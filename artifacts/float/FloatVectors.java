// FloatVectors: the JVM's own results for the float artifacts' operations,
// the cross-check of the benches' C++ references (see tb_float.h).
//
//   javac -d DIR FloatVectors.java && java -cp DIR FloatVectors > vectors.txt
//
// Prints one line per vector, "OP A B Y" with A, B, Y in hex (bit patterns:
// Float.floatToRawIntBits for floats, two's complement for int/long; B is 0
// for unary operations), for OP in add sub mul div sqrt cmp neg i2f l2f f2i
// f2l.  cmp's Y has bit k set when relation k of == != < <= > >= holds.
// Binary float operations get all pairs of the edge values below, the unary
// ones every edge value, then each gets RANDOM deterministic pseudo-random
// operands (splitmix64, fixed seed) with shaped exponents and fractions.
// tests/artifacts.sh runs this and hands the file to the benches in
// LIME_FLOAT_VECTORS.
public class FloatVectors {
    static final int RANDOM = 3000;

    static final int[] EDGES = {
        0x00000000, 0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x00000003, 0x007FFFFF,
        0x807FFFFF, 0x00400000, 0x00400001, 0x00800000, 0x80800000, 0x00800001, 0x00FFFFFF,
        0x01000000, 0x3F800000, 0xBF800000, 0x3F800001, 0x3F7FFFFF, 0x40000000, 0xC0000000,
        0x3FC00000, 0x40400000, 0x3F000000, 0xBF000000, 0x3EFFFFFF, 0x3F000001, 0x3FBFFFFF,
        0x34000000, 0x33800000, 0x33000000, 0x4B000000, 0x4B800000, 0x4B7FFFFF, 0xCB000001,
        0x4F000000, 0xCF000000, 0x4EFFFFFF, 0xCEFFFFFF, 0x4F000001, 0xCF000001, 0x5F000000,
        0xDF000000, 0x5EFFFFFF, 0xDEFFFFFF, 0x1F800000, 0x5F800000, 0x7F000000, 0x7E800000,
        0x7F7FFFFF, 0xFF7FFFFF, 0x7F7FFFFE, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000,
        0x7F800001, 0xFF800001, 0x7FFFFFFF, 0x7FA00000};

    static long state = 0x5DEECE66D2B7E151L;
    static long rnd() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
    static int below(int n) { return (int) Long.remainderUnsigned(rnd(), n); }

    static int mk(int s, int e, int f) { return (s & 1) << 31 | (e & 0xFF) << 23 | (f & 0x7FFFFF); }
    static int frac() {
        int r = (int) rnd() & 0x7FFFFF;
        switch (below(6)) {
        case 0: case 1: return r;
        case 2: return r & ~((1 << below(24)) - 1) & 0x7FFFFF;   // trailing zeros: exact, ties
        case 3: return 0x7FFFFF - below(4);
        case 4: return r & 0xF;
        default: return 0;
        }
    }
    static int expo() {
        switch (below(12)) {
        case 0: return 0;
        case 1: return 255;
        case 2: return 1 + below(3);
        case 3: return 252 + below(3);
        default: return 1 + below(254);
        }
    }
    static int clamp(int e) { return e < 0 ? 0 : e > 254 ? 254 : e; }
    static int anyFloat() {
        switch (below(6)) {
        case 0: return (int) rnd();
        case 1: return EDGES[below(EDGES.length)];
        default: return mk((int) rnd(), expo(), frac());
        }
    }
    // a pair with related exponents: +- (difference -30..30), * and / (result
    // exponent from deep underflow to overflow), or independent
    static int[] pair(String op) {
        int s = (int) rnd(), ea = 1 + below(254);
        if (below(3) == 0) return new int[] {anyFloat(), anyFloat()};
        int eb;
        if (op.equals("mul")) eb = below(291) - 30 - ea + 127;
        else if (op.equals("div")) eb = ea - (below(291) - 30) + 127;
        else eb = ea + below(61) - 30;
        return new int[] {mk(s, ea, frac()), mk(s >> 1, clamp(eb), frac())};
    }

    static float f(int bits) { return Float.intBitsToFloat(bits); }
    static int b(float x) { return Float.floatToRawIntBits(x); }
    static final StringBuilder out = new StringBuilder();
    static void line(String op, long a, long bb, long y) {
        out.append(op).append(' ').append(Long.toHexString(a)).append(' ')
           .append(Long.toHexString(bb)).append(' ').append(Long.toHexString(y)).append('\n');
    }

    static long binary(String op, int a, int bb) {
        float x = f(a), y = f(bb);
        switch (op) {
        case "add": return b(x + y) & 0xFFFFFFFFL;
        case "sub": return b(x - y) & 0xFFFFFFFFL;
        case "mul": return b(x * y) & 0xFFFFFFFFL;
        case "div": return b(x / y) & 0xFFFFFFFFL;
        default:   // cmp
            return (x == y ? 1 : 0) | (x != y ? 2 : 0) | (x < y ? 4 : 0) | (x <= y ? 8 : 0)
                 | (x > y ? 16 : 0) | (x >= y ? 32 : 0);
        }
    }

    public static void main(String[] args) {
        for (String op : new String[] {"add", "sub", "mul", "div", "cmp"}) {
            for (int a : EDGES)
                for (int bb : EDGES) line(op, a & 0xFFFFFFFFL, bb & 0xFFFFFFFFL, binary(op, a, bb));
            for (int i = 0; i < RANDOM; i++) {
                int[] p = pair(op.equals("cmp") ? "add" : op);
                if (op.equals("cmp") && below(4) == 0) p[1] = p[0] ^ (below(2) << 31);
                line(op, p[0] & 0xFFFFFFFFL, p[1] & 0xFFFFFFFFL, binary(op, p[0], p[1]));
            }
        }
        for (int i = -EDGES.length; i < RANDOM; i++) {
            int a = i < 0 ? EDGES[i + EDGES.length] : anyFloat();
            if (i >= 0 && below(3) == 0) {                  // squares and their neighbours
                float q = f(mk(0, 64 + below(128), (int) rnd() & 0x7FF000));
                a = b(q * q) + below(3) - 1;
            }
            line("sqrt", a & 0xFFFFFFFFL, 0, b((float) Math.sqrt(f(a))) & 0xFFFFFFFFL);
            line("neg", a & 0xFFFFFFFFL, 0, b(-f(a)) & 0xFFFFFFFFL);
            int c = i < 0 ? a : below(2) == 0 ? mk((int) rnd(), 110 + below(90), frac()) : a;
            line("f2i", c & 0xFFFFFFFFL, 0, ((int) f(c)) & 0xFFFFFFFFL);
            line("f2l", c & 0xFFFFFFFFL, 0, (long) f(c));
            long v = rnd() >> below(64);
            if (below(3) == 0) v = ((rnd() & 0xFFFFFFL) | 0x1000001L) << below(38);   // ties
            if (below(2) == 0) v = -v;
            if (i < 0) v = new long[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE,
                                       Long.MAX_VALUE, Long.MIN_VALUE, 16777217, -16777217,
                                       33554435}[(i + EDGES.length) % 10];
            line("i2f", ((int) v) & 0xFFFFFFFFL, 0, b((float) (int) v) & 0xFFFFFFFFL);
            line("l2f", v, 0, b((float) v) & 0xFFFFFFFFL);
        }
        System.out.print(out);
    }
}
