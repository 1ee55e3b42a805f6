// The plain-Java twin of tests/lime/FpgaArrays.lime: the same methods on
// plain arrays, each map a loop.  FpgaArraysTwin.expected and _err,
// _status are tests/lime/FpgaArrays's.
public class FpgaArraysTwin {
    static int ilook(int i, int[] a) { return a[i] * 3 + a[(i * 7) % a.length]; }

    static float fdot(int i, float[] w, float[] x) {
        float s = 0.0f;
        for (int k = 0; k < 3; k++) s += w[i + k] * x[k];
        return s;
    }

    static long llook(int i, long[] a, int off) {
        return a[(i + off) % a.length] ^ (a[a.length - 1 - i] << 3);
    }

    static double dlook(int i, double[] a) { return -a[a.length - 1 - i]; }

    static int lengths(int i, int[] a, float[] b) { return a.length * 100 + b.length + i; }

    static int twice(int i, int[] a) { return a[2 * i] + 1; }

    static void show(String what, String s) { System.out.println(what + ": " + s); }

    public static void main(String[] args) {
        int[] ia = new int[13];
        for (int i = 0; i < ia.length; i++) ia[i] = i * i * 7919 - 50000;
        String s = "";
        for (int i = 0; i < 13; i++) s += ilook(i, ia) + " ";
        show("int", s);

        float[] w = new float[7], x = {0.5f, -1.25f, 3.0f};
        for (int i = 0; i < w.length; i++) w[i] = i * 0.3f - 1.0f;
        s = "";
        for (int i = 0; i < 5; i++) s += fdot(i, w, x) + " ";
        show("float", s);

        long[] la = new long[5];
        for (int i = 0; i < la.length; i++) la[i] = (1L << (40 + i)) - i * 123456789L;
        s = "";
        for (int i = 0; i < 5; i++) s += llook(i, la, 3) + " ";
        show("long", s);

        double[] da = {1.5, -0.0, Double.MAX_VALUE, 1e-300, Double.NaN, -7.25};
        s = "";
        for (int i = 0; i < 6; i++) s += dlook(i, da) + " ";
        show("double", s);

        int[] none = new int[0];
        s = "";
        for (int i = 0; i < 3; i++) s += lengths(i, none, w) + " ";
        show("lengths", s);

        int[] ta = new int[7];
        for (int i = 0; i < ta.length; i++) ta[i] = 10 * i;
        s = "";
        for (int i = 0; i < 4; i++) s += twice(i, ta) + " ";
        show("in bounds", s);
        int[] r = new int[7];
        for (int i = 0; i < 7; i++) r[i] = twice(i, ta);
        s = "";
        for (int v : r) s += v + " ";
        show("out of bounds", s);
    }
}
