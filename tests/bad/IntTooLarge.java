// error: integer number too large: 2147483648
public class IntTooLarge {
    public static void main(String[] args) {
        int x = 2147483648; // <-- error
        System.out.println(x);
    }
}
