// A recursion that would end, but only after 100 million frames: the stack
// overflows first, as on the JVM.  Shallow calls of the same method work.
public class StackOverflowBounded {
    static long depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    public static void main(String[] args) {
        System.out.println(depth(1000));
        System.out.println(depth(5000));
        System.out.println(depth(100000000));
    }
}
