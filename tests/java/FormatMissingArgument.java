public class FormatMissingArgument {
    public static void main(String[] args) {
        System.out.println(String.format("%s and %s", "one", "two"));
        System.out.println(String.format("%s and %s", "one"));
    }
}
