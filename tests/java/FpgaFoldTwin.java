// The plain-Java twin of tests/lime/FpgaFold.lime: the same methods, the
// maps as loops.  FpgaFoldTwin.expected is tests/lime/FpgaFold.expected.
public class FpgaFoldTwin {
    static float poly(float x) {
        float a = x * 1.5f + 0.25f;
        float b = a * x - 2.0f;
        float c = b * a + x * x;
        return c * 0.5f + a - b;
    }

    static int mix(int n) {
        int q = 1000003 / (n - 7);
        float f = (float) n * 0.125f + q;
        return q + n % 11 + (int) (f * f) - (int) (f - 3.0f);
    }

    public static void main(String[] args) {
        float[] xs = new float[41];
        for (int i = 0; i < xs.length; i++) xs[i] = (i - 20) * 0.731f + (i % 4 == 0 ? 1e-30f : 0f);
        for (int i = 0; i < xs.length; i++) System.out.println(poly(xs[i]));
        int[] ns = new int[23];
        for (int i = 0; i < ns.length; i++) ns[i] = i * 37 - 300 + (i == 11 ? 200 : 0);
        for (int i = 0; i < ns.length; i++) System.out.println(mix(ns[i]));
        ns[5] = 7;
        ns[9] = 7;
        try {
            int[] bad = new int[ns.length];
            for (int i = 0; i < ns.length; i++) bad[i] = mix(ns[i]);
            System.out.println("no exception: " + bad.length);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
