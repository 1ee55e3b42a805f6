// The plain-Java twin of tests/lime/FpgaInduction.lime: the same methods,
// each map a loop.  FpgaInductionTwin.expected is
// tests/lime/FpgaInduction.expected.
public class FpgaInductionTwin {
    static int wrapUp(int p, int c) {
        int start = Integer.MAX_VALUE - 3 + p % 5;
        int h = p;
        for (int k = start; k != start + p % 7; k++) h = h * 31 + k * c;
        return h;
    }

    static long wrapDown(int p, long c, int n) {
        long h = 7, k = Long.MIN_VALUE + 2 - p % 4;
        int i = 0;
        while (i < n + p % 5) {
            h = (h ^ (k * c + i * 1000003)) * 3;
            k--;
            i++;
        }
        return h + k;
    }

    static int quotients(int p, int y) {
        int x = p + Integer.MIN_VALUE + (p % 2) * 1000;
        int q = x / y, r = x % y;
        int s = r;
        for (int k = 0; k < p % 4; k++) s = s * 7 + q * y + k;
        return s;
    }

    // sums of a counter (or a product k * c) and values made before the
    // loop, carried as running values (base + entry(k), then stepping as k
    // does) when the context is then smaller; k crosses Integer.MAX_VALUE
    static int affine(int p, int c) {
        int q = p * 1000003 + Integer.MAX_VALUE - 11, r = p ^ 0x5a5a5a5a;
        int start = Integer.MAX_VALUE - 2 - p % 4;
        int h = 1;
        for (int k = start; k != start + p % 6; k++) h = h * 17 + ((q + k) ^ (k * c + r));
        return h;
    }

    // k - (q ^ r), the counter on the left, k down across Integer.MIN_VALUE
    static int affineSub(int p) {
        int q = p * 7919 - 5, r = ~p;
        int start = Integer.MIN_VALUE + 1 - p % 3;
        int h = 3;
        for (int k = start; k != start - p % 5; k--) h = h * 5 + (k - (q ^ r));
        return h;
    }

    static void show(String what, int[] v) {
        String s = "";
        for (int x : v) s += x + " ";
        System.out.println(what + ": " + s);
    }

    static int[] wrapUps(int c) {
        int[] r = new int[23];
        for (int p = 0; p < 23; p++) r[p] = wrapUp(p, c);
        return r;
    }

    static int[] quotientsAll(int y) {
        int[] r = new int[23];
        for (int p = 0; p < 23; p++) r[p] = quotients(p, y);
        return r;
    }

    public static void main(String[] args) {
        for (int c : new int[] {3, 1000003, Integer.MAX_VALUE, -7, Integer.MIN_VALUE})
            show("wrapUp c=" + c, wrapUps(c));
        for (long c : new long[] {5L, Long.MAX_VALUE / 3, -1234567890123L}) {
            String s = "";
            for (int p = 0; p < 23; p++) s += wrapDown(p, c, 7) + " ";
            System.out.println("wrapDown c=" + c + ": " + s);
        }
        for (int c : new int[] {3, -1000003, Integer.MIN_VALUE}) {
            int[] r = new int[23];
            for (int p = 0; p < 23; p++) r[p] = affine(p, c);
            show("affine c=" + c, r);
        }
        int[] subs = new int[23];
        for (int p = 0; p < 23; p++) subs[p] = affineSub(p);
        show("affineSub", subs);
        for (int y : new int[] {7, -1, -3, 1}) show("quotients y=" + y, quotientsAll(y));
        try {
            show("quotients y=0", quotientsAll(0));
        } catch (ArithmeticException e) {
            System.out.println("quotients y=0: " + e.getMessage());
        }
    }
}
