import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/* ThreadLocalRandom (random on the JVM too: only ranges and properties
 * are printed) and the bounded nextLong/nextDouble that Random has since
 * Java 17 (a seeded Random gives the JVM's numbers). */
public class ThreadLocalRandomRanges {
    interface Action { void run() throws Exception; }
    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    /* two random elements of a, possibly the same one */
    static <T> String pickTwo(T[] a) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return a[r.nextInt(a.length)] + "" + a[r.nextInt(a.length)];
    }

    public static void main(String[] args) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        System.out.println((r == ThreadLocalRandom.current()) + " " + (r instanceof Random));

        boolean[] seen = new boolean[6];
        boolean inRange = true;
        for (int i = 0; i < 2000; i++) {
            int d = r.nextInt(6);
            int e = r.nextInt(-3, 3);
            double x = r.nextDouble();
            double y = r.nextDouble(2.5);
            double z = r.nextDouble(-1.0, 1.0);
            long l = r.nextLong(1L << 40);
            long m = r.nextLong(-5L, 5L);
            inRange &= d >= 0 && d < 6 && e >= -3 && e < 3 && x >= 0 && x < 1 && y >= 0 && y < 2.5
                    && z >= -1 && z < 1 && l >= 0 && l < (1L << 40) && m >= -5 && m < 5;
            seen[d] = true;
        }
        int kinds = 0;
        for (boolean b : seen) if (b) kinds++;
        System.out.println(inRange + " " + kinds);
        int full = r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
        System.out.println(full < Integer.MAX_VALUE);
        String two = pickTwo(new String[]{"a", "b", "c"});
        System.out.println(two.length() + " " + two.matches("[abc]{2}"));
        long heads = 0;
        for (int i = 0; i < 10000; i++) if (r.nextBoolean()) heads++;
        System.out.println(heads > 4000 && heads < 6000);

        attempt("setSeed", () -> r.setSeed(42));
        attempt("nextInt(0)", () -> r.nextInt(0));
        attempt("nextInt(5, 5)", () -> r.nextInt(5, 5));
        attempt("nextDouble(0)", () -> r.nextDouble(0));
        attempt("nextDouble(NaN)", () -> r.nextDouble(Double.NaN));
        attempt("nextDouble(Infinity)", () -> r.nextDouble(Double.POSITIVE_INFINITY));
        attempt("nextDouble(2, 1)", () -> r.nextDouble(2, 1));
        attempt("nextDouble(-MAX, MAX)", () -> r.nextDouble(-Double.MAX_VALUE, Double.MAX_VALUE));
        attempt("nextLong(-1)", () -> r.nextLong(-1));
        attempt("nextLong(3, 2)", () -> r.nextLong(3, 2));

        Random seeded = new Random(2024);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(seeded.nextLong(1000)).append(' ').append(seeded.nextLong(1L << 20)).append(' ');
            b.append(seeded.nextLong(-50, 50)).append(' ').append(seeded.nextLong(Long.MIN_VALUE, Long.MAX_VALUE)).append(' ');
            b.append(seeded.nextDouble(10)).append(' ').append(seeded.nextDouble(-2, 3)).append(' ');
            b.append(seeded.nextInt(-7, 7)).append('\n');
        }
        System.out.print(b);
    }
}
