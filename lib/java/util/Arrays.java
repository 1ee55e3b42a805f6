/* java.util.Arrays: the everyday members, with the JDK's text and order
 * (sorting objects is stable, as the JDK's TimSort). */
public final class Arrays {
    private Arrays() {}

    /* sequential streams of a whole array or of [from, to) */
    public static <T> Stream<T> stream(T[] array) { return LimeStreams.of(array, 0, array.length); }
    public static <T> Stream<T> stream(T[] array, int from, int to) { return LimeStreams.of(array, from, to); }
    public static IntStream stream(int[] array) { return LimeStreams.of(array, 0, array.length); }
    public static IntStream stream(int[] array, int from, int to) { return LimeStreams.of(array, from, to); }
    public static LongStream stream(long[] array) { return LimeStreams.of(array, 0, array.length); }
    public static LongStream stream(long[] array, int from, int to) { return LimeStreams.of(array, from, to); }
    public static DoubleStream stream(double[] array) { return LimeStreams.of(array, 0, array.length); }
    public static DoubleStream stream(double[] array, int from, int to) { return LimeStreams.of(array, from, to); }

    public static String toString(int[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(long[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(double[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(float[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(byte[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(short[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(char[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(boolean[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(a[i]);
        return b.append(']').toString();
    }
    public static String toString(Object[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(String.valueOf(a[i]));
        return b.append(']').toString();
    }

    public static void fill(int[] a, int v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(long[] a, long v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(double[] a, double v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(char[] a, char v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(boolean[] a, boolean v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(Object[] a, Object v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(byte[] a, byte v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(short[] a, short v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(float[] a, float v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(int[] a, int fromIndex, int toIndex, int v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(long[] a, int fromIndex, int toIndex, long v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(double[] a, int fromIndex, int toIndex, double v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(char[] a, int fromIndex, int toIndex, char v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(Object[] a, int fromIndex, int toIndex, Object v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(byte[] a, int fromIndex, int toIndex, byte v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(short[] a, int fromIndex, int toIndex, short v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }
    public static void fill(float[] a, int fromIndex, int toIndex, float v) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = v;
    }

    /* the primitive copies: the JDK's code, so its exceptions and messages */
    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }
    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
    /* Object arrays: the copy has the original's run-time type (an
     * Integer[] stays Integer[]) or newType; the JDK's exceptions (a
     * negative length, from > to, System.arraycopy's bounds and element
     * checks) and helpful NullPointerException messages. */
    public static <T> T[] copyOf(T[] original, int newLength) {
        requireOriginal(original);
        T[] copy = newArrayLike(original, newLength);
        checkedCopy(original, 0, copy, Math.min(original.length, newLength));
        return copy;
    }
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        requireOriginal(original);
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        T[] copy = newArrayLike(original, newLength);
        checkedCopy(original, from, copy, Math.min(original.length - from, newLength));
        return copy;
    }
    /* the JDK's copyOf(original, n) starts with original.getClass() */
    private static void requireOriginal(Object[] original) {
        if (original == null) throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"original\" is null");
    }
    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        return copyOfRange(original, 0, newLength, newType);
    }
    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        if (newType == null) throw new NullPointerException("Cannot invoke \"java.lang.Class.getComponentType()\" because \"newType\" is null");
        T[] copy = (T[]) newArrayOfClass(newType, newLength);
        checkedCopy(original, from, copy, Math.min(original.length - from, newLength));
        return copy;
    }
    /* a new array of n elements of the array class c */
    private static native Object[] newArrayOfClass(Class<?> c, int n);
    /* System.arraycopy(src, from, dest, 0, n) between arrays of references of any run-time types */
    private static native void checkedCopy(Object[] src, int from, Object[] dest, int n);


    public static boolean equals(int[] a, int[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }
    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!Objects.equals(a[i], b[i])) return false;
        return true;
    }
    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int x : a) h = 31 * h + x;
        return h;
    }
    public static boolean equals(long[] a, long[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            long x = a[i], y = b[i];
            if (!(x == y)) return false;
        }
        return true;
    }
    public static boolean equals(double[] a, double[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            double x = a[i], y = b[i];
            if (!(Double.doubleToLongBits(x) == Double.doubleToLongBits(y))) return false;
        }
        return true;
    }
    public static boolean equals(float[] a, float[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            float x = a[i], y = b[i];
            if (!(Float.floatToIntBits(x) == Float.floatToIntBits(y))) return false;
        }
        return true;
    }
    public static boolean equals(char[] a, char[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            char x = a[i], y = b[i];
            if (!(x == y)) return false;
        }
        return true;
    }
    public static boolean equals(boolean[] a, boolean[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            boolean x = a[i], y = b[i];
            if (!(x == y)) return false;
        }
        return true;
    }
    public static boolean equals(byte[] a, byte[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            byte x = a[i], y = b[i];
            if (!(x == y)) return false;
        }
        return true;
    }
    public static boolean equals(short[] a, short[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            short x = a[i], y = b[i];
            if (!(x == y)) return false;
        }
        return true;
    }

    /* 31 * h + each element's hash code, from 1 (0 for null) */
    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int h = 1;
        for (long x : a) h = 31 * h + ((int) (x ^ (x >>> 32)));
        return h;
    }
    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int h = 1;
        for (double x : a) h = 31 * h + (Double.hashCode(x));
        return h;
    }
    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int h = 1;
        for (float x : a) h = 31 * h + (Float.hashCode(x));
        return h;
    }
    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int h = 1;
        for (char x : a) h = 31 * h + (x);
        return h;
    }
    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int h = 1;
        for (boolean x : a) h = 31 * h + (x ? 1231 : 1237);
        return h;
    }
    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int h = 1;
        for (byte x : a) h = 31 * h + (x);
        return h;
    }
    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int h = 1;
        for (short x : a) h = 31 * h + (x);
        return h;
    }
    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object x : a) h = 31 * h + Objects.hashCode(x);
        return h;
    }

    /* deepToString, deepEquals, deepHashCode.  Lime's arrays do not carry
     * their element type: an array of references nested in an Object[] is
     * known at run time (arrayKind), a primitive one only by its element
     * size, so the two-dimensional arrays of int, long, double, char and
     * boolean have overloads (the JDK's results: javac calls the Object[]
     * member with them), and a primitive array met at run time throws
     * UnsupportedOperationException. */
    /* a new array of n elements of a's run-time type (a String[] for a String[]) */
    static native <T> T[] newArrayLike(T[] a, int n);
    private static native int arrayKind(Object o);     /* -1 no array, 0 references (or empty), else element bytes */
    private static native Object[] asArray(Object o);  /* o, an array of references */
    private static UnsupportedOperationException primitiveElement(String what) {
        return new UnsupportedOperationException("Arrays." + what + ": a primitive array inside an Object[] (its element type is not known at run time in Lime)");
    }
    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder();
        deepToString(a, b, new ArrayList<Object>());
        return b.toString();
    }
    /* a's text after b; path: the arrays being printed ("[...]" for them) */
    private static void deepToString(Object[] a, StringBuilder b, ArrayList<Object> path) {
        path.add(a);
        b.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) b.append(", ");
            Object e = a[i];
            int kind = e == null ? -1 : arrayKind(e);
            if (kind > 0) throw primitiveElement("deepToString");
            if (kind < 0) b.append(String.valueOf(e));
            else if (containsIdentical(path, e)) b.append("[...]");
            else deepToString(asArray(e), b, path);
        }
        b.append(']');
        path.remove(path.size() - 1);
    }
    private static boolean containsIdentical(ArrayList<Object> path, Object e) {
        for (int i = 0; i < path.size(); i++) if (path.get(i) == e) return true;
        return false;
    }
    public static boolean deepEquals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            Object x = a[i], y = b[i];
            if (x == y) continue;
            if (x == null || y == null || !deepEquals0(x, y)) return false;
        }
        return true;
    }
    /* two non-null elements (Objects.deepEquals too) */
    static boolean deepEquals0(Object x, Object y) {
        int kx = arrayKind(x), ky = arrayKind(y);
        if (kx > 0 || ky > 0) {
            if (x == y) return true;
            throw primitiveElement("deepEquals");
        }
        if (kx == 0 && ky == 0) return deepEquals(asArray(x), asArray(y));
        return x.equals(y);
    }
    public static int deepHashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object e : a) {
            int kind = e == null ? -1 : arrayKind(e);
            if (kind > 0) throw primitiveElement("deepHashCode");
            h = 31 * h + (kind == 0 ? deepHashCode(asArray(e)) : Objects.hashCode(e));
        }
        return h;
    }
    public static String deepToString(int[][] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(toString(a[i]));
        return b.append(']').toString();
    }
    public static boolean deepEquals(int[][] a, int[][] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!equals(a[i], b[i])) return false;
        return true;
    }
    public static int deepHashCode(int[][] a) {
        if (a == null) return 0;
        int h = 1;
        for (int[] e : a) h = 31 * h + hashCode(e);
        return h;
    }
    public static String deepToString(long[][] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(toString(a[i]));
        return b.append(']').toString();
    }
    public static boolean deepEquals(long[][] a, long[][] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!equals(a[i], b[i])) return false;
        return true;
    }
    public static int deepHashCode(long[][] a) {
        if (a == null) return 0;
        int h = 1;
        for (long[] e : a) h = 31 * h + hashCode(e);
        return h;
    }
    public static String deepToString(double[][] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(toString(a[i]));
        return b.append(']').toString();
    }
    public static boolean deepEquals(double[][] a, double[][] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!equals(a[i], b[i])) return false;
        return true;
    }
    public static int deepHashCode(double[][] a) {
        if (a == null) return 0;
        int h = 1;
        for (double[] e : a) h = 31 * h + hashCode(e);
        return h;
    }
    public static String deepToString(char[][] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(toString(a[i]));
        return b.append(']').toString();
    }
    public static boolean deepEquals(char[][] a, char[][] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!equals(a[i], b[i])) return false;
        return true;
    }
    public static int deepHashCode(char[][] a) {
        if (a == null) return 0;
        int h = 1;
        for (char[] e : a) h = 31 * h + hashCode(e);
        return h;
    }
    public static String deepToString(boolean[][] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) b.append(i > 0 ? ", " : "").append(toString(a[i]));
        return b.append(']').toString();
    }
    public static boolean deepEquals(boolean[][] a, boolean[][] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!equals(a[i], b[i])) return false;
        return true;
    }
    public static int deepHashCode(boolean[][] a) {
        if (a == null) return 0;
        int h = 1;
        for (boolean[] e : a) h = 31 * h + hashCode(e);
        return h;
    }

