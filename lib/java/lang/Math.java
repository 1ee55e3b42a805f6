/* java.lang.Math: the exact arithmetic (ArithmeticException "integer
 * overflow" / "long overflow", as the JDK's) and the floorDiv/floorMod
 * of a long by an int.  The other members (sqrt, sin, abs, floorDiv of
 * two ints ...) are src/builtins.c's. */
public final class Math {
    private Math() {}

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }
    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }
    public static long multiplyExact(long x, int y) { return multiplyExact(x, (long) y); }
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = Math.abs(x), ay = Math.abs(y);
        if ((ax | ay) >>> 31 != 0 && ((y != 0 && r / y != x) || (x == Long.MIN_VALUE && y == -1)))
            throw new ArithmeticException("long overflow");
        return r;
    }
    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return a + 1;
    }
    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) throw new ArithmeticException("long overflow");
        return a + 1L;
    }
    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return a - 1;
    }
    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return a - 1L;
    }
    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }
    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }
    public static int toIntExact(long value) {
        if ((int) value != value) throw new ArithmeticException("integer overflow");
        return (int) value;
    }
    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        return Math.abs(a);
    }
    public static long absExact(long a) {
        if (a == Long.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        return Math.abs(a);
    }
    public static long floorDiv(long x, int y) { return Math.floorDiv(x, (long) y); }
    public static int floorMod(long x, int y) { return (int) Math.floorMod(x, (long) y); }
}
