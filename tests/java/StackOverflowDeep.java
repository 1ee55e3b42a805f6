// Unbounded recursion ends in StackOverflowError, printed as the JVM prints
// it after what the program printed before (System.out is flushed first).
// The recursive call is not in tail position of a plain return, but an
// optimiser could still turn it into a loop by accumulating the "+ 1":
// Java has no tail calls, so the recursion must stay one.
public class StackOverflowDeep {
    static int down(int n) { return down(n + 1) + 1; }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(down(0));
        System.out.println("not reached");
    }
}
