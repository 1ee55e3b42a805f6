// error: no suitable method found for 'f(boolean)'
public class NoSuitableMethod {
    static int f(int x) { return x; }
    static double f(double x) { return x; }

    public static void main(String[] args) {
        System.out.println(f(true)); // <-- error
    }
}
