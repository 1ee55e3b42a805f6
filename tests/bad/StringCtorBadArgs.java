// error: no suitable method found for 'String(int)'
public class StringCtorBadArgs {
    public static void main(String[] args) {
        String s = new String(42); // <-- error
        System.out.println(s);
    }
}