    /* primitives: any correct sort gives the JDK's result; doubles in
     * Double.compare's order (-0.0 before 0.0, NaN last) */
    public static void sort(int[] a) { sort(a, 0, a.length); }
    public static void sort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (to - from > 32) { quick(a, from, to - 1); return; }
            int x = a[i], j = i - 1;
            while (j >= from && a[j] > x) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }
    private static void quick(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
        }
    }
    public static void sort(long[] a) {
        for (int i = 1; i < a.length; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }
    public static void sort(char[] a) {
        for (int i = 1; i < a.length; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }
    public static void sort(double[] a) {
        double[] tmp = new double[a.length];
        mergeDoubles(a, tmp, 0, a.length);
    }
    private static void mergeDoubles(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeDoubles(a, tmp, lo, mid);
        mergeDoubles(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = Double.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (int x = lo; x < hi; x++) a[x] = tmp[x];
    }
    public static <T> void sort(T[] a, Comparator<? super T> c) { Sort.sort(a, 0, a.length, c); }
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        Sort.sort(a, fromIndex, toIndex, c);
    }
    public static void sort(Object[] a) { Sort.sort(a, 0, a.length, null); }
    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        Sort.sort(a, fromIndex, toIndex, null);
    }
    private static void rangeCheck(int length, int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0) throw new ArrayIndexOutOfBoundsException(fromIndex);
        if (toIndex > length) throw new ArrayIndexOutOfBoundsException(toIndex);
    }

    public static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    /* a fixed-size list backed by the array: set writes through, add and
     * remove throw UnsupportedOperationException */
    public static <T> List<T> asList(T... a) { return new ArrayView<>(Objects.requireNonNull(a)); }
    private static final class ArrayView<E> extends AbstractList<E> {
        private final E[] a;
        ArrayView(E[] a) { this.a = a; }
        public int size() { return a.length; }
        public E get(int index) { return a[index]; }
        public E set(int index, E element) {
            E old = a[index];
            a[index] = element;
            return old;
        }
        public int indexOf(Object o) {
            for (int i = 0; i < a.length; i++) if (Objects.equals(o, a[i])) return i;
            return -1;
        }
        public boolean contains(Object o) { return indexOf(o) >= 0; }
        public Object[] toArray() {
            Object[] r = new Object[a.length];
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }
        public void sort(Comparator<? super E> c) { Sort.sort(a, 0, a.length, c); }
    }
}
