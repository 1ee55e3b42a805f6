public class FormatAltString {
    public static void main(String[] args) {
        System.out.printf("%s|", "fine");
        System.out.printf("%#s%n", "x");
    }
}
