// Syntax errors in members of a nested class, of an anonymous class and of
// an enum's class body: each member's error is reported, and the members
// after it are parsed (their own errors reported too).
public class SyntaxRecoveryNested {
    static class Inner {
        int[] counts = {1, 2, 3; // <-- error
        int next() { return counts[0] }
        int ok() { return 1; }
    }

    static Runnable r = new Runnable() {
        public void run() {
            int x = (1 + 2;
        }
    };

    static int after(int y) {
        if (y > 0) {
            return y
        }
        return 0;
    }

    public static void main(String[] args) {
        System.out.println(after(3));
    }
}
