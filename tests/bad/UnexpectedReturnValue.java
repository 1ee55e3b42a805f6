// error: incompatible types: unexpected return value
public class UnexpectedReturnValue {
    static void f(int x) {
        if (x > 0) return x; // <-- error
    }

    public static void main(String[] args) {
        f(1);
    }
}
