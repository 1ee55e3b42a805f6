// error: method 'g(int,double)' is already defined in class 'DuplicateMethodReturn'
public class DuplicateMethodReturn {
    static int g(int a, double b) { return a; }
    static double g(int x, double y) { return y; } // <-- error

    public static void main(String[] args) {
        System.out.println(g(1, 2.0));
    }
}
