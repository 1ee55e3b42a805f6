// error: integer number too large: 9223372036854775808L
public class LongTooLarge {
    public static void main(String[] args) {
        long x = 9223372036854775808L; // <-- error
        System.out.println(x);
    }
}
