// error: String.format's first argument must be a String (javac: no suitable method)
public class FormatNotAString {
    public static void main(String[] args) {
        System.out.println(String.format(42, 1)); // <-- error
    }
}
