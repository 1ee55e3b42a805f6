// for (j = 0; j < a.length; j++) reading a[j + 1]: in range until the last
// iteration, which must throw Java's ArrayIndexOutOfBoundsException (limec's
// bounds-check elimination proves only j - k, and j + k when the bound is
// a.length - k or less).
public class BoundsLoopOffset {
    public static void main(String[] args) {
        int[] a = {10, 20, 30, 40};
        int s = 0;
        for (int j = 0; j < a.length - 1; j++) s += a[j + 1];
        System.out.println("ok " + s);
        for (int j = 0; j < a.length; j++) {
            s += a[j + 1];
            System.out.println("j " + j + " s " + s);
        }
        System.out.println("not reached");
    }
}
