// error: unreachable statement
public class Unreachable {
    static int f(int x) {
        return x * 2;
        x++; // <-- error
    }

    public static void main(String[] args) {
        System.out.println(f(1));
    }
}
