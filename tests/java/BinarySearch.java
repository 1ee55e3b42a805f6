public class BinarySearch {
    static int search(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }
    static int lowerBound(long[] a, long key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
    static int searchStr(String[] a, String key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            int c = a[mid].compareTo(key);
            if (c < 0) lo = mid + 1; else if (c > 0) hi = mid - 1; else return mid;
        }
        return -1;
    }
    static double isqrt(double x) {
        double lo = 0, hi = x < 1 ? 1 : x;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (mid * mid < x) lo = mid; else hi = mid;
        }
        return lo;
    }
    public static void main(String[] args) {
        int[] a = new int[1000];
        for (int i = 0; i < a.length; i++) a[i] = i * 3 + 1;
        int[] keys = { 1, 4, 2998, 2997, 0, 5, 3000, -7, 1501, 1500 };
        for (int k : keys) System.out.println("search " + k + " -> " + search(a, k));
        long[] sq = new long[100];
        for (int i = 0; i < sq.length; i++) sq[i] = (long) i * i * i * i;
        long[] lk = { 0, 1, 2, 16, 17, 96059601L, 96059602L, 100000000L };
        for (long k : lk) System.out.println("lowerBound " + k + " -> " + lowerBound(sq, k));
        String[] words = { "ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen" };
        String[] q = { "cat", "ant", "hen", "cow", "zebra", "" };
        for (String s : q) System.out.println("'" + s + "' at " + searchStr(words, s));
        System.out.println(isqrt(2));
        System.out.println(isqrt(1e6));
        System.out.println(isqrt(0.25));
        int hits = 0;
        for (int k = -10; k < 3100; k++) if (search(a, k) >= 0) hits++;
        System.out.println("hits " + hits);
        int[] empty = {};
        System.out.println(search(empty, 5));
    }
}
