public class FloatPrecision {
    public static void main(String[] args) {
        float f = 0.1f;
        double d = 0.1;
        System.out.println(f + f + f);
        System.out.println(d + d + d);
        System.out.println(f == d);
        System.out.println((double) f);
        float fs = 0;
        for (int i = 0; i < 10; i++) fs += 0.1f;
        System.out.println(fs);
        double ds = 0;
        for (int i = 0; i < 10; i++) ds += 0.1;
        System.out.println(ds);
        System.out.println(1.0f / 3);
        System.out.println(1.0 / 3);
        System.out.println(2.0f / 3 * 3);
        System.out.println(16777216f + 1f);
        System.out.println(16777216.0 + 1.0);
        System.out.println(9007199254740992.0 + 1.0);
        float big = 1e20f;
        System.out.println(big * big);
        System.out.println((double) big * big);
        float tiny = 1e-30f;
        System.out.println(tiny * tiny);
        System.out.println((double) tiny * tiny);
        float a = 1.1f, b = 2.2f;
        System.out.println(a * b);
        System.out.println((double) a * b);
        System.out.println(a + b);
        float x = 0.1f, y = 0.2f, z = 0.3f;
        System.out.println(x + y == z);
        System.out.println(0.1 + 0.2 == 0.3);
        System.out.println(0.1 + 0.2);
        System.out.println(0.1f + 0.2f);
        System.out.println(100.0 / 3);
        System.out.println(100.0f / 3);
        float fm = 3.4e38f;
        System.out.println(fm * 10);
        System.out.println(fm * 10 / 10);
        System.out.println(fm * 10.0 / 10);
        double acc = 1;
        float facc = 1;
        for (int i = 1; i <= 20; i++) { acc *= 1.1; facc *= 1.1f; }
        System.out.println(acc + " " + facc);
        int n = 123456789;
        float nf = n;
        System.out.println(nf + " " + (int) nf + " " + (n - (int) nf));
        long ln = 123456789012345678L;
        double ld = ln;
        System.out.println(ld + " " + (long) ld);
        System.out.println(0.1f * 3 + " " + 0.1 * 3);
        System.out.println(1e-45f + " " + 0.8e-45f);
        System.out.println(-0.0f + " " + (0.0f == -0.0f) + " " + 1 / -0.0f);
        System.out.println((float) (0.1 + 0.2) + " " + (0.1f + 0.2));
        float h = 0.5f;
        double mixed = h + 0.1;
        System.out.println(mixed);
        System.out.println(3 * 0.1f);
        System.out.println(1.0f - 0.9f);
        System.out.println(1.0 - 0.9);
        double kahan = 0, comp = 0;
        for (int i = 0; i < 1000; i++) {
            double yk = 0.001 - comp;
            double t = kahan + yk;
            comp = (t - kahan) - yk;
            kahan = t;
        }
        System.out.println(kahan);
        double naive = 0;
        for (int i = 0; i < 1000; i++) naive += 0.001;
        System.out.println(naive);
        float fnaive = 0;
        for (int i = 0; i < 1000; i++) fnaive += 0.001f;
        System.out.println(fnaive);
        System.out.println(1e308 * 10 + " " + -1e308 * 10 + " " + 1e308 * 10 * 0);
        System.out.println(Math.sqrt(-1) + " " + (0.0 / 0.0 == 0.0 / 0.0));
    }
}
