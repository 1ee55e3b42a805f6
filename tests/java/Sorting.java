public class Sorting {
    static int seed = 42;
    static int rand(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }
    static void bubble(int[] a) {
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j + 1 < a.length - i; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }
    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }
    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }
    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }
    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }
    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }
    static void sortStrings(String[] s) {
        for (int i = 1; i < s.length; i++) {
            String v = s[i];
            int j = i - 1;
            while (j >= 0 && s[j].compareTo(v) > 0) { s[j + 1] = s[j]; j--; }
            s[j + 1] = v;
        }
    }
    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) h = h * 31 + v;
        return h;
    }
    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }
    static int[] data(int n) {
        seed = 42;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = rand(10000) - 5000;
        return a;
    }
    public static void main(String[] args) {
        int[] small = data(20);
        String s = "";
        for (int v : small) s += v + " ";
        System.out.println(s);
        bubble(small);
        s = "";
        for (int v : small) s += v + " ";
        System.out.println(s);
        int[] a = data(2000);
        bubble(a);
        System.out.println("bubble " + sorted(a) + " " + checksum(a));
        a = data(2000);
        insertion(a);
        System.out.println("insertion " + sorted(a) + " " + checksum(a));
        a = data(100000);
        quick(a, 0, a.length - 1);
        System.out.println("quick " + sorted(a) + " " + checksum(a) + " min " + a[0] + " max " + a[a.length - 1]);
        a = data(100000);
        merge(a, new int[a.length], 0, a.length);
        System.out.println("merge " + sorted(a) + " " + checksum(a));
        a = data(100000);
        heap(a);
        System.out.println("heap " + sorted(a) + " " + checksum(a));
        String[] words = { "pear", "apple", "fig", "banana", "cherry", "apricot", "Zebra", "date", "", "app" };
        sortStrings(words);
        for (String w : words) System.out.print("[" + w + "]");
        System.out.println();
        double[] ds = { 3.5, -1.25, 0.0, 2.75, -0.5, 100.125 };
        for (int i = 0; i < ds.length; i++)
            for (int j = i + 1; j < ds.length; j++)
                if (ds[j] < ds[i]) { double t = ds[i]; ds[i] = ds[j]; ds[j] = t; }
        for (double d : ds) System.out.print(d + " ");
        System.out.println();
        char[] cs = "the quick brown fox".toCharArray();
        for (int i = 1; i < cs.length; i++) {
            char v = cs[i];
            int j = i - 1;
            while (j >= 0 && cs[j] > v) { cs[j + 1] = cs[j]; j--; }
            cs[j + 1] = v;
        }
        System.out.println(cs);
    }
}
