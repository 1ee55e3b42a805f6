public class FormatFloatConversion {
    public static void main(String[] args) {
        System.out.println(String.format("%.1f", 2.25f));
        System.out.println(String.format("%f", 7));
    }
}
