/* java.util.Arrays: the everyday members, with the JDK's text and order
 * (sorting objects is stable, as the JDK's TimSort). */
public final class Arrays {
    private Arrays() {}

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

    public static int[] copyOf(int[] a, int n) {
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }
    public static long[] copyOf(long[] a, int n) {
        long[] r = new long[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }
    public static double[] copyOf(double[] a, int n) {
        double[] r = new double[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }
    public static char[] copyOf(char[] a, int n) {
        char[] r = new char[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }
    public static int[] copyOfRange(int[] a, int from, int to) {
        if (from > to) throw new IllegalArgumentException(from + " > " + to);
        int[] r = new int[to - from];
        System.arraycopy(a, from, r, 0, Math.min(to, a.length) - from);
        return r;
    }

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
    public static <T> void sort(T[] a, Comparator<T> c) { Sort.sort(a, 0, a.length, c); }
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<T> c) {
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
        public void sort(Comparator<E> c) { Sort.sort(a, 0, a.length, c); }
    }
}
