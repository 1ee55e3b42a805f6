// error: incompatible types: missing return value
public class MissingReturnValue {
    static int f(int x) {
        if (x > 0) return; // <-- error
        return x;
    }

    public static void main(String[] args) {
        System.out.println(f(1));
    }
}
