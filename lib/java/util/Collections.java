public final class Collections {
    private Collections() {}
    public static <T extends Comparable<? super T>> void sort(List<T> list) { list.sort(null); }
    public static <T> void sort(List<T> list, Comparator<T> c) { list.sort(c); }
    public static void reverse(List<?> list) { reverseList(list); }
    private static <T> void reverseList(List<T> list) {
        for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
    public static <T> void swap(List<T> list, int i, int j) {
        T t = list.get(i);
        list.set(i, list.get(j));
        list.set(j, t);
    }
    public static <T extends Comparable<T>> T max(Collection<T> c) {
        T best = null;
        for (T x : c) if (best == null || x.compareTo(best) > 0) best = x;
        if (best == null) throw new NoSuchElementException();
        return best;
    }
    public static <T extends Comparable<T>> T min(Collection<T> c) {
        T best = null;
        for (T x : c) if (best == null || x.compareTo(best) < 0) best = x;
        if (best == null) throw new NoSuchElementException();
        return best;
    }
    public static <T> Comparator<T> reverseOrder(Comparator<T> c) { return c.reversed(); }
    public static <T> int frequency(Collection<T> c, Object o) {
        int n = 0;
        for (T x : c) if (Objects.equals(x, o)) n++;
        return n;
    }
}
