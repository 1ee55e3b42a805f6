public class FormatPrecisionInt {
    public static void main(String[] args) {
        System.out.println(String.format("%.2f", 1.0));
        System.out.println(String.format("%.2d", 1));
    }
}
