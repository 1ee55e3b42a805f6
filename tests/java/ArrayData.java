// Array initialisers of 16 or more constants (the IR's arraydata: the
// elements copied from constant data) of every primitive type, constant
// expressions and conversions among the elements, a fresh array at every
// evaluation, and shorter or non-constant initialisers beside them.
import java.util.Arrays;

public class ArrayData {
    static final int K = 40;
    static long[] L = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16, 1L << 40};
    static byte[] B = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16, 127, -128};
    static char[] C = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 65535};
    static boolean[] Z = {true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, K > 3};
    static float[] F = {1, 2.5f, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16, 1e30f, -0.0f, 0.1f};
    static double[] D = {1, 2.5, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16, 1e300, 0.1 + 0.2, 1.0 / 3};
    static short[] S = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16, -32768};
    static int[] I = {K, K + 1, 'a', 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, Integer.MAX_VALUE, -K * K};

    static int[] table() {
        return new int[] {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};
    }

    static int[] mixed(int x) {
        return new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, x};
    }

    public static void main(String[] args) {
        System.out.println(Arrays.toString(L));
        System.out.println(Arrays.toString(B));
        System.out.println(Arrays.toString(C));
        System.out.println(Arrays.toString(Z));
        System.out.println(Arrays.toString(F));
        System.out.println(Arrays.toString(D));
        System.out.println(Arrays.toString(S));
        System.out.println(Arrays.toString(I));
        int[] t = table();
        t[3] = -1;
        System.out.println(t[3] + " " + table()[3] + " " + (t != table()));
        System.out.println(Arrays.toString(mixed(99)));
        int[][] grid = {{1, 2}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}};
        System.out.println(grid[1][16] + " " + grid[1].length + " " + new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}[16]);
        try {
            System.out.println(table()[16]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
