// Loops whose checks limec's CPU backend versions (bounds.c: an affine index
// of an array the loop does not change, tested at the first and last
// iteration before the loop; if both are in range, a copy of the loop
// without those checks runs): every call below is in range, or runs no
// iteration, so each result must be the JVM's.
public class BoundsVersion {
    static int sum(int[] a, int[] b, int n, int off) {
        int s = 0;
        for (int k = 0; k < n; k++) s += a[k + off] * b[2 * k];
        return s;
    }

    static long cols(long[] m, int rows, int cols, int c) {
        long s = 0;
        for (int r = 0; r < rows; r++) s = 31 * s + m[r * cols + c];
        return s;
    }

    static int down(int[] a, int from) {
        int s = 0;
        for (int k = 1; k < from; k++) s += a[from - k];
        return s;
    }

    public static void main(String[] args) {
        int[] a = new int[10], b = new int[20];
        for (int i = 0; i < 10; i++) a[i] = i * i - 7;
        for (int i = 0; i < 20; i++) b[i] = 3 * i + 1;
        System.out.println(sum(a, b, 10, 0));
        System.out.println(sum(a, b, 5, 5));
        System.out.println(sum(a, b, 1, 9));
        System.out.println(sum(a, b, 0, 100));
        System.out.println(sum(a, b, -5, -100));
        System.out.println(sum(null, null, 0, 0));
        long[] m = new long[12];
        for (int i = 0; i < 12; i++) m[i] = 1000000007L * i;
        for (int c = 0; c < 4; c++) System.out.println(cols(m, 3, 4, c));
        System.out.println(cols(m, 4, 3, 2));
        System.out.println(down(a, 10));
        System.out.println(down(a, 0));
    }
}
