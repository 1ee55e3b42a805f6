// Loops whose array accesses limec proves in range (src/bounds.c) and
// loops it must leave checked, all giving Java's results; the last loop is
// bounded by a.length but reads a shorter b, and must throw Java's
// ArrayIndexOutOfBoundsException at the first index past b's end.
public class BoundsLoop {
    static int sums(int[] a) {
        int s = 0;
        for (int j = 0; j < a.length; j++) s += a[j];                 // j
        for (int j = 1; j < a.length; j++) s += a[j] * a[j - 1];      // j - 1, j starting at 1
        for (int j = 0; j < a.length - 2; j++) s += a[j + 2] - a[j + 1]; // j + k, bound length - 2
        for (int v : a) s += v;                                          // for-each
        int k = 0;
        while (k < a.length) {                                           // increment in the body
            s += a[k] << 1;
            k++;
        }
        for (int i = 0; i < a.length; i++)                               // nested: a[i] in the inner loop
            for (int j = 2; j < a.length; j++) s += a[i] ^ a[j - 2];
        return s;
    }

    static int unproven(int[] a) {
        int s = 0;
        for (int j = 0; j < a.length; j += 2) s += a[j];                 // step 2: not proven, in range
        for (int j = a.length - 1; j >= 0; j--) s += a[j];              // downwards
        int[] b = a;
        for (int j = 0; j < b.length; j++) {                             // b reassigned in the loop
            s += b[j];
            if (j == 1) b = new int[] {7, 8, 9, 10, 11, 12};
        }
        return s;
    }

    static long twoArrays(int[] a, int[] b) {
        long s = 0;
        for (int j = 0; j < a.length; j++) s = s * 31 + a[j] * 3 + b[j];
        return s;
    }

    public static void main(String[] args) {
        int[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println("sums " + sums(a));
        System.out.println("empty " + sums(new int[0]) + " one " + sums(new int[] {7}));
        System.out.println("unproven " + unproven(a));
        int[] same = {2, 7, 1, 8, 2, 8, 1, 8};
        System.out.println("two arrays " + twoArrays(a, same));
        int[] longer = {1, 1, 2, 3, 5, 8, 13, 21, 34};
        System.out.println("longer b " + twoArrays(a, longer));
        int[] shorter = {1, 2, 3, 4, 5};
        System.out.println("shorter b " + twoArrays(a, shorter));
        System.out.println("not reached");
    }
}
