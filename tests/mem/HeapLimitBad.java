// LIME_HEAP_MAX that is not a size (HeapLimitBad.env): one warning on
// stderr, then the default limit; the program runs.
public class HeapLimitBad {
    public static void main(String[] args) {
        int[] a = new int[1000];
        a[999] = 5;
        System.out.println("ran " + a[999]);
    }
}
