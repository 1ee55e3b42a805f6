public class FormatPreviousIndex {
    public static void main(String[] args) {
        System.out.println(String.format("%<s", "a"));
    }
}
