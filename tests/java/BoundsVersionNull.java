// A versioned loop (BoundsVersion.java) over an array that is null: the
// check before the loop takes a null array as empty, so the loop as written
// runs and throws Java's NullPointerException at the first load.
public class BoundsVersionNull {
    static int sum(int[] a, int[] b, int n) {
        int s = 0;
        for (int k = 0; k < n; k++) s += a[k] * b[2 * k];
        return s;
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3}, b = {4, 5, 6, 7, 8, 9};
        System.out.println(sum(a, b, 3));
        System.out.println(sum(a, null, 2));
        System.out.println("not reached");
    }
}
