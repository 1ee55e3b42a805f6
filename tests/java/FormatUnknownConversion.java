public class FormatUnknownConversion {
    public static void main(String[] args) {
        System.out.println(String.format("100%%"));
        System.out.println(String.format("50%q", 1));
    }
}
