public class FormatBadConversion {
    public static void main(String[] args) {
        System.out.println(String.format("%s is %d", "x", 5));
        String s = String.format("%d", "five");
        System.out.println(s);
    }
}
