// error: incompatible types: possible lossy conversion from long to int
public class LossyLongToInt {
    static int half(long v) {
        return v / 2; // <-- error
    }

    public static void main(String[] args) {
        System.out.println(half(10L));
    }
}
