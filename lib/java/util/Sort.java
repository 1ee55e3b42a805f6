/* The one sort of objects (Arrays.sort, ArrayList.sort, List.sort,
 * Collections.sort): a stable merge sort, which orders equal elements as
 * the JDK's TimSort does.  A null comparator means the natural order. */
final class Sort {
    private Sort() {}

    static <T> void sort(Object[] a, int from, int to, Comparator<T> c) {
        if (c == null) c = (x, y) -> ((Comparable<Object>) x).compareTo(y);
        Object[] tmp = new Object[a.length];
        mergeSort(a, tmp, from, to, c);
    }
    private static <T> void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Comparator<T> c) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (c.compare((T) a[j], (T) a[i]) < 0) tmp[k++] = a[j++];
            else tmp[k++] = a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (int x = lo; x < hi; x++) a[x] = tmp[x];
    }
}
