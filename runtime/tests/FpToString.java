// Prints Double.toString / Float.toString of ~200k doubles and ~200k floats,
// one per line as "D <bits in hex> <text>" / "F <bits> <text>", chosen from a
// fixed seed: random bit patterns, short decimals, powers of ten and two and
// their neighbours, subnormals, integers, and the 1e-3 / 1e7 thresholds.
// fp_tostring.c reads the bits back and must print the same text.
import java.io.*;
import java.util.SplittableRandom;

public class FpToString {
    static PrintWriter out;
    static int nd, nf;

    static void d(double v) {
        out.print("D ");
        out.print(Long.toHexString(Double.doubleToRawLongBits(v)));
        out.print(' ');
        out.println(Double.toString(v));
        nd++;
    }

    static void dn(double v) { // v and its neighbours
        long b = Double.doubleToRawLongBits(v);
        for (int k = -2; k <= 2; k++) d(Double.longBitsToDouble(b + k));
    }

    static void f(float v) {
        out.print("F ");
        out.print(Integer.toHexString(Float.floatToRawIntBits(v)));
        out.print(' ');
        out.println(Float.toString(v));
        nf++;
    }

    static void fn(float v) {
        int b = Float.floatToRawIntBits(v);
        for (int k = -2; k <= 2; k++) f(Float.intBitsToFloat(b + k));
    }

    public static void main(String[] args) throws IOException {
        out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        SplittableRandom r = new SplittableRandom(args.length > 0 ? Long.parseLong(args[0]) : 20240601L);
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        // doubles
        d(0.0); d(-0.0); d(1.0); d(100.0); d(Double.NaN); d(Double.POSITIVE_INFINITY);
        d(Double.NEGATIVE_INFINITY); d(Double.MAX_VALUE); d(Double.MIN_VALUE); d(Double.MIN_NORMAL);
        dn(1e-3); dn(1e7); dn(1e-2); dn(1e8); dn(0.1); dn(0.3); dn(2.0 / 3);
        for (int i = 0; i < 60000 * scale; i++) d(Double.longBitsToDouble(r.nextLong()));
        for (int i = 0; i < 30000 * scale; i++) { // k / 10^n
            long k = r.nextLong(1000000);
            int n = r.nextInt(20);
            d(k / Math.pow(10, n));
        }
        for (int i = 0; i < 40000 * scale; i++) { // short decimals, correctly rounded
            long k = r.nextLong(100000000L);
            int e = r.nextInt(-330, 310);
            d(Double.parseDouble(k + "E" + e));
        }
        for (int e = -325; e <= 309; e++) dn(Double.parseDouble("1E" + e));
        for (int e = -1074; e <= 1023; e++) dn(Math.scalb(1.0, e));
        for (int i = 0; i < 20000 * scale; i++) d(Double.longBitsToDouble(r.nextLong() & 0x800fffffffffffffL)); // subnormals
        for (int i = 0; i < 10000 * scale; i++) d((double) r.nextLong());
        for (int i = 0; i < 10000 * scale; i++) d((double) r.nextInt(100000000));
        for (int i = 0; i < 10000 * scale; i++) d(r.nextDouble());
        for (int i = 0; i < 5000 * scale; i++) d(r.nextDouble() * 2e7);
        // floats
        f(0.0f); f(-0.0f); f(1.0f); f(100.0f); f(Float.NaN); f(Float.POSITIVE_INFINITY);
        f(Float.NEGATIVE_INFINITY); f(Float.MAX_VALUE); f(Float.MIN_VALUE); f(Float.MIN_NORMAL);
        fn(1e-3f); fn(1e7f); fn(1e-2f); fn(1e8f); fn(0.1f); fn(0.3f); fn(2.0f / 3);
        for (int i = 0; i < 70000 * scale; i++) f(Float.intBitsToFloat(r.nextInt()));
        for (int i = 0; i < 30000 * scale; i++) {
            long k = r.nextLong(1000000);
            int n = r.nextInt(12);
            f((float) (k / Math.pow(10, n)));
        }
        for (int i = 0; i < 40000 * scale; i++) {
            long k = r.nextLong(100000000L);
            int e = r.nextInt(-50, 40);
            f(Float.parseFloat(k + "E" + e));
        }
        for (int e = -46; e <= 39; e++) fn(Float.parseFloat("1E" + e));
        for (int e = -149; e <= 127; e++) fn(Math.scalb(1.0f, e));
        for (int i = 0; i < 20000 * scale; i++) f(Float.intBitsToFloat(r.nextInt() & 0x807fffff));
        for (int i = 0; i < 10000 * scale; i++) f((float) r.nextInt());
        for (int i = 0; i < 10000 * scale; i++) f((float) r.nextInt(10000000));
        for (int i = 0; i < 10000 * scale; i++) f(r.nextFloat());
        out.flush();
        System.err.println("generated " + nd + " doubles, " + nf + " floats");
    }
}
