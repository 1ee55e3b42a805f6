// error: cannot find symbol: method 'f(int)'
public class UndefinedMethod {
    static int g(int a) { return a; }

    public static void main(String[] args) {
        int r = g(1) + f(2); // <-- error
        System.out.println(r);
    }
}
