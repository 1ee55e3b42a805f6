// Mutual recursion (each call in tail position) 100 million deep: Java
// keeps every frame and throws StackOverflowError; it must not become a
// loop that answers.
public class StackOverflowMutual {
    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }
    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }

    public static void main(String[] args) {
        System.out.println(isEven(10));
        System.out.println(isOdd(7));
        System.out.println(isEven(100000000));
    }
}
