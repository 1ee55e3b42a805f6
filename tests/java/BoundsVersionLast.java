// A versioned loop (BoundsVersion.java) whose last iteration indexes out of
// range: the test before the loop fails, so the loop as written runs, prints
// every iteration before the failing one, and throws Java's
// ArrayIndexOutOfBoundsException with the index and length.
public class BoundsVersionLast {
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6, 7};
        int n = args.length + 5;
        int s = 0;
        for (int k = 0; k < n; k++) {
            s += a[2 * k];
            System.out.println("k " + k + " s " + s);
        }
        System.out.println("not reached");
    }
}
