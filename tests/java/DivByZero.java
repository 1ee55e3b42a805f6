public class DivByZero {
    static int divide(int a, int b) { return a / b; }
    public static void main(String[] args) {
        System.out.println(10 / 3);
        System.out.println(10.0 / 0);
        System.out.println(10 % 3);
        System.out.println(5.0 % 0);
        long l = 7;
        System.out.println(l / 2);
        for (int d = 3; d >= 1; d--) System.out.println("100 / " + d + " = " + divide(100, d));
        int zero = 0;
        System.out.println("about to divide by zero");
        System.out.println(divide(1, zero));
        System.out.println("not reached");
    }
}
