// Two recursive calls per frame, never bottoming out: StackOverflowError.
public class StackOverflowTwo {
    static int down(int n) { return down(n + 1) + down(n + 2); }

    public static void main(String[] args) {
        System.out.print("before the recursion, ");
        System.out.println("no newline lost");
        System.out.println(down(0));
    }
}
