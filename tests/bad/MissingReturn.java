// error: missing return statement
public class MissingReturn {
    static int sign(int x) {
        if (x > 0) return 1;
        else if (x < 0) return -1;
    } // <-- error

    public static void main(String[] args) {
        System.out.println(sign(3));
    }
}
