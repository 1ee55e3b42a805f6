// error: no suitable method found for 'add(int,int,int)'
public class NoSuitableMethodArity {
    static int add(int a, int b) { return a + b; }
    static long add(long a, long b) { return a + b; }

    public static void main(String[] args) {
        System.out.println(add(1, 2, 3)); // <-- error
    }
}
