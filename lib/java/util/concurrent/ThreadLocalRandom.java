import java.util.Random;

/* java.util.concurrent.ThreadLocalRandom: current() is one generator,
 * seeded from the clock as new Random() is (Lime runs a program's Java
 * code on one thread); as the JDK's, it cannot be reseeded. */
public class ThreadLocalRandom extends Random {
    private static final ThreadLocalRandom instance = new ThreadLocalRandom();
    private final boolean initialized;   /* false while Random's constructor seeds it */

    private ThreadLocalRandom() { initialized = true; }
    public static ThreadLocalRandom current() { return instance; }
    public void setSeed(long seed) {
        if (initialized) throw new UnsupportedOperationException();
        super.setSeed(seed);
    }
}
