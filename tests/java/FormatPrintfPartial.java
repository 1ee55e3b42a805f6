public class FormatPrintfPartial {
    public static void main(String[] args) {
        System.out.printf("first %d, ", 1);
        System.out.printf("then %s and %d and %d%n", "two", 3);
    }
}
