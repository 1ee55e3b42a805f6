// error: no suitable method found for 'format(int,int)'
public class FormatNotAString {
    public static void main(String[] args) {
        System.out.println(String.format(42, 1)); // <-- error
    }
}
