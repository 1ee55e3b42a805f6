// error: incompatible types: Long cannot be converted to int
public class BoxNoMethod {
    static int twice(int x) { return 2 * x; }
    public static void main(String[] args) {
        Long big = 5L;
        System.out.println(twice((int) big)); // <-- error
    }
}
