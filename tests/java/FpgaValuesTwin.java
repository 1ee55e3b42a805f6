// The plain-Java twin of tests/lime/FpgaValues.lime: the same methods on
// final classes, the maps as loops.  FpgaValuesTwin.expected is
// tests/lime/FpgaValues.expected.
public class FpgaValuesTwin {
    static final class Vec {
        final float x, y, z;
        Vec(float x, float y, float z) { this.x = x; this.y = y; this.z = z; }
        Vec scale(float k) { return new Vec(x * k, y * k, z * k); }
        float sum() { return x + y + z; }
    }

    static final class Mix {
        final boolean neg; final short s; final char c; final long big; final byte b; final int i;
        Mix(boolean neg, short s, char c, long big, byte b, int i) {
            this.neg = neg; this.s = s; this.c = c; this.big = big; this.b = b; this.i = i;
        }
    }

    static Vec spread(int i, float k) {
        Vec v = new Vec(i * 0.5f, -i, i * i);
        if (i % 3 == 0) v = new Vec(1.0f, 2.0f, 3.0f);
        Vec w = v.scale(k);
        return new Vec(w.sum(), w.y, w.x - w.z);
    }

    static Mix mix(int a, long b) {
        if (a < 0) return new Mix(true, (short) a, (char) (a >> 3), b * a, (byte) a, a ^ 7);
        return new Mix(false, (short) (a * 1000), (char) a, b + a, (byte) (a >> 2), a >>> 1);
    }

    static long pick(Mix m, Mix k) { return m.neg ? m.big + k.i : m.s * m.c - k.b + (k.neg ? 1 : 0); }

    public static void main(String[] args) {
        for (int i = 0; i < 11; i++) {
            Vec v = spread(i, 1.5f);
            System.out.println("vec " + v.x + " " + v.y + " " + v.z);
        }
        int[] raw = new int[13];
        for (int i = 0; i < raw.length; i++) raw[i] = (i - 6) * 12345 + (i * i * 7919);
        Mix[] ms = new Mix[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Mix m = ms[i] = mix(raw[i], (1L << 40) + 3);
            System.out.println("mix " + m.neg + " " + m.s + " " + (int) m.c + " " + m.big + " " + m.b + " " + m.i);
        }
        Mix k = new Mix(true, (short) 3, 'x', 5L, (byte) -9, -77);
        String s = "";
        for (Mix m : ms) s += pick(m, k) + " ";
        System.out.println("pick " + s);
    }
}
