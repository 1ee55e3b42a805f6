import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

public class ExSorting {
    interface Sorter {
        void sort(int[] a);
        default String name() { return getClass().getSimpleName(); }
    }

    static class QuickSort implements Sorter {
        public void sort(int[] a) { quick(a, 0, a.length - 1); }
        private void quick(int[] a, int lo, int hi) {
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
    }

    static class MergeSort implements Sorter {
        public void sort(int[] a) {
            if (a.length < 2) return;
            int[] l = Arrays.copyOfRange(a, 0, a.length / 2);
            int[] r = Arrays.copyOfRange(a, a.length / 2, a.length);
            sort(l);
            sort(r);
            int i = 0, j = 0, k = 0;
            while (i < l.length && j < r.length) a[k++] = l[i] <= r[j] ? l[i++] : r[j++];
            while (i < l.length) a[k++] = l[i++];
            while (j < r.length) a[k++] = r[j++];
        }
    }

    static class HeapSort implements Sorter {
        public void sort(int[] a) {
            int n = a.length;
            for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
            for (int end = n - 1; end > 0; end--) {
                int t = a[0]; a[0] = a[end]; a[end] = t;
                sift(a, 0, end);
            }
        }
        private void sift(int[] a, int i, int n) {
            while (true) {
                int l = 2 * i + 1, largest = i;
                if (l < n && a[l] > a[largest]) largest = l;
                if (l + 1 < n && a[l + 1] > a[largest]) largest = l + 1;
                if (largest == i) return;
                int t = a[i]; a[i] = a[largest]; a[largest] = t;
                i = largest;
            }
        }
        @Override public String name() { return "Heap"; }
    }

    static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    public static void main(String[] args) {
        Random rnd = new Random(12345);
        int[] data = new int[20];
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(100) - 20;
        System.out.println("input:  " + Arrays.toString(data));
        Sorter[] sorters = { new QuickSort(), new MergeSort(), new HeapSort(), a -> Arrays.sort(a) };
        for (Sorter s : sorters) {
            int[] copy = data.clone();
            s.sort(copy);
            String n = s instanceof HeapSort ? s.name() : (s instanceof QuickSort || s instanceof MergeSort ? s.name() : "lambda");
            System.out.println(String.format("%-10s", n) + Arrays.toString(copy));
        }
        int[] sorted = data.clone();
        Arrays.sort(sorted);
        for (int key : new int[] { sorted[3], 50, -100, sorted[sorted.length - 1] }) {
            System.out.println("search " + key + ": " + binarySearch(sorted, key) + " / " + (Arrays.binarySearch(sorted, key) >= 0));
        }
        String[] words = { "pear", "Apple", "fig", "banana", "kiwi", "Cherry" };
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(words));
    }
}
