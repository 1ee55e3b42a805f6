public class FormatMissingWidth {
    public static void main(String[] args) {
        System.out.println(String.format("%-5d|", 1));
        System.out.println(String.format("%-d", 1));
    }
}
