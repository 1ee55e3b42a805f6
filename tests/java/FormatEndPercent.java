public class FormatEndPercent {
    public static void main(String[] args) {
        System.out.println(String.format("%d%%", 5));
        System.out.println(String.format("5%", 5));
    }
}
